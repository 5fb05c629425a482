import { createServer, Server } from 'http';
import { readFileSync } from 'fs';
import {
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { catalogModuleStandardArchitecture } from '@k8s-standard/plugin-catalog-backend-module-standard-architecture';
import standardArchitecturePlugin from '..';
import { postgresTestDatabaseIds } from '../__testUtils__/postgresTestDatabaseIds';
import { group, SeedProvider, service } from '../__testUtils__/seedModule';
import { untilPoolQuiet } from '../__testUtils__/untilPoolQuiet';

const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresTestDatabaseIds()],
  disableDocker: true,
});

jest.setTimeout(180_000);

const API = '/api/standard-architecture';
const HIDDEN = 'test.example.com/hidden';
const every = (seconds: number) => ({
  frequency: { seconds },
  timeout: { minutes: 2 },
  initialDelay: { seconds: 0 },
});

function config(extra: Record<string, unknown> = {}) {
  return {
    backend: { baseUrl: 'http://localhost:7007' },
    standardArchitecture: {
      schedule: { ...every(1800) },
      catalogSchedule: every(2),
      usageIndex: { schedule: every(2), pageSize: 2 },
      ...extra,
    },
  };
}

/**
 * The catalog's permissions for users: entities annotated HIDDEN are not
 * readable. Everything else, and every service call, is allowed. The catalog
 * applies the condition itself, as with a real policy.
 */
const hidingPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: (): PermissionsService => ({
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async (requests, { credentials }) =>
      requests.map(() =>
        credentials.principal && (credentials.principal as any).type === 'user'
          ? {
              result: AuthorizeResult.CONDITIONAL,
              pluginId: 'catalog',
              resourceType: 'catalog-entity',
              conditions: {
                not: {
                  rule: 'HAS_ANNOTATION',
                  resourceType: 'catalog-entity',
                  params: { annotation: HIDDEN },
                },
              },
            }
          : ({ result: AuthorizeResult.ALLOW } as any),
      ),
  }),
});

const user = () => mockCredentials.user.header();
const get = (server: any, path: string) =>
  request(server).get(`${API}${path}`).set('Authorization', user());

async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
    }
    await new Promise(r => setTimeout(r, 500));
  }
}

const dependentsOf = (body: any, tool: string) =>
  body.tools.find((t: any) => t.tool === tool)?.dependents ?? 0;

async function startBackend(knex: Knex, seed: SeedProvider, data = config()) {
  return startTestBackend({
    features: [
      catalogPlugin,
      standardArchitecturePlugin,
      catalogModuleStandardArchitecture,
      seed.module(),
      hidingPermissions,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({ data }),
      schedulerServiceFactory,
      mockServices.rootLogger.factory({ level: 'warn' }),
    ],
  });
}

const INITIAL = [
  group('team-parent', ['team-a']),
  group('team-a'),
  group('team-b'),
  service('svc-a', 'group:default/team-a', ['ingress-nginx', 'lens'], {
    annotations: { 'standard-architecture.io/base-image': 'openjdk:21' },
  }),
  service('svc-b', 'group:default/team-a', ['jaeger']),
  service('svc-c', 'group:default/team-b', ['argo-cd', 'ingress-nginx']),
  service('svc-hidden', 'group:default/team-a', ['ingress-nginx'], {
    annotations: { [HIDDEN]: 'true' },
  }),
];

