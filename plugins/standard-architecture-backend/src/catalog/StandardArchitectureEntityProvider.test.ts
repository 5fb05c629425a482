import { promises as fs } from 'fs';
import http from 'http';
import { AddressInfo } from 'net';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { bundledEditionFiles } from '../lib/StandardLoader';
import { DEFAULT_SCHEDULE } from '../lib/config';
import { StandardStore } from '../lib/standardStore';
import { StandardArchitectureEntityProvider } from './StandardArchitectureEntityProvider';

const PROVIDER_NAME = 'standard-architecture-provider:default';
const BUNDLED_ENTITIES = 1 + 9 + 48; // domain, one system per layer, 48 tools
const EDITION_2026_ENTITIES = 1 + 9 + 42; // the 2026 file alone lists 42 tools

/** A minimal valid edition: one layer, one tool. JSON is valid YAML. */
const MINIMAL_EDITION = JSON.stringify({
  year: 2026,
  title: { en: 'Minimal', ko: '최소' },
  source: 'https://example.com/minimal',
  published: '2026-01-01',
  summary: { en: 'One tool', ko: '도구 하나' },
  layers: [
    {
      id: 'infrastructure',
      categories: [
        { id: 'provisioning', name: { en: 'Provisioning', ko: '프로비저닝' } },
      ],
    },
  ],
  tools: [
    {
      id: 'kubeadm',
      name: 'kubeadm',
      nameKo: '큐브어드민',
      category: 'provisioning',
      license: 'Apache-2.0',
      status: 'kept',
      summary: { en: 'Bootstraps clusters', ko: '클러스터를 초기화합니다' },
    },
  ],
});

let edition2026: string;

beforeAll(async () => {
  const file = (await bundledEditionFiles()).find(f =>
    f.endsWith('/2026.yaml'),
  )!;
  edition2026 = await fs.readFile(file, 'utf8');
});

function setup(
  standardArchitecture: object,
  urlReader: UrlReaderService,
  existingRefs?: (providerName: string) => Promise<string[]>,
) {
  const logger = mockServices.logger.mock();
  logger.child.mockReturnValue(logger);
  const run = jest.fn(async () => {});
  const scheduler = mockServices.scheduler.mock({
    createScheduledTaskRunner: jest.fn(() => ({ run })),
  });
  const store = new StandardStore();
  const provider = StandardArchitectureEntityProvider.fromConfig(
    new ConfigReader({ standardArchitecture }),
    {
      logger,
      scheduler,
      urlReader,
      store,
      existingRefs,
      today: () => '2026-11-23',
    },
  );
  const connection = {
    applyMutation: jest.fn(async () => {}),
    refresh: jest.fn(async () => {}),
  } satisfies EntityProviderConnection;
  return { provider, logger, run, scheduler, store, connection };
}

type Fixture = ReturnType<typeof setup>;

/** The scheduled function the provider handed to its task runner. */
const scheduledTask = (fixture: Fixture) =>
  (fixture.run.mock.calls[0] as any[])[0] as {
    id: string;
    fn: (s: AbortSignal) => Promise<void>;
  };

const lastMutation = (fixture: Fixture) =>
  (fixture.connection.applyMutation.mock.calls.at(-1) as any[])[0];

