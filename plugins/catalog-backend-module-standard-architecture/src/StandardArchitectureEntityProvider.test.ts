import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ResponseError } from '@backstage/errors';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import {
  ANNOTATIONS,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';
import { createHash } from 'crypto';
import {
  DEFAULT_CATALOG_SCHEDULE,
  StandardDocument,
  StandardLoader,
  standardToEntities,
} from '@k8s-standard/plugin-standard-architecture-node';
import { StandardArchitectureEntityProvider } from './StandardArchitectureEntityProvider';

const PROVIDER_NAME = 'standard-architecture-provider:default';
const BUNDLED_ENTITIES = 1 + 9 + 48; // domain, one system per layer, 48 tools
const OWNER = 'group:default/standards-guild';
// Ingress NGINX reaches its end of life on 2026-03-31.
const BEFORE_END_OF_LIFE = '2026-03-30';
const AFTER_END_OF_LIFE = '2026-04-01';

let bundled: Standard;

beforeAll(async () => {
  bundled = await new StandardLoader(
    { sources: [], includeBundled: true, readTimeoutMs: 1000 },
    mockServices.urlReader.mock(),
  ).load();
});

/** What `GET /standard` answers for a standard. */
const documentOf = (standard: Standard): StandardDocument => ({
  // Any hash that tells standards apart; the plugin computes the real one.
  contentHash: createHash('sha256')
    .update(JSON.stringify(standard))
    .digest('hex'),
  dataVersion: '9.9.9',
  loadedAt: '2026-03-30T08:00:00.000Z',
  standard,
});

function setup(config: object = { owner: OWNER }) {
  const logger = mockServices.logger.mock();
  const run = jest.fn(async () => {});
  const scheduler = mockServices.scheduler.mock({
    createScheduledTaskRunner: jest.fn(() => ({ run })),
  });
  const standard = jest.fn(async () => documentOf(bundled));
  let day = BEFORE_END_OF_LIFE;
  const provider = StandardArchitectureEntityProvider.fromConfig(
    new ConfigReader({ standardArchitecture: config }),
    { logger, scheduler, standard, today: () => day },
  );
  const connection = {
    applyMutation: jest.fn(async () => {}),
    refresh: jest.fn(async () => {}),
  } satisfies EntityProviderConnection;
  return {
    provider,
    logger,
    run,
    scheduler,
    standard,
    connection,
    setDay: (next: string) => {
      day = next;
    },
  };
}

type Fixture = ReturnType<typeof setup>;

/** The scheduled function the provider handed to its task runner. */
const scheduledTask = (fixture: Fixture) =>
  (fixture.run.mock.calls[0] as any[])[0] as {
    id: string;
    fn: (signal: AbortSignal) => Promise<void>;
  };

const mutation = (fixture: Fixture, call: number) =>
  (fixture.connection.applyMutation.mock.calls[call] as any[])[0] as {
    type: string;
    entities: Array<{ entity: Entity; locationKey: string }>;
  };

const nginxLifecycle = (fixture: Fixture, call: number) =>
  mutation(fixture, call).entities.find(
    i => i.entity.metadata.name === 'ingress-nginx',
  )!.entity.spec?.lifecycle;

describe('StandardArchitectureEntityProvider', () => {
  it('registers a global task on the catalog schedule, only once connected', async () => {
    const fixture = setup();
    expect(fixture.provider.getProviderName()).toBe(PROVIDER_NAME);
    expect(fixture.scheduler.createScheduledTaskRunner).toHaveBeenCalledWith({
      ...DEFAULT_CATALOG_SCHEDULE,
      scope: 'global',
    });
    expect(fixture.run).not.toHaveBeenCalled();
    await fixture.provider.connect(fixture.connection);
    expect(fixture.run).toHaveBeenCalledTimes(1);
    expect(scheduledTask(fixture).id).toBe(`${PROVIDER_NAME}:refresh`);
    // Scheduling is not applying: nothing was read or applied yet.
    expect(fixture.standard).not.toHaveBeenCalled();
    expect(fixture.connection.applyMutation).not.toHaveBeenCalled();
  });

  it('refuses to refresh before the catalog connected it', async () => {
    const fixture = setup();
    await expect(fixture.provider.refresh()).rejects.toThrow(
      `${PROVIDER_NAME} is not connected yet`,
    );
    expect(fixture.standard).not.toHaveBeenCalled();
  });

  describe('once connected', () => {
    let fixture: Fixture;

    beforeEach(async () => {
      fixture = setup();
      await fixture.provider.connect(fixture.connection);
    });

    it("applies a full mutation with the accepted standard's entities", async () => {
      await expect(fixture.provider.refresh()).resolves.toBe(true);

      expect(fixture.standard).toHaveBeenCalledTimes(1);
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
      const applied = mutation(fixture, 0);
      expect(applied.type).toBe('full');
      expect(applied.entities).toHaveLength(BUNDLED_ENTITIES);
      for (const item of applied.entities) {
        expect(item.locationKey).toBe(PROVIDER_NAME);
        expect(item.entity.spec?.owner).toBe(OWNER);
        expect(item.entity.metadata.annotations?.[ANNOTATIONS.provider]).toBe(
          PROVIDER_NAME,
        );
      }
      // Exactly what the standard yields for that day: same entities, same order.
      expect(applied.entities.map(i => i.entity)).toEqual(
        standardToEntities(bundled, {
          owner: OWNER,
          providerName: PROVIDER_NAME,
          today: BEFORE_END_OF_LIFE,
          dataVersion: '9.9.9',
        }),
      );
      expect(fixture.logger.info).toHaveBeenCalledWith(
        `${PROVIDER_NAME}: provided ${BUNDLED_ENTITIES} entities (data 9.9.9)`,
      );
    });

    it('does the same from the scheduled task, without logging an error', async () => {
      await expect(
        scheduledTask(fixture).fn(new AbortController().signal),
      ).resolves.toBeUndefined();
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
      expect(mutation(fixture, 0).entities).toHaveLength(BUNDLED_ENTITIES);
      expect(fixture.logger.error).not.toHaveBeenCalled();
    });

    it('does not re-apply when the content hash and the day are unchanged', async () => {
      await fixture.provider.refresh();
      await expect(fixture.provider.refresh()).resolves.toBe(false);
      await scheduledTask(fixture).fn(new AbortController().signal);

      // It asked each time, but applied only once.
      expect(fixture.standard).toHaveBeenCalledTimes(3);
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);
    });

    it('re-applies when the day changes, with lifecycles judged on the new day', async () => {
      await fixture.provider.refresh();
      fixture.setDay(AFTER_END_OF_LIFE);
      await expect(fixture.provider.refresh()).resolves.toBe(true);

      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(2);
      expect(mutation(fixture, 1).type).toBe('full');
      expect(mutation(fixture, 1).entities).toHaveLength(BUNDLED_ENTITIES);
      expect(nginxLifecycle(fixture, 0)).toBe('production');
      expect(nginxLifecycle(fixture, 1)).toBe('deprecated');

      // And not again on that same day.
      await expect(fixture.provider.refresh()).resolves.toBe(false);
      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(2);
    });

    it('re-applies when the accepted standard changes on the same day', async () => {
      await fixture.provider.refresh();
      const only2026: Standard = {
        ...bundled,
        editions: bundled.editions.filter(e => e.year === 2026),
      };
      fixture.standard.mockResolvedValue(documentOf(only2026));
      await expect(fixture.provider.refresh()).resolves.toBe(true);

      expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(2);
      const refs = mutation(fixture, 1).entities.map(i =>
        stringifyEntityRef(i.entity),
      );
      // The 2026 edition alone lists 42 tools: those only earlier editions had are gone.
      expect(refs).toHaveLength(1 + 9 + 42);
      expect(refs).not.toContain('component:default/trivy');
      expect(refs).not.toContain('component:default/karmada');
      expect(refs).toContain('component:default/headlamp');
      expect(
        mutation(fixture, 0).entities.map(i => i.entity.metadata.name),
      ).toContain('trivy');
    });

    describe('when the accepted standard cannot be read', () => {
      const cause = async () =>
        ResponseError.fromResponse(
          new Response(
            JSON.stringify({
              error: {
                name: 'ServiceUnavailableError',
                message: 'The standard has not been ingested yet',
              },
              response: { statusCode: 503 },
            }),
            {
              status: 503,
              statusText: 'Service Unavailable',
              headers: { 'content-type': 'application/json' },
            },
          ) as any,
        );

      it('applies nothing and rejects refresh with the cause', async () => {
        fixture.standard.mockRejectedValue(await cause());
        await expect(fixture.provider.refresh()).rejects.toMatchObject({
          name: 'ResponseError',
          statusCode: 503,
          cause: { message: 'The standard has not been ingested yet' },
        });
        expect(fixture.connection.applyMutation).not.toHaveBeenCalled();
      });

      it('logs an error naming the cause from the scheduled task, and keeps the entities already applied', async () => {
        await fixture.provider.refresh();
        expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);

        // A new day would re-apply, but the plugin does not answer.
        fixture.setDay(AFTER_END_OF_LIFE);
        fixture.standard.mockRejectedValue(
          new Error('connect ECONNREFUSED 127.0.0.1:7007'),
        );
        await expect(
          scheduledTask(fixture).fn(new AbortController().signal),
        ).resolves.toBeUndefined();

        expect(fixture.logger.error).toHaveBeenCalledTimes(1);
        const message = fixture.logger.error.mock.calls[0][0];
        expect(message).toContain(
          `${PROVIDER_NAME}: kept the previous entities; could not read the accepted standard`,
        );
        expect(message).toContain('connect ECONNREFUSED 127.0.0.1:7007');
        // No mutation at all: neither a new full set nor an empty one.
        expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(1);

        // Once the plugin answers again, the next run catches up.
        fixture.standard.mockResolvedValue(documentOf(bundled));
        await scheduledTask(fixture).fn(new AbortController().signal);
        expect(fixture.connection.applyMutation).toHaveBeenCalledTimes(2);
        expect(nginxLifecycle(fixture, 1)).toBe('deprecated');
      });

      it('waits for a standard not ingested yet (503) with a warning giving the reason', async () => {
        fixture.standard.mockRejectedValue(await cause());
        await scheduledTask(fixture).fn(new AbortController().signal);
        expect(fixture.logger.warn).toHaveBeenCalledWith(
          `${PROVIDER_NAME}: waiting for the standard: The standard has not been ingested yet`,
        );
        expect(fixture.logger.error).not.toHaveBeenCalled();
        expect(fixture.connection.applyMutation).not.toHaveBeenCalled();
      });
    });
  });

  it('judges against the configured current edition', async () => {
    const fixture = setup({ owner: OWNER, currentEdition: 2025 });
    await fixture.provider.connect(fixture.connection);
    await fixture.provider.refresh();
    const domain = mutation(fixture, 0).entities.find(
      i => i.entity.kind === 'Domain',
    )!.entity;
    expect(domain.metadata.description).toContain('2025 edition');
    const lens = mutation(fixture, 0).entities.find(
      i => i.entity.metadata.name === 'lens',
    )!.entity;
    // In 2025 Lens was back in the standard.
    expect(lens.spec?.lifecycle).toBe('production');
  });
});