describe('usage index against a real catalog', () => {
  it.each(databases.eachSupportedId())(
    'indexes, follows changes and hides what the catalog hides on %s',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const seed = new SeedProvider();
      const backend = await startBackend(knex, seed);
      const { server } = backend;
      try {
        await seed.apply(INITIAL);
        const adoption = await eventually(
          'the first services in the index',
          async () => (await get(server, '/adoption')).body,
          body =>
            dependentsOf(body, 'ingress-nginx') === 3 &&
            dependentsOf(body, 'jaeger') === 1,
        );
        expect(adoption.asOf).toEqual(expect.any(String));
        expect(adoption.entities).toBe(4);
        const nginx = adoption.tools.find(
          (t: any) => t.tool === 'ingress-nginx',
        );
        expect(nginx).toMatchObject({
          status: 'deprecated',
          verdict: { verdict: 'end-of-life' },
          byOwner: { 'group:default/team-a': 2, 'group:default/team-b': 1 },
        });
        // Counts include everything; no entity is named in /adoption.
        expect(JSON.stringify(adoption)).not.toContain('svc-');

        // Lists show only what the caller may read.
        const dependents = await get(server, '/tools/ingress-nginx/dependents');
        expect(dependents.status).toBe(200);
        expect(dependents.body.total).toBe(3);
        expect(dependents.body.items.map((d: any) => d.entityRef)).toEqual([
          'component:default/svc-a',
          'component:default/svc-c',
        ]);
        const report = await get(server, '/groups/default/team-a/report');
        expect(report.body.items.map((i: any) => i.entityRef)).not.toContain(
          'component:default/svc-hidden',
        );
        const hidden = await get(
          server,
          '/recommendations?entityRef=component:default/svc-hidden',
        );
        expect(hidden.status).toBe(404);

        // The parent group covers its child's services only when asked to.
        const direct = await get(server, '/groups/default/team-parent/report');
        expect(direct.body).toMatchObject({ entities: 0, items: [] });
        const withChildren = await get(
          server,
          '/groups/default/team-parent/report?includeChildGroups=true&limit=2',
        );
        expect(withChildren.body.groups).toEqual([
          'group:default/team-parent',
          'group:default/team-a',
        ]);
        expect(withChildren.body.entities).toBe(3);
        expect(withChildren.body.totalItems).toBe(4);
        // Follow the cursor: pages are checked after paging, so a page may
        // come back shorter than the limit, never with the hidden service.
        const pairs: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await get(
            server,
            `/groups/default/team-parent/report?includeChildGroups=true&limit=2${
              cursor ? `&cursor=${cursor}` : ''
            }`,
          );
          expect(page.status).toBe(200);
          expect(page.body.items.length).toBeLessThanOrEqual(2);
          pairs.push(
            ...page.body.items.map((i: any) => `${i.entityRef} ${i.tool}`),
          );
          cursor = page.body.nextCursor;
          pages++;
        } while (cursor);
        expect(pages).toBe(2);
        // Earliest deadline first, then by tool: jaeger before lens.
        expect(pairs).toEqual([
          'component:default/svc-a ingress-nginx',
          'component:default/svc-b jaeger',
          'component:default/svc-a lens',
        ]);

        // Recommendations come from the index, with base images.
        const recommendations = await get(
          server,
          '/recommendations?entityRef=component:default/svc-a',
        );
        expect(recommendations.body).toMatchObject({
          indexed: true,
          asOf: expect.any(String),
        });
        expect(recommendations.body.tools.map((t: any) => t.tool)).toEqual([
          'ingress-nginx',
          'lens',
        ]);
        expect(recommendations.body.baseImages[0].image).toBe('openjdk:21');

        // ETag: an unchanged index answers 304. Each completed sync (every
        // 2 s here) moves asOf, so the pair is read between two syncs.
        const [tagged, unchanged] = await eventually(
          'a conditional request between two syncs',
          async () => {
            const first = await get(server, '/adoption');
            const second = await request(server)
              .get(`${API}/adoption`)
              .set('Authorization', user())
              .set('If-None-Match', first.headers.etag);
            return [first, second] as const;
          },
          ([, second]) => second.status === 304,
          20_000,
        );
        expect(tagged.headers.etag).toMatch(/^".+"$/);
        expect(unchanged.status).toBe(304);
        expect(unchanged.text).toBe('');

        // Change one service, delete one, add one: the next sync follows.
        await seed.apply([
          ...INITIAL.filter(e => e.metadata.name !== 'svc-c').map(e =>
            e.metadata.name === 'svc-b'
              ? service('svc-b', 'group:default/team-a', ['tempo'])
              : e,
          ),
          service('svc-d', 'group:default/team-b', ['lens']),
        ]);
        const after = await eventually(
          'the changes in the index',
          async () => (await get(server, '/adoption')).body,
          body =>
            dependentsOf(body, 'jaeger') === 0 &&
            dependentsOf(body, 'tempo') === 1 &&
            dependentsOf(body, 'argo-cd') === 0 &&
            dependentsOf(body, 'lens') === 2,
        );
        expect(after.entities).toBe(4);
        expect(after.tools.find((t: any) => t.tool === 'lens').byOwner).toEqual(
          { 'group:default/team-a': 1, 'group:default/team-b': 1 },
        );
        expect(dependentsOf(after, 'ingress-nginx')).toBe(2);
        const changed = await get(server, '/adoption');
        expect(changed.headers.etag).not.toBe(tagged.headers.etag);

        // A sync runs every 2 s here: read the status between two of them.
        const status = {
          body: await eventually(
            'a status between syncs',
            async () => (await get(server, '/status')).body,
            body => body.sync?.outcome !== 'running',
          ),
        };
        expect(status.body).toMatchObject({
          status: 'ok',
          problems: [],
          index: { entities: 4, usages: 5 },
          ingestion: { outcome: 'ok' },
          sync: { outcome: 'ok' },
          standard: { editions: expect.any(Array) },
        });
        expect((await request(server).get(`${API}/health`)).body).toEqual({
          status: 'ok',
        });
      } finally {
        await backend.stop();
        await untilPoolQuiet(knex);
      }
    },
  );
});