describe('StandardArchitectureEntityProvider', () => {
  describe('with a URL source alongside the bundled editions', () => {
    let reply: (req: http.IncomingMessage, res: http.ServerResponse) => void;
    const server = http.createServer((req, res) => reply(req, res));
    let url: string;
    let urlReader: UrlReaderService;
    let edition2027: string;

    const serve = (body: string, status = 200) => {
      reply = (_req, res) => {
        res.writeHead(status, { 'content-type': 'application/yaml' });
        res.end(body);
      };
    };

    beforeAll(async () => {
      await new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', resolve),
      );
      const { port } = server.address() as AddressInfo;
      url = `http://127.0.0.1:${port}/2027.yaml`;
      urlReader = UrlReaders.default({
        config: new ConfigReader({
          backend: { reading: { allow: [{ host: `127.0.0.1:${port}` }] } },
        }),
        logger: mockServices.logger.mock(),
      });
      // The bundled 2026 edition again, as next year's: a distinct, valid edition.
      edition2027 = edition2026.replace(/^year: 2026$/m, 'year: 2027');
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    });

    let fixture: Fixture;
    let previous: ReturnType<StandardStore['get']>;

    beforeEach(async () => {
      serve(edition2027);
      fixture = setup(
        { sources: [url], includeBundled: true, readTimeoutSeconds: 1 },
        urlReader,
      );
      await fixture.provider.connect(fixture.connection);
      await fixture.provider.refresh({ force: false });
      previous = fixture.store.get();
    });

    it('registers a global refresh task on the default schedule', () => {
      expect(fixture.provider.getProviderName()).toBe(PROVIDER_NAME);
      expect(fixture.scheduler.createScheduledTaskRunner).toHaveBeenCalledWith({
        ...DEFAULT_SCHEDULE,
        scope: 'global',
      });
      expect(scheduledTask(fixture).id).toBe(`${PROVIDER_NAME}:refresh`);
    });

    it('applies a full mutation of every entity and publishes the standard to the store', async () => {
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
      const mutation = lastMutation(fixture);
      expect(mutation.type).toBe('full');
      expect(mutation.entities).toHaveLength(BUNDLED_ENTITIES);
      for (const item of mutation.entities) {
        expect(item.locationKey).toBe(PROVIDER_NAME);
      }
      // 2027 is now the current edition the entities are judged against.
      const domain = mutation.entities.find(
        (i: any) => i.entity.kind === 'Domain',
      ).entity;
      expect(domain.metadata.description).toContain('2027 edition');
      expect(previous?.editions.map(e => e.year)).toEqual([
        2022, 2023, 2024, 2025, 2026, 2027,
      ]);
    });

    it('reports what it applied', async () => {
      await expect(fixture.provider.refresh({ force: false })).resolves.toEqual(
        {
          entities: BUNDLED_ENTITIES,
          editions: [2022, 2023, 2024, 2025, 2026, 2027],
        },
      );
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(2);
      expect(fixture.logger.info).toHaveBeenCalledWith(
        `${PROVIDER_NAME}: provided ${BUNDLED_ENTITIES} entities from editions 2022, 2023, 2024, 2025, 2026, 2027`,
      );
    });

    const expectPreviousEntitiesKept = () => {
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
      expect(fixture.store.get()).toBe(previous);
    };

    it('rejects an HTTP 500, naming the URL, and keeps the previous entities', async () => {
      serve('boom', 500);
      const failure = fixture.provider.refresh({ force: false });
      await expect(failure).rejects.toThrow(`${url}: could not be read`);
      await expect(failure).rejects.toThrow(/500 Internal Server Error/);
      expectPreviousEntitiesKept();
    });

    it('gives up on a source that never answers after readTimeoutSeconds', async () => {
      reply = () => {}; // never responds
      const started = Date.now();
      const failure = fixture.provider.refresh({ force: false });
      await expect(failure).rejects.toThrow(`${url}: could not be read`);
      await expect(failure).rejects.toThrow(/timeout|aborted/i);
      expect(Date.now() - started).toBeLessThan(4000);
      expectPreviousEntitiesKept();
    });

    it('rejects content that is not YAML, naming the URL', async () => {
      serve('{ this is: [not yaml');
      await expect(fixture.provider.refresh({ force: false })).rejects.toThrow(
        `${url}: YAML syntax error`,
      );
      expectPreviousEntitiesKept();
    });

    it('rejects YAML of the wrong shape, naming the URL and the field path', async () => {
      serve(edition2027.replace('status: kept', 'status: maybe'));
      const failure = fixture.provider.refresh({ force: false });
      await expect(failure).rejects.toThrow(`${url}:tools[0].status:`);
      expectPreviousEntitiesKept();
    });

    it('rejects a top-level field of the wrong type, naming it', async () => {
      serve(edition2027.replace(/^year: 2027$/m, 'year: next'));
      await expect(fixture.provider.refresh({ force: false })).rejects.toThrow(
        `${url}:year:`,
      );
      expectPreviousEntitiesKept();
    });

    it('rejects an empty body, naming the URL', async () => {
      serve('');
      await expect(fixture.provider.refresh({ force: false })).rejects.toThrow(
        `${url}: is empty`,
      );
      expectPreviousEntitiesKept();
    });

    it('rejects an edition year that duplicates a bundled one', async () => {
      serve(edition2026);
      await expect(fixture.provider.refresh({ force: false })).rejects.toThrow(
        `${url}:year: duplicate edition 2026`,
      );
      expectPreviousEntitiesKept();
    });

    describe('the scheduled task', () => {
      it('applies the standard when the source is good', async () => {
        await expect(
          scheduledTask(fixture).fn(new AbortController().signal),
        ).resolves.toBeUndefined();
        expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(2);
        expect(fixture.logger.error).not.toHaveBeenCalled();
      });

      it('logs an unreadable source and does not throw', async () => {
        serve('boom', 500);
        await expect(
          scheduledTask(fixture).fn(new AbortController().signal),
        ).resolves.toBeUndefined();
        expect(fixture.logger.error).toHaveBeenCalledTimes(1);
        const message = fixture.logger.error.mock.calls[0][0];
        expect(message).toContain(
          `${PROVIDER_NAME}: kept the previous entities`,
        );
        expect(message).toContain(url);
        expectPreviousEntitiesKept();
      });

      it('logs invalid data with the source and field and does not throw', async () => {
        serve(edition2027.replace('status: kept', 'status: maybe'));
        await expect(
          scheduledTask(fixture).fn(new AbortController().signal),
        ).resolves.toBeUndefined();
        const message = fixture.logger.error.mock.calls[0][0];
        expect(message).toContain(
          'kept the previous entities; invalid source data:',
        );
        expect(message).toContain(`${url}:tools[0].status:`);
        expectPreviousEntitiesKept();
      });
    });
  });

  describe('with a local file source', () => {
    const mockDir = createMockDirectory();
    const file = mockDir.resolve('edition.yaml');
    const noUrls = mockServices.urlReader.mock();

    let fixture: Fixture;
    let previous: ReturnType<StandardStore['get']>;

    const start = async (config: object = {}) => {
      mockDir.setContent({ 'edition.yaml': edition2026 });
      fixture = setup({ sources: [file], ...config }, noUrls);
      await fixture.provider.connect(fixture.connection);
      await expect(fixture.provider.refresh({ force: false })).resolves.toEqual(
        {
          entities: EDITION_2026_ENTITIES,
          editions: [2026],
        },
      );
      previous = fixture.store.get();
    };

    it('refuses to refresh before the catalog connected it', async () => {
      const unconnected = setup({ sources: [file] }, noUrls);
      await expect(
        unconnected.provider.refresh({ force: false }),
      ).rejects.toThrow(`${PROVIDER_NAME} is not connected yet`);
    });

    it('schedules its refresh task only once connected', async () => {
      const fixture2 = setup({ sources: [file] }, noUrls);
      expect(fixture2.run).not.toHaveBeenCalled();
      await fixture2.provider.connect(fixture2.connection);
      expect(fixture2.run).toHaveBeenCalledTimes(1);
      expect(scheduledTask(fixture2).id).toBe(`${PROVIDER_NAME}:refresh`);
    });

    it('reads the file instead of the bundled editions', async () => {
      await start();
      expect(previous?.editions.map(e => e.year)).toEqual([2026]);
      expect(noUrls.readUrl).not.toHaveBeenCalled();
    });

    it('rejects a malformed file, naming the file and field, and keeps the previous entities', async () => {
      await start();
      await fs.writeFile(
        file,
        edition2026.replace('- id: kubeadm', '- id: Kube_ADM'),
      );
      const failure = fixture.provider.refresh({ force: false });
      await expect(failure).rejects.toThrow(
        `${file}:tools[0].id: must be a kebab-case id`,
      );
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
      expect(fixture.store.get()).toBe(previous);
    });

    it('rejects a missing file, naming it', async () => {
      await start();
      await fs.rm(file);
      await expect(fixture.provider.refresh({ force: false })).rejects.toThrow(
        `${file}: could not be read`,
      );
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
    });

    describe('removal guard', () => {
      it('after a restart, guards against what the catalog already holds', async () => {
        // A fresh process: nothing provided yet, but the catalog has 52 entities from before.
        const held = Array.from(
          { length: 52 },
          (_, i) => `component:default/tool-${i}`,
        );
        const existingRefs = jest.fn(async () => held);
        mockDir.setContent({ 'edition.yaml': MINIMAL_EDITION });
        fixture = setup({ sources: [file] }, noUrls, existingRefs);
        await fixture.provider.connect(fixture.connection);
        await expect(
          fixture.provider.refresh({ force: false }),
        ).rejects.toMatchObject({
          name: 'ConflictError',
          message: expect.stringMatching(
            /refusing to remove 52 of 52 entities/,
          ),
        });
        expect(existingRefs).toHaveBeenCalledWith(
          'standard-architecture-provider:default',
        );
        expect(fixture.connection.applyMutation).not.toHaveBeenCalled();
      });

      it('refuses a refresh that would remove most entities', async () => {
        await start();
        await fs.writeFile(file, MINIMAL_EDITION);
        await expect(
          fixture.provider.refresh({ force: false }),
        ).rejects.toMatchObject({
          name: 'ConflictError',
          message: expect.stringMatching(
            /refusing to remove 49 of 52 entities \(94% > standardArchitecture\.maxRemovalShare 0\.5\).*force=true/,
          ),
        });
        expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
        expect(fixture.store.get()).toBe(previous);
      });

      it('applies the same refresh with force', async () => {
        await start();
        await fs.writeFile(file, MINIMAL_EDITION);
        await expect(
          fixture.provider.refresh({ force: true }),
        ).resolves.toEqual({
          entities: 3,
          editions: [2026],
        });
        expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(2);
        expect(
          lastMutation(fixture).entities.map(
            (i: any) => i.entity.metadata.name,
          ),
        ).toEqual([
          'kubernetes-standard-architecture',
          'k8s-standard-infrastructure',
          'kubeadm',
        ]);
        expect(fixture.store.get()?.editions[0].title.en).toBe('Minimal');
      });

      it('allows removals up to the configured maxRemovalShare', async () => {
        await start({ maxRemovalShare: 0.99 });
        await fs.writeFile(file, MINIMAL_EDITION);
        await expect(
          fixture.provider.refresh({ force: false }),
        ).resolves.toMatchObject({
          entities: 3,
        });
      });

      it('logs a refused scheduled refresh with the way out', async () => {
        await start();
        await fs.writeFile(file, MINIMAL_EDITION);
        await expect(
          scheduledTask(fixture).fn(new AbortController().signal),
        ).resolves.toBeUndefined();
        expect(fixture.logger.error).toHaveBeenCalledWith(
          expect.stringMatching(
            /kept the previous entities; refusing to remove.*force=true/,
          ),
        );
        expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
      });
    });
  });
});
