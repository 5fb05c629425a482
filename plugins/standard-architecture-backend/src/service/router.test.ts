import { promises as fs } from 'fs';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ANNOTATIONS,
  standardArchitectureForceRefreshPermission,
} from '@k8s-standard/plugin-standard-architecture-common';
import request from 'supertest';
import { bundledEditionFiles } from '@k8s-standard/plugin-standard-architecture-node';
import { standardArchitecturePlugin, USAGE_SYNC_TASK_ID } from '../plugin';
import { INGESTION_TASK_ID } from './router';

const API = '/api/standard-architecture';
const GUEST = 'user:default/guest';
const auth = () => mockCredentials.user.header();
const guest = () => mockCredentials.user.header(GUEST);

jest.setTimeout(30_000);

// Each backend gets its own SQLite database, closed after the file. (The
// default test database factory leaves its pool open after the backend stops.)
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

let etagCounter = 0;
const service = (
  name: string,
  owner: string,
  tools: string[],
  extra: { baseImages?: string; system?: string } = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    title: name.toUpperCase(),
    etag: `etag-${++etagCounter}`,
    annotations: extra.baseImages
      ? { [ANNOTATIONS.baseImage]: extra.baseImages }
      : {},
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner,
    system: extra.system,
  },
  relations: [
    { type: 'ownedBy', targetRef: owner },
    ...tools.map(tool => ({
      type: 'dependsOn',
      targetRef: `component:default/${tool}`,
    })),
    ...(extra.system ? [{ type: 'partOf', targetRef: extra.system }] : []),
  ],
});

const group = (name: string, children: string[] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', etag: `etag-${++etagCounter}` },
  spec: { type: 'team', children },
  relations: children.map(child => ({
    type: 'parentOf',
    targetRef: `group:default/${child}`,
  })),
});

const TEAM_A = 'group:default/team-a';
const TEAM_B = 'group:default/team-b';
const SQUAD = 'group:default/squad-a1';

/*
 * org ─┬─ team-a ── squad-a1
 *      └─ team-b
 *
 * service-a (team-a)             ingress-nginx, lens, argo-cd; openjdk:21
 * service-b (team-a, payments)   ingress-nginx, jaeger; an unknown base image
 * service-c (team-b, payments)   argo-cd, ingress-nginx
 * service-d (team-b)             a resource only
 * service-e (squad-a1)           ingress-nginx
 * payments  (team-b, System)
 * lens      (the standard's own tool entity: never a user)
 */
const ENTITIES: Entity[] = [
  group('org', ['team-a', 'team-b']),
  group('team-a', ['squad-a1']),
  group('team-b'),
  group('squad-a1'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default', etag: 'etag-sys' },
    spec: { owner: TEAM_B },
    relations: [{ type: 'ownedBy', targetRef: TEAM_B }],
  },
  service('service-a', TEAM_A, ['ingress-nginx', 'lens', 'argo-cd'], {
    baseImages: 'openjdk:21',
  }),
  service('service-b', TEAM_A, ['ingress-nginx', 'jaeger'], {
    system: 'system:default/payments',
    baseImages: 'registry.example.com/base:7',
  }),
  service('service-c', TEAM_B, ['argo-cd', 'ingress-nginx'], {
    system: 'system:default/payments',
  }),
  {
    ...service('service-d', TEAM_B, []),
    relations: [
      { type: 'ownedBy', targetRef: TEAM_B },
      { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
    ],
  },
  service('service-e', SQUAD, ['ingress-nginx']),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'lens',
      namespace: 'default',
      etag: 'etag-lens',
      // Written by the standard's provider, so it is no name conflict.
      annotations: {
        'standard-architecture.io/provider':
          'standard-architecture-provider:default',
      },
    },
    spec: { type: 'tool', lifecycle: 'deprecated', owner: 'platform-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-team' }],
  },
];

/**
 * The in-memory catalog mock ignores credentials, so it cannot hide entities.
 * This wraps it for the calls the plugin makes: `GUEST` may not read the
 * refs in `hiddenFromGuest` (the plugin's own service credentials, as used by
 * the sync, read everything), and `failQueries` makes the sync's paging fail.
 */
function catalogWithPermissions(
  entities: Entity[],
  hiddenFromGuest: string[] = [],
) {
  const inner = catalogServiceMock({ entities });
  const switches = { failQueries: false, failLookups: false };
  const hidden = (ref: string, credentials?: BackstageCredentials) =>
    (credentials?.principal as { userEntityRef?: string })?.userEntityRef ===
      GUEST && hiddenFromGuest.includes(ref);
  const catalog: Partial<CatalogService> = {
    getEntities: (req, options) => inner.getEntities(req, options),
    async queryEntities(req, options) {
      if (switches.failQueries) throw new Error('catalog unavailable');
      return inner.queryEntities(req, options);
    },
    async getEntitiesByRefs(req, options) {
      const { items } = await inner.getEntitiesByRefs(req, options);
      return {
        items: items.map((e, i) =>
          e && !hidden(req.entityRefs[i], options.credentials) ? e : undefined,
        ),
      };
    },
    async getEntityByRef(ref, options) {
      if (switches.failLookups) {
        throw new Error(
          "ENOENT: no such file or directory, open '/srv/backstage/secrets/catalog.yaml'",
        );
      }
      const entity = await inner.getEntityByRef(ref, options);
      const normalized = stringifyEntityRef(
        typeof ref === 'string' ? parseEntityRef(ref) : ref,
      );
      return entity && !hidden(normalized, options.credentials)
        ? entity
        : undefined;
    },
  };
  return {
    switches,
    factory: createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => catalog as CatalogService,
    }),
  };
}

/**
 * A scheduler that records the tasks the plugin schedules, so the test runs
 * ingestion and sync itself, deterministically, and sees `triggerTask`.
 */