/** Serves the 2026 edition slowly, counting how often it is read. */
function editionServer(): Promise<{
  server: Server;
  url: string;
  reads: () => number;
  close: () => Promise<void>;
}> {
  const file = resolvePackagePath(
    '@k8s-standard/plugin-standard-architecture-common',
    'data/editions/2026.yaml',
  );
  const content = readFileSync(file);
  let reads = 0;
  const slowAnswers = new Set<NodeJS.Timeout>();
  const server = createServer((_req, res) => {
    reads++;
    const answer = setTimeout(() => {
      slowAnswers.delete(answer);
      res.end(content);
    }, 1500);
    slowAnswers.add(answer);
  });
  // Answers still pending and keep-alive connections would outlive the test.
  const close = () =>
    new Promise<void>(resolve => {
      slowAnswers.forEach(answer => clearTimeout(answer));
      slowAnswers.clear();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        server,
        url: `http://127.0.0.1:${port}/2026.yaml`,
        reads: () => reads,
        close,
      });
    }),
  );
}

const postgres = postgresTestDatabaseIds().filter(id => databases.supports(id));

(postgres.length > 0 ? describe : describe.skip)(
  'two backends on one PostgreSQL',
  () => {
    it('refresh runs ingestion once, and both serve identical answers', async () => {
      const knexA = await databases.init(postgres[0]);
      const knexB = knexFactory({
        client: 'pg',
        connection: (knexA.client as any).config.connection,
      });
      const source = await editionServer();
      const data = {
        ...config({
          sources: [source.url],
          readTimeoutSeconds: 10,
        }),
        backend: {
          baseUrl: 'http://localhost:7007',
          reading: { allow: [{ host: new URL(source.url).host }] },
        },
      };
      const seedA = new SeedProvider();
      const a = await startBackend(knexA, seedA, data);
      const b = await startBackend(knexB, new SeedProvider(), data);
      try {
        const ingested = (server: any) =>
          eventually(
            'the standard ingested',
            async () => (await get(server, '/status')).body,
            body => body.ingestion?.outcome === 'ok',
          );
        await ingested(a.server);
        await ingested(b.server);
        const before = source.reads();
        const triggeredAt = Date.now();
        const answers = await Promise.all(
          [a.server, b.server, a.server, b.server].map(server =>
            request(server).post(`${API}/refresh`).set('Authorization', user()),
          ),
        );
        expect(answers.map(r => r.status)).toEqual([202, 202, 202, 202]);
        await eventually(
          'the triggered ingestion to finish',
          async () => (await get(a.server, '/status')).body,
          body =>
            body.ingestion?.outcome === 'ok' &&
            Date.parse(body.ingestion.startedAt) >= triggeredAt - 1000 &&
            Boolean(body.ingestion.finishedAt),
        );
        // Let any second run that might have been started show itself.
        await new Promise(r => setTimeout(r, 4000));
        expect(source.reads() - before).toBe(1);

        await seedA.apply(INITIAL);
        await eventually(
          'services in the index',
          async () => (await get(b.server, '/adoption')).body,
          body => dependentsOf(body, 'ingress-nginx') === 3,
        );
        for (const path of [
          '/editions',
          '/adoption',
          '/groups/default/team-a/report',
        ]) {
          // Syncs run every 2 s; a pair read across one differs in asOf, so
          // read pairs until one falls between two syncs.
          const [fromA, fromB] = await eventually(
            `${path} from both backends between two syncs`,
            () => Promise.all([get(a.server, path), get(b.server, path)]),
            ([x, y]) => x.status === 200 && x.text === y.text,
            20_000,
          );
          expect(fromA.status).toBe(200);
          expect(fromB.text).toBe(fromA.text);
          expect(fromA.text.length).toBeGreaterThan(100);
        }
      } finally {
        await a.stop();
        await b.stop();
        await source.close();
        await untilPoolQuiet(knexA);
        await untilPoolQuiet(knexB);
        await knexB.destroy();
      }
    });
  },
);