function recordingScheduler() {
  const scheduler = mockServices.scheduler.mock();
  const run = (id: string) => async () => {
    const call = scheduler.scheduleTask.mock.calls.find(([t]) => t.id === id);
    if (!call) throw new Error(`${id} was never scheduled`);
    await call[0].fn(new AbortController().signal);
  };
  return {
    scheduler,
    ingest: run(INGESTION_TASK_ID),
    sync: run(USAGE_SYNC_TASK_ID),
  };
}

/**
 * The permission decisions that go with `catalogWithPermissions`: GUEST's
 * catalog reads are conditional (the catalog decides per entity), everyone
 * else may read every entity.
 */
const guestConditionalPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () =>
    ({
      authorize: async (requests: unknown[]) =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async (
        requests: unknown[],
        { credentials }: { credentials: BackstageCredentials },
      ) =>
        requests.map(() =>
          (credentials.principal as { userEntityRef?: string })
            ?.userEntityRef === GUEST
            ? {
                result: AuthorizeResult.CONDITIONAL,
                pluginId: 'catalog',
                resourceType: 'catalog-entity',
                conditions: { anyOf: [] },
              }
            : { result: AuthorizeResult.ALLOW },
        ),
    } as any),
});

async function start(options: {
  config?: object;
  entities?: Entity[];
  hiddenFromGuest?: string[];
  features?: any[];
}) {
  const tasks = recordingScheduler();
  const catalog = catalogWithPermissions(
    options.entities ?? ENTITIES,
    options.hiddenFromGuest,
  );
  const auditor = mockServices.auditor.mock();
  const { server } = await startTestBackend({
    features: [
      standardArchitecturePlugin,
      catalog.factory,
      tasks.scheduler.factory,
      auditor.factory,
      mockServices.database.factory({
        knex: await databases.init('SQLITE_3'),
      }),
      mockServices.rootConfig.factory({
        data: { standardArchitecture: options.config ?? {} },
      }),
      // Requests without a token are anonymous, as in production.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      ...(options.hiddenFromGuest?.length ? [guestConditionalPermissions] : []),
      ...(options.features ?? []),
    ],
  });
  const get = (path: string, authorization = auth()) =>
    request(server).get(`${API}${path}`).set('Authorization', authorization);
  const post = (path: string) =>
    request(server).post(`${API}${path}`).set('Authorization', auth());
  return { server, get, post, auditor, catalog, ...tasks };
}

type Backend = Awaited<ReturnType<typeof start>>;

describe('standard-architecture router', () => {
  let backend: Backend;
  const get = (path: string, authorization?: string) =>
    backend.get(path, authorization);

  beforeAll(async () => {
    backend = await start({ hiddenFromGuest: ['component:default/service-b'] });
  });

  it('schedules ingestion and the usage sync as global tasks', () => {
    const scheduled = backend.scheduler.scheduleTask.mock.calls.map(([t]) => t);
    expect(scheduled.map(t => [t.id, t.scope])).toEqual([
      [INGESTION_TASK_ID, 'global'],
      [USAGE_SYNC_TASK_ID, 'global'],
    ]);
    expect(scheduled[0]).toMatchObject({
      frequency: { minutes: 30 },
      timeout: { minutes: 3 },
    });
    expect(scheduled[1]).toMatchObject({ frequency: { minutes: 2 } });
  });

  describe('before the first ingestion', () => {
    it('GET /health is degraded', async () => {
      const res = await request(backend.server).get(`${API}/health`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'degraded' });
    });

    it('GET /status says why', async () => {
      const res = await get('/status');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        status: 'degraded',
        problems: ['the standard has not been ingested yet'],
        index: { entities: 0, usages: 0 },
      });
    });

    it.each(['/standard', '/editions', '/adoption'])(
      'GET %s answers 503',
      async path => {
        const res = await get(path);
        expect(res.status).toBe(503);
        expect(res.body.error.message).toBe(
          'The standard has not been ingested yet',
        );
      },
    );
  });

  describe('after ingestion, before the first sync', () => {
    beforeAll(() => backend.ingest());

    it('GET /health is ok', async () => {
      const res = await request(backend.server).get(`${API}/health`);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('GET /recommendations judges an entity the index does not know from its catalog relations', async () => {
      const res = await get(
        '/recommendations?entityRef=component:default/service-a',
      );
      expect(res.status).toBe(200);
      expect(res.body.indexed).toBe(false);
      expect(res.body.asOf).toBeUndefined();
      expect(res.body.tools.map((t: any) => t.tool)).toEqual([
        'ingress-nginx',
        'lens',
        'argo-cd',
      ]);
      expect(res.body.baseImages).toEqual([
        expect.objectContaining({ image: 'openjdk:21' }),
      ]);
    });

    it('GET /adoption counts nothing yet', async () => {
      const res = await get('/adoption');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        edition: 2026,
        entities: 0,
        byStatus: {
          recommended: 0,
          experimental: 0,
          caution: 0,
          deprecated: 0,
        },
        tools: [],
      });
    });
  });

  describe('after ingestion and sync', () => {
    beforeAll(() => backend.sync());

    describe('GET /health and /status', () => {
      it('is ok', async () => {
        const res = await request(backend.server).get(`${API}/health`);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ status: 'ok' });
      });

      it('reports the ingested standard, both runs and the index', async () => {
        const res = await get('/status');
        expect(res.status).toBe(200);
        const body = res.body;
        expect(body.status).toBe('ok');
        expect(body.problems).toEqual([]);
        expect(Date.parse(body.asOf)).not.toBeNaN();

        expect(body.ingestion).toMatchObject({
          outcome: 'ok',
          details: {
            editions: [2022, 2023, 2024, 2025, 2026],
            entities: 1 + 9 + 48,
            contentHash: body.standard.contentHash,
          },
        });
        expect(body.ingestion.details.forcedBy).toBeUndefined();
        expect(body.ingestion.error).toBeUndefined();
        expect(Date.parse(body.ingestion.finishedAt)).toBeGreaterThanOrEqual(
          Date.parse(body.ingestion.startedAt),
        );

        // Groups and the standard's own tool entity are not indexed.
        expect(body.sync).toMatchObject({
          outcome: 'ok',
          details: { seen: 6, changed: 6, removed: 0, pages: 1 },
        });

        expect(body.standard.contentHash).toMatch(/^[0-9a-f]{64}$/);
        expect(body.standard.dataVersion).toBe('2.0.0');
        expect(body.standard.conflicts).toEqual([]);
        expect(Date.parse(body.standard.loadedAt)).not.toBeNaN();
        const bundled = await bundledEditionFiles();
        expect(body.standard.editions).toEqual(
          bundled.map((source, i) => ({
            year: 2022 + i,
            source,
            contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          })),
        );
        expect(body.index).toEqual({ entities: 6, usages: 8 });
      });

      it('a sync with nothing changed writes nothing but moves asOf', async () => {
        const before = (await get('/status')).body;
        await backend.sync();
        const after = (await get('/status')).body;
        expect(after.sync.details).toMatchObject({
          seen: 6,
          changed: 0,
          removed: 0,
        });
        expect(after.index).toEqual(before.index);
        expect(Date.parse(after.asOf)).toBeGreaterThanOrEqual(
          Date.parse(before.asOf),
        );
      });
    });

    describe('GET /standard', () => {
      it('serves the accepted standard with its content hash as ETag', async () => {
        const res = await get('/standard');
        expect(res.status).toBe(200);
        expect(res.headers.etag).toBe(`"${res.body.contentHash}"`);
        expect(res.body.dataVersion).toBe('2.0.0');
        expect(res.body.conflicts).toEqual([]);
        expect(res.body.standard.editions.map((e: any) => e.year)).toEqual([
          2022, 2023, 2024, 2025, 2026,
        ]);
        expect(res.body.standard.baseImages).toBeDefined();

        const again = await get('/standard').set(
          'If-None-Match',
          res.headers.etag,
        );
        expect(again.status).toBe(304);
        expect(again.text).toBe('');
      });
    });

    describe('GET /editions', () => {
      it('lists the bundled editions with the latest as current', async () => {
        const res = await get('/editions');
        expect(res.status).toBe(200);
        expect(res.body.current).toBe(2026);
        // Which data judged the answer: the version and the exact content.
        expect(res.body.dataVersion).toBe('2.0.0');
        expect(res.body.contentHash).toBe(
          (await get('/status')).body.standard.contentHash,
        );
        expect(res.body.items.map((e: any) => [e.year, e.toolCount])).toEqual([
          [2022, 27],
          [2023, 36],
          [2024, 37],
          [2025, 40],
          [2026, 42],
        ]);
        expect(res.body.items[4]).toMatchObject({
          source: 'https://yozm.wishket.com/magazine/detail/3510/',
          published: '2025-12-18',
          title: { en: 'Kubernetes Standard Architecture 2026' },
        });
      });

      it('answers If-None-Match with 304 while the standard is unchanged', async () => {
        const first = await get('/editions');
        const status = await get('/status');
        expect(first.headers.etag).toBe(
          `"${status.body.standard.contentHash}"`,
        );
        const again = await get('/editions').set(
          'If-None-Match',
          first.headers.etag,
        );
        expect(again.status).toBe(304);
        expect(again.text).toBe('');
        const other = await get('/editions').set('If-None-Match', '"other"');
        expect(other.status).toBe(200);
        expect(other.body).toEqual(first.body);
      });
    });

    describe('GET /editions/:year', () => {
      it('returns the edition with each tool lifecycle', async () => {
        const res = await get('/editions/2026');
        expect(res.status).toBe(200);
        expect(res.body.year).toBe(2026);
        expect(res.body.current).toBe(true);
        expect(res.body.tools).toHaveLength(42);
        expect(res.body.lifecycles).toMatchObject({
          'argo-cd': 'production',
          headlamp: 'production',
          kubevirt: 'experimental',
          lens: 'deprecated',
          jaeger: 'deprecated',
        });
        expect(Object.keys(res.body.lifecycles)).toHaveLength(42);
      });

      it('marks an older edition as not current', async () => {
        const res = await get('/editions/2025');
        expect(res.status).toBe(200);
        expect(res.body.current).toBe(false);
        expect(res.body.lifecycles.lens).toBe('production');
      });

      it('rejects a year that is not four digits with 400', async () => {
        const res = await get('/editions/20x6');
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toBe(
          'year must be a four-digit year, got "20x6"',
        );
      });

      it('answers 404 for an unknown edition, listing the known ones', async () => {
        const res = await get('/editions/1999');
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'year: no edition 1999; known: 2022, 2023, 2024, 2025, 2026',
        );
      });
    });

    describe('GET /diff', () => {
      it('lists exactly what changed from 2025 to 2026', async () => {
        const res = await get('/diff?from=2025&to=2026');
        expect(res.status).toBe(200);
        const ids = (key: string) => res.body[key].map((c: any) => c.tool);
        expect(res.body).toMatchObject({ from: 2025, to: 2026 });
        expect(ids('added')).toEqual(['pyroscope', 'strimzi', 'clickhouse']);
        expect(ids('changed')).toEqual(['opensearch', 'tempo', 'headlamp']);
        expect(ids('removed')).toEqual([
          'elasticsearch',
          'kibana',
          'jaeger',
          'lens',
        ]);
        expect(ids('caution')).toEqual(['ingress-nginx']);
        expect(
          res.body.changed.find((c: any) => c.tool === 'headlamp'),
        ).toMatchObject({ year: 2026, replaces: ['lens'] });
      });

      it('rejects a non-year from with 400 naming from', async () => {
        const res = await get('/diff?from=abc&to=2026');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(
          'from must be a four-digit year, got "abc"',
        );
      });

      it('rejects a missing to with 400 naming to', async () => {
        const res = await get('/diff?from=2025');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(
          'to must be a four-digit year, got ""',
        );
      });

      it('answers 404 for an unknown edition, naming the parameter', async () => {
        const res = await get('/diff?from=2025&to=2031');
        expect(res.status).toBe(404);
        expect(res.body.error.message).toMatch(/^to: no edition 2031; known/);
      });
    });

    describe('GET /recommendations', () => {
      it('judges the indexed dependencies and base images, earliest deadline first', async () => {
        const res = await get(
          '/recommendations?entityRef=component:default/service-a',
        );
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          entityRef: 'component:default/service-a',
          edition: 2026,
          indexed: true,
        });
        expect(Date.parse(res.body.asOf)).not.toBeNaN();
        expect(res.body.tools.map((t: any) => [t.tool, t.status])).toEqual([
          // Past its end of life: deprecated, whatever its caution status.
          ['ingress-nginx', 'deprecated'],
          ['lens', 'deprecated'],
          ['argo-cd', 'recommended'],
        ]);
        expect(res.body.tools[0]).toMatchObject({
          deadline: '2026-03',
          replacement: { successor: { name: 'Gateway API' } },
        });
        expect(res.body.tools[1].replacement.tools).toEqual([
          { id: 'headlamp', name: 'Headlamp' },
        ]);
        expect(res.body.baseImages).toEqual([
          expect.objectContaining({
            image: 'openjdk:21',
            rule: 'java-openjdk',
            recommended: 'gcr.io/distroless/java21-debian12',
          }),
        ]);
        expect(res.body.unknownBaseImages).toEqual([]);
      });

      it('defaults the kind to component', async () => {
        const res = await get('/recommendations?entityRef=service-e');
        expect(res.status).toBe(200);
        expect(res.body.entityRef).toBe('component:default/service-e');
        expect(res.body.tools.map((t: any) => t.tool)).toEqual([
          'ingress-nginx',
        ]);
      });

      it('judges a System by the dependencies and base images of its parts', async () => {
        const res = await get(
          '/recommendations?entityRef=system:default/payments',
        );
        expect(res.status).toBe(200);
        expect(res.body.entityRef).toBe('system:default/payments');
        expect(res.body.indexed).toBe(true);
        expect(res.body.tools.map((t: any) => [t.tool, t.status])).toEqual([
          ['ingress-nginx', 'deprecated'],
          ['jaeger', 'deprecated'],
          ['argo-cd', 'recommended'],
        ]);
        expect(res.body.baseImages).toEqual([]);
        expect(res.body.unknownBaseImages).toEqual([
          'registry.example.com/base:7',
        ]);
      });

      it('rejects a missing entityRef with 400', async () => {
        const res = await get('/recommendations');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/^entityRef is required/);
      });

      it('rejects an invalid entityRef with 400 naming entityRef', async () => {
        const res = await get('/recommendations?entityRef=:::bad');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(
          /^entityRef ":::bad" is not a valid entity ref/,
        );
      });

      it('answers 404 for an unknown entity', async () => {
        const res = await get(
          '/recommendations?entityRef=component:default/nope',
        );
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'entityRef: no entity component:default/nope',
        );
      });
    });

    describe('GET /adoption', () => {
      let res: request.Response;
      beforeAll(async () => {
        res = await get('/adoption');
      });

      it('counts dependents per tool, most used first', () => {
        expect(res.status).toBe(200);
        expect(res.body.edition).toBe(2026);
        expect(Date.parse(res.body.asOf)).not.toBeNaN();
        expect(res.body.tools.map((t: any) => [t.tool, t.dependents])).toEqual([
          ['ingress-nginx', 4],
          ['argo-cd', 2],
          ['jaeger', 1],
          ['lens', 1],
        ]);
      });

      it('counts indexed entities and dependents per status', () => {
        expect(res.body.entities).toBe(6);
        expect(res.body.byStatus).toEqual({
          recommended: 2,
          experimental: 0,
          caution: 0,
          deprecated: 6,
        });
      });

      it('splits each tool dependents by owner', () => {
        const byTool = Object.fromEntries(
          res.body.tools.map((t: any) => [t.tool, t.byOwner]),
        );
        expect(byTool).toEqual({
          'ingress-nginx': { [TEAM_A]: 2, [TEAM_B]: 1, [SQUAD]: 1 },
          'argo-cd': { [TEAM_A]: 1, [TEAM_B]: 1 },
          jaeger: { [TEAM_A]: 1 },
          lens: { [TEAM_A]: 1 },
        });
      });

      it('says what is at risk and what to move to, but never lists entities', () => {
        const tool = (id: string) =>
          res.body.tools.find((t: any) => t.tool === id);
        expect(tool('ingress-nginx')).toMatchObject({
          status: 'deprecated',
          verdict: { verdict: 'end-of-life', deadline: '2026-03' },
          deadline: '2026-03',
          replacement: ['Gateway API'],
        });
        expect(tool('jaeger')).toMatchObject({
          status: 'deprecated',
          replacement: ['Tempo'],
        });
        expect(tool('lens')).toMatchObject({
          status: 'deprecated',
          replacement: ['Headlamp'],
        });
        expect(tool('argo-cd').replacement).toBeUndefined();
        expect(JSON.stringify(res.body)).not.toContain('service-');
      });

      it('answers If-None-Match with 304 until the index changes', async () => {
        const etag = res.headers.etag;
        expect(etag).toMatch(/^"[0-9a-f]{16}-\d+-\d{4}-\d{2}-\d{2}-"$/);
        const again = await get('/adoption').set('If-None-Match', etag);
        expect(again.status).toBe(304);
        expect(again.headers.etag).toBe(etag);
        expect(again.text).toBe('');

        // Every sync moves the index's generation: the old tag is stale.
        await backend.sync();
        const after = await get('/adoption').set('If-None-Match', etag);
        expect(after.status).toBe(200);
        expect(after.headers.etag).not.toBe(etag);
        expect(after.body.tools).toEqual(res.body.tools);
      });
    });

    describe('GET /tools/:toolId/dependents', () => {
      it('pages through the dependents in entity ref order', async () => {
        const first = await get('/tools/ingress-nginx/dependents?limit=2');
        expect(first.status).toBe(200);
        expect(first.body).toMatchObject({
          tool: 'ingress-nginx',
          name: 'Ingress NGINX Controller',
          status: 'deprecated',
          verdict: { verdict: 'end-of-life', severity: 'critical' },
          total: 4,
        });
        expect(first.body.items).toEqual([
          {
            entityRef: 'component:default/service-a',
            title: 'SERVICE-A',
            owner: TEAM_A,
            kind: 'Component',
            type: 'service',
            declared: true,
            detected: false,
          },
          expect.objectContaining({ entityRef: 'component:default/service-b' }),
        ]);
        expect(typeof first.body.nextCursor).toBe('string');

        const second = await get(
          `/tools/ingress-nginx/dependents?limit=2&cursor=${encodeURIComponent(
            first.body.nextCursor,
          )}`,
        );
        expect(second.status).toBe(200);
        expect(second.body.total).toBe(4);
        expect(second.body.items.map((i: any) => i.entityRef)).toEqual([
          'component:default/service-c',
          'component:default/service-e',
        ]);
        expect(second.body.nextCursor).toBeUndefined();
      });

      it('filters by owner, a bare name meaning a group', async () => {
        const res = await get(
          `/tools/ingress-nginx/dependents?owner=${encodeURIComponent(TEAM_B)}`,
        );
        expect(res.status).toBe(200);
        expect(res.body.total).toBe(1);
        expect(res.body.items.map((i: any) => i.entityRef)).toEqual([
          'component:default/service-c',
        ]);
        const bare = await get('/tools/ingress-nginx/dependents?owner=team-a');
        expect(bare.body.total).toBe(2);
        expect(bare.body.items.map((i: any) => i.entityRef)).toEqual([
          'component:default/service-a',
          'component:default/service-b',
        ]);
        expect(bare.body.nextCursor).toBeUndefined();
      });

      it('filters by how the usage is known', async () => {
        const declared = await get(
          '/tools/ingress-nginx/dependents?source=declared',
        );
        expect(declared.body.total).toBe(4);
        expect(declared.body.items).toHaveLength(4);
        const detected = await get(
          '/tools/ingress-nginx/dependents?source=detected',
        );
        expect(detected.status).toBe(200);
        expect(detected.body.total).toBe(0);
        expect(detected.body.items).toEqual([]);
      });

      it('answers a tool nobody uses with an empty page', async () => {
        const res = await get('/tools/headlamp/dependents');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          tool: 'headlamp',
          total: 0,
          items: [],
        });
      });

      it('answers 404 for a tool the standard does not have', async () => {
        const res = await get('/tools/not-a-tool/dependents');
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'toolId: the standard has no tool not-a-tool',
        );
      });

      it.each([
        ['limit=0', 'limit must be an integer from 1 to 500, got "0"'],
        ['limit=501', 'limit must be an integer from 1 to 500, got "501"'],
        ['limit=two', 'limit must be an integer from 1 to 500, got "two"'],
        [
          'cursor=not-a-cursor',
          'cursor is not one this API returned; start again without it',
        ],
        [
          // A group report's cursor is not a dependents cursor.
          `cursor=${Buffer.from('{"t":0}').toString('base64url')}`,
          'cursor is not one this API returned; start again without it',
        ],
        ['source=both', 'source must be declared or detected, got "both"'],
        ['owner=:::', /^owner ":::" is not a valid entity ref/],
      ])('rejects %s with 400', async (query, message) => {
        const res = await get(`/tools/ingress-nginx/dependents?${query}`);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toMatch(
          typeof message === 'string'
            ? new RegExp(`^${escape(message)}$`)
            : message,
        );
      });

      it('rejects a tool id that is not a catalog name with 400', async () => {
        const res = await get('/tools/%2e%2e/dependents');
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(
          'toolId must be a catalog name (letters, digits, ".", "_", "-"), got ".."',
        );
      });
    });

    describe('GET /groups/:namespace/:name/report', () => {
      it("lists the team's risky dependencies, earliest deadline first", async () => {
        const res = await get('/groups/default/team-a/report');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          group: TEAM_A,
          groups: [TEAM_A],
          edition: 2026,
          entities: 2,
          totalItems: 4,
        });
        expect(Date.parse(res.body.asOf)).not.toBeNaN();
        expect(
          res.body.items.map((i: any) => [i.entityRef, i.tool, i.deadline]),
        ).toEqual([
          ['component:default/service-a', 'ingress-nginx', '2026-03'],
          ['component:default/service-b', 'ingress-nginx', '2026-03'],
          // No published deadline: the default window from the 2026 edition.
          ['component:default/service-b', 'jaeger', '2026-12-18'],
          ['component:default/service-a', 'lens', '2026-12-18'],
        ]);
        expect(res.body.items[3]).toMatchObject({
          title: 'SERVICE-A',
          owner: TEAM_A,
          status: 'deprecated',
          name: 'Lens',
          replacement: ['Headlamp'],
          declared: true,
          detected: false,
        });
        expect(res.body.nextCursor).toBeUndefined();
      });

      it('pages with limit and nextCursor, across tools, without gaps or repeats', async () => {
        const first = await get('/groups/default/team-a/report?limit=2');
        expect(first.status).toBe(200);
        expect(first.body.totalItems).toBe(4);
        expect(first.body.items.map((i: any) => [i.entityRef, i.tool])).toEqual(
          [
            ['component:default/service-a', 'ingress-nginx'],
            ['component:default/service-b', 'ingress-nginx'],
          ],
        );
        expect(typeof first.body.nextCursor).toBe('string');

        const second = await get(
          `/groups/default/team-a/report?limit=2&cursor=${encodeURIComponent(
            first.body.nextCursor,
          )}`,
        );
        expect(second.status).toBe(200);
        expect(
          second.body.items.map((i: any) => [i.entityRef, i.tool]),
        ).toEqual([
          ['component:default/service-b', 'jaeger'],
          ['component:default/service-a', 'lens'],
        ]);
        expect(second.body.nextCursor).toBeUndefined();

        // Page by page, one at a time: the same four in the same order.
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await get(
            `/groups/default/team-a/report?limit=1${
              cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
            }`,
          );
          expect(page.body.items).toHaveLength(1);
          seen.push(
            ...page.body.items.map((i: any) => `${i.entityRef} ${i.tool}`),
          );
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(seen).toEqual(
          [...first.body.items, ...second.body.items].map(
            (i: any) => `${i.entityRef} ${i.tool}`,
          ),
        );
      });

      it('reports what the group owns directly, not the parts of its systems', async () => {
        // team-b owns the payments system, service-c and service-d; service-b
        // (team-a, with jaeger) is part of payments but not team-b's.
        const res = await get('/groups/default/team-b/report');
        expect(res.status).toBe(200);
        expect(res.body.entities).toBe(3);
        expect(res.body.totalItems).toBe(1);
        expect(res.body.items.map((i: any) => [i.entityRef, i.tool])).toEqual([
          ['component:default/service-c', 'ingress-nginx'],
        ]);
      });

      it('covers every group below with includeChildGroups', async () => {
        const direct = await get('/groups/default/org/report');
        expect(direct.status).toBe(200);
        expect(direct.body).toMatchObject({
          groups: ['group:default/org'],
          entities: 0,
          totalItems: 0,
          items: [],
        });

        const res = await get(
          '/groups/default/org/report?includeChildGroups=true',
        );
        expect(res.status).toBe(200);
        // Two levels down: org → team-a → squad-a1.
        expect(res.body.groups).toEqual([
          'group:default/org',
          TEAM_A,
          TEAM_B,
          SQUAD,
        ]);
        expect(res.body.entities).toBe(2 + 3 + 1);
        expect(res.body.totalItems).toBe(6);
        expect(res.body.items.map((i: any) => [i.entityRef, i.tool])).toEqual([
          ['component:default/service-a', 'ingress-nginx'],
          ['component:default/service-b', 'ingress-nginx'],
          ['component:default/service-c', 'ingress-nginx'],
          ['component:default/service-e', 'ingress-nginx'],
          ['component:default/service-b', 'jaeger'],
          ['component:default/service-a', 'lens'],
        ]);
      });

      it('answers 404 for an unknown group, or an entity that is not a group', async () => {
        const res = await get('/groups/default/nobody/report');
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'group: no group group:default/nobody',
        );
        const notAGroup = await get('/groups/default/service-a/report');
        expect(notAGroup.status).toBe(404);
      });

      it.each([
        [
          '/groups/%2e%2e/%2e%2e/report',
          'namespace must be a catalog name (letters, digits, ".", "_", "-"), got ".."',
        ],
        [
          '/groups/default/%2e%2e/report',
          'name must be a catalog name (letters, digits, ".", "_", "-"), got ".."',
        ],
        [
          '/groups/default/team-a/report?includeChildGroups=yes',
          'includeChildGroups must be true or false, got "yes"',
        ],
        [
          '/groups/default/team-a/report?limit=0',
          'limit must be an integer from 1 to 500, got "0"',
        ],
        [
          '/groups/default/team-a/report?cursor=bad',
          'cursor is not one this API returned; start again without it',
        ],
      ])('rejects %s with 400', async (path, message) => {
        const res = await get(path);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(message);
      });
    });

    describe('for a caller who may not read every entity', () => {
      // GUEST may not read service-b (team-a, ingress-nginx and jaeger).
      it('leaves unreadable entities out of the dependents, but not out of the total', async () => {
        const res = await get('/tools/ingress-nginx/dependents', guest());
        expect(res.status).toBe(200);
        expect(res.body.total).toBe(4);
        expect(res.body.items.map((i: any) => i.entityRef)).toEqual([
          'component:default/service-a',
          'component:default/service-c',
          'component:default/service-e',
        ]);
      });

      it('leaves them out of a group report', async () => {
        const res = await get('/groups/default/team-a/report', guest());
        expect(res.status).toBe(200);
        expect(res.body.totalItems).toBe(4);
        expect(res.body.items.map((i: any) => [i.entityRef, i.tool])).toEqual([
          ['component:default/service-a', 'ingress-nginx'],
          ['component:default/service-a', 'lens'],
        ]);
      });

      it('answers 404 for their recommendations', async () => {
        const res = await get(
          '/recommendations?entityRef=component:default/service-b',
          guest(),
        );
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          'entityRef: no entity component:default/service-b',
        );
      });
    });
  });

  describe('malformed path parameters and refs', () => {
    beforeAll(async () => {
      await backend.ingest();
      await backend.sync();
    });

    // Each value in each parameter of each route: 400 or 404, never a 500.
    const VALUES = [
      '%2e%2e',
      '..',
      '.',
      '%00',
      'a%2Fb',
      '%ZZ',
      '%E2%80%AE',
      'x'.repeat(300),
      '-leading-dash',
      'with space',
      '%3Cscript%3E',
    ];
    const routes = (v: string) => [
      `/editions/${v}`,
      `/tools/${v}/dependents`,
      `/groups/${v}/team-a/report`,
      `/groups/default/${v}/report`,
      `/groups/${v}/${v}/report`,
      `/diff?from=${v}&to=2026`,
      `/recommendations?entityRef=${v}`,
      `/recommendations?entityRef=component:${v}/${v}`,
      // `a/b` is a fine owner ref (namespace a, name b): an empty page.
      ...(v === 'a%2Fb' ? [] : [`/tools/ingress-nginx/dependents?owner=${v}`]),
      `/tools/ingress-nginx/dependents?cursor=${v}`,
      `/groups/default/team-a/report?cursor=${v}`,
    ];

    it('answers 400 or 404 with a message, never 500', async () => {
      const failures: string[] = [];
      for (const value of VALUES) {
        for (const path of routes(value)) {
          const res = await get(path);
          if (res.status >= 500 || res.status < 400) {
            failures.push(`${path} → ${res.status} ${res.text.slice(0, 120)}`);
          } else if (!res.body?.error?.message) {
            failures.push(`${path} → ${res.status} without an error message`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  });

  describe('authentication', () => {
    it('answers GET /health without credentials', async () => {
      const res = await request(backend.server).get(`${API}/health`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it.each([
      ['get', '/status'],
      ['get', '/standard'],
      ['get', '/editions'],
      ['get', '/editions/2026'],
      ['get', '/diff?from=2025&to=2026'],
      ['get', '/recommendations?entityRef=component:default/service-a'],
      ['get', '/adoption'],
      ['get', '/tools/ingress-nginx/dependents'],
      ['get', '/groups/default/team-a/report'],
      ['post', '/refresh'],
    ] as const)(
      '%s %s answers 401 without credentials',
      async (method, path) => {
        const res = await request(backend.server)[method](`${API}${path}`);
        expect(res.status).toBe(401);
      },
    );
  });

  describe('an unexpected failure in production mode', () => {
    const nodeEnv = process.env.NODE_ENV;
    afterAll(() => {
      process.env.NODE_ENV = nodeEnv;
      backend.catalog.switches.failLookups = false;
    });

    it('answers 500 without a stack trace or file path, with a log id', async () => {
      process.env.NODE_ENV = 'production';
      backend.catalog.switches.failLookups = true;
      const res = await get(
        '/recommendations?entityRef=component:default/service-a',
      );
      expect(res.status).toBe(500);
      expect(res.body.error.stack).toBeUndefined();
      expect(res.body.error.message).toMatch(
        /^Internal error in the standard-architecture plugin \(log id [0-9a-f]{12}\)$/,
      );
      expect(res.text).not.toMatch(/\/srv\/|\/work\/|node_modules|\.ts:\d+/);
    });

    it('still explains what the caller got wrong', async () => {
      process.env.NODE_ENV = 'production';
      const res = await get('/editions/20x6');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'year must be a four-digit year, got "20x6"',
      );
      expect(res.body.error.stack).toBeUndefined();
    });
  });

  describe('when the usage sync fails', () => {
    afterAll(() => {
      backend.catalog.switches.failQueries = false;
    });

    it('is degraded, names the failure, and keeps the index', async () => {
      backend.catalog.switches.failQueries = true;
      await expect(backend.sync()).resolves.toBeUndefined();

      const health = await request(backend.server).get(`${API}/health`);
      expect(health.body).toEqual({ status: 'degraded' });
      const status = await get('/status');
      expect(status.body.problems).toEqual([
        'the last usage sync failed: catalog unavailable',
      ]);
      expect(status.body.sync).toMatchObject({
        outcome: 'failed',
        error: 'catalog unavailable',
      });
      expect(status.body.index).toEqual({ entities: 6, usages: 8 });
      const adoption = await get('/adoption');
      expect(adoption.body.tools[0]).toMatchObject({
        tool: 'ingress-nginx',
        dependents: 4,
      });

      backend.catalog.switches.failQueries = false;
      await backend.sync();
      const healed = await request(backend.server).get(`${API}/health`);
      expect(healed.body).toEqual({ status: 'ok' });
    });
  });
});

describe('ingestion from configured sources', () => {
  const mockDir = createMockDirectory();
  const file = mockDir.resolve('edition.yaml');
  let backend: Backend;
  let edition2026: string;

  beforeAll(async () => {
    const bundled2026 = (await bundledEditionFiles()).find(f =>
      f.endsWith('/2026.yaml'),
    )!;
    edition2026 = await fs.readFile(bundled2026, 'utf8');
    mockDir.clear();
    backend = await start({ config: { sources: [file] } });
  });

  it('is degraded and names the failure when the first ingestion fails', async () => {
    await backend.ingest();

    const health = await request(backend.server).get(`${API}/health`);
    expect(health.body).toEqual({ status: 'degraded' });

    const status = await backend.get('/status');
    expect(status.body.status).toBe('degraded');
    expect(status.body.ingestion).toMatchObject({ outcome: 'failed' });
    expect(status.body.ingestion.error).toContain(
      `invalid source data:\n${file}: could not be read`,
    );
    expect(status.body.problems).toEqual([
      'the standard has not been ingested yet',
      `the last ingestion failed: ${status.body.ingestion.error}`,
    ]);
    expect(status.body.standard).toBeUndefined();

    const editions = await backend.get('/editions');
    expect(editions.status).toBe(503);
    expect(editions.body.error.message).toContain(
      `The standard has not been ingested yet; the last ingestion failed: invalid source data:\n${file}: could not be read`,
    );
  });

  it('ingests the file once it is there, instead of the bundled editions', async () => {
    mockDir.setContent({ 'edition.yaml': edition2026 });
    await backend.ingest();

    const health = await request(backend.server).get(`${API}/health`);
    expect(health.body).toEqual({ status: 'ok' });
    const status = await backend.get('/status');
    expect(status.body.standard.editions).toEqual([
      { year: 2026, source: file, contentHash: expect.any(String) },
    ]);
    const editions = await backend.get('/editions');
    expect(editions.body.items.map((e: any) => e.year)).toEqual([2026]);
  });

  it('keeps serving the accepted standard when a later ingestion fails', async () => {
    const before = await backend.get('/editions');
    await fs.writeFile(
      file,
      edition2026.replace('- id: kubeadm', '- id: Kube_ADM'),
    );
    await backend.ingest();

    const health = await request(backend.server).get(`${API}/health`);
    expect(health.body).toEqual({ status: 'degraded' });
    const status = await backend.get('/status');
    // Data that was read but is invalid is rejected, not a failure of the service.
    expect(status.body.ingestion.outcome).toBe('rejected');
    expect(status.body.ingestion.error).toContain(
      `${file}:tools[0].id: must be a kebab-case id`,
    );
    expect(status.body.problems).toEqual([
      `the last ingestion was rejected: ${status.body.ingestion.error}`,
    ]);

    const after = await backend.get('/editions');
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    expect(after.headers.etag).toBe(before.headers.etag);
  });
});

describe('POST /refresh', () => {
  it('answers 403 without the refresh permission, triggering nothing', async () => {
    const backend = await start({
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    for (const path of ['/refresh', '/refresh?force=true']) {
      const res = await backend.post(path);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'Not allowed to refresh the standard',
      );
    }
    expect(backend.scheduler.triggerTask).not.toHaveBeenCalled();
    expect(backend.auditor.createEvent).not.toHaveBeenCalled();
  });

  describe('with permission', () => {
    const permissions = mockServices.permissions.mock();
    let backend: Backend;

    beforeAll(async () => {
      backend = await start({ features: [permissions.factory] });
      await backend.ingest();
    });

    beforeEach(() => {
      permissions.authorize.mockReset();
      permissions.authorize.mockImplementation(async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      );
      backend.scheduler.triggerTask.mockReset();
      backend.scheduler.triggerTask.mockResolvedValue(undefined);
      backend.auditor.createEvent.mockClear();
    });

    it('triggers the ingestion task and answers 202', async () => {
      const res = await backend.post('/refresh');
      expect(res.status).toBe(202);
      expect(res.body).toEqual({
        task: INGESTION_TASK_ID,
        state: 'triggered',
        force: false,
        lastRun: expect.objectContaining({ outcome: 'ok' }),
      });
      expect(backend.scheduler.triggerTask).toHaveBeenCalledTimes(1);
      expect(backend.scheduler.triggerTask).toHaveBeenCalledWith(
        INGESTION_TASK_ID,
      );
      expect(backend.auditor.createEvent).not.toHaveBeenCalled();
    });

    it('answers running when a run holds the task', async () => {
      backend.scheduler.triggerTask.mockRejectedValue(
        new ConflictError(`Task ${INGESTION_TASK_ID} is currently running`),
      );
      const res = await backend.post('/refresh');
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({
        task: INGESTION_TASK_ID,
        state: 'running',
        force: false,
      });
    });

    it('does not hide other scheduler failures', async () => {
      backend.scheduler.triggerTask.mockRejectedValue(
        new Error('scheduler is down'),
      );
      const res = await backend.post('/refresh');
      expect(res.status).toBe(500);
    });

    it('rejects a force that is not true or false with 400', async () => {
      const res = await backend.post('/refresh?force=yes');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'force must be true or false, got "yes"',
      );
      expect(backend.scheduler.triggerTask).not.toHaveBeenCalled();
    });

    it('with force=true, audits the request and has the next run record who forced it', async () => {
      const res = await backend.post('/refresh?force=true');
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ state: 'triggered', force: true });
      expect(backend.scheduler.triggerTask).toHaveBeenCalledWith(
        INGESTION_TASK_ID,
      );
      expect(permissions.authorize).toHaveBeenCalledWith(
        [{ permission: standardArchitectureForceRefreshPermission }],
        expect.anything(),
      );
      expect(backend.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'standard-refresh-force',
          severityLevel: 'high',
          meta: { task: INGESTION_TASK_ID },
        }),
      );
      const event = await backend.auditor.createEvent.mock.results[0].value;
      expect(event.success).toHaveBeenCalled();

      // The (mock) scheduler does not run it: the test runs the task itself.
      await backend.ingest();
      const forced = await backend.get('/status');
      expect(forced.body.ingestion).toMatchObject({
        outcome: 'ok',
        details: { forcedBy: 'user:default/mock' },
      });

      // The request is consumed by that run.
      await backend.ingest();
      const next = await backend.get('/status');
      expect(next.body.ingestion.outcome).toBe('ok');
      expect(next.body.ingestion.details.forcedBy).toBeUndefined();
    });

    it('answers 403 for force=true without the force permission, recording nothing', async () => {
      permissions.authorize.mockImplementation(async requests =>
        requests.map(r => ({
          result:
            r.permission.name ===
            standardArchitectureForceRefreshPermission.name
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })),
      );
      const res = await backend.post('/refresh?force=true');
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        'Not allowed to bypass the removal guard (force)',
      );
      expect(backend.scheduler.triggerTask).not.toHaveBeenCalled();
      expect(backend.auditor.createEvent).not.toHaveBeenCalled();

      await backend.ingest();
      const status = await backend.get('/status');
      expect(status.body.ingestion.details.forcedBy).toBeUndefined();

      // The same caller may still refresh without force.
      const plain = await backend.post('/refresh');
      expect(plain.status).toBe(202);
    });
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
