import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ANNOTATIONS } from '@internal/plugin-standard-architecture-common';
import request from 'supertest';
import { standardStoreServiceRef, StandardStore } from '../lib/standardStore';
import { standardArchitecturePlugin } from '../plugin';

const API = '/api/standard-architecture';
const auth = () => mockCredentials.user.header();

const service = (
  name: string,
  owner: string,
  tools: string[],
  extra: { annotations?: Record<string, string>; system?: string } = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    title: name.toUpperCase(),
    annotations: extra.annotations ?? {},
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

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const ENTITIES: Entity[] = [
  group('team-a'),
  group('team-b'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'group:default/team-b' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-b' }],
  },
  service(
    'service-a',
    'group:default/team-a',
    ['ingress-nginx', 'lens', 'argo-cd'],
    { annotations: { [ANNOTATIONS.baseImage]: 'openjdk:21' } },
  ),
  service('service-b', 'group:default/team-a', ['ingress-nginx', 'jaeger'], {
    system: 'system:default/payments',
  }),
  service('service-c', 'group:default/team-b', ['argo-cd', 'ingress-nginx'], {
    system: 'system:default/payments',
  }),
  service('service-d', 'group:default/team-b', []),
];

function baseFeatures() {
  return [
    standardArchitecturePlugin,
    catalogServiceMock.factory({ entities: ENTITIES }),
    mockServices.rootConfig.factory({ data: {} }),
    // Requests without a token are anonymous, as in production.
    mockServices.httpAuth.factory({
      defaultCredentials: mockCredentials.none(),
    }),
  ];
}

describe('standard-architecture router', () => {
  let server: any;

  beforeAll(async () => {
    ({ server } = await startTestBackend({ features: baseFeatures() }));
  });

  const get = (path: string) =>
    request(server).get(`${API}${path}`).set('Authorization', auth());

  describe('GET /health', () => {
    it('answers without credentials', async () => {
      const res = await request(server).get(`${API}/health`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });
  });

  describe('GET /editions', () => {
    it('lists the bundled editions with the latest as current', async () => {
      const res = await get('/editions');
      expect(res.status).toBe(200);
      expect(res.body.current).toBe(2026);
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
      ).toMatchObject({
        year: 2026,
        replaces: ['lens'],
      });
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
      expect(res.body.error.message).toMatch(/^to must be a four-digit year/);
    });

    it('answers 404 for an unknown edition, naming the parameter', async () => {
      const res = await get('/diff?from=2025&to=2031');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/^to: no edition 2031/);
    });
  });

  describe('GET /recommendations', () => {
    it('judges the entity dependencies and base images, earliest deadline first', async () => {
      const res = await get(
        '/recommendations?entityRef=component:default/service-a',
      );
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe('component:default/service-a');
      expect(res.body.edition).toBe(2026);
      expect(res.body.tools.map((t: any) => [t.tool, t.status])).toEqual([
        ['ingress-nginx', 'caution'],
        ['lens', 'deprecated'],
        ['argo-cd', 'recommended'],
      ]);
      expect(res.body.tools[0]).toMatchObject({
        deadline: '2026-03-31',
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
      const res = await get('/recommendations?entityRef=service-b');
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe('component:default/service-b');
    });

    it('judges a System by the dependencies of its parts', async () => {
      const res = await get(
        '/recommendations?entityRef=system:default/payments',
      );
      expect(res.status).toBe(200);
      expect(res.body.entityRef).toBe('system:default/payments');
      expect(res.body.tools.map((t: any) => [t.tool, t.status])).toEqual([
        ['ingress-nginx', 'caution'],
        ['jaeger', 'deprecated'],
        ['argo-cd', 'recommended'],
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
    let body: any;
    beforeAll(async () => {
      res = await get('/adoption');
      body = res.body;
    });

    it('counts dependents per tool, most used first', () => {
      expect(res.status).toBe(200);
      expect(body.edition).toBe(2026);
      expect(body.tools.map((t: any) => [t.tool, t.dependents])).toEqual([
        ['ingress-nginx', 3],
        ['argo-cd', 2],
        ['jaeger', 1],
        ['lens', 1],
      ]);
    });

    it('splits each tool dependents by owner', () => {
      const byTool = Object.fromEntries(
        body.tools.map((t: any) => [t.tool, t.byOwner]),
      );
      expect(byTool['ingress-nginx']).toEqual({
        'group:default/team-a': 2,
        'group:default/team-b': 1,
      });
      expect(byTool['argo-cd']).toEqual({
        'group:default/team-a': 1,
        'group:default/team-b': 1,
      });
      expect(byTool.lens).toEqual({ 'group:default/team-a': 1 });
    });

    it('lists the risky tools still in use with who uses them', () => {
      expect(body.atRisk.map((t: any) => [t.tool, t.status])).toEqual([
        ['ingress-nginx', 'caution'],
        ['jaeger', 'deprecated'],
        ['lens', 'deprecated'],
      ]);
      const [nginx, jaeger, lens] = body.atRisk;
      expect(nginx.deadline).toBe('2026-03-31');
      expect(nginx.replacement).toEqual(['Gateway API']);
      expect(jaeger.replacement).toEqual(['Tempo']);
      expect(lens.replacement).toEqual(['Headlamp']);
      expect(
        nginx.dependentEntities.map((d: any) => d.entityRef).sort(),
      ).toEqual([
        'component:default/service-a',
        'component:default/service-b',
        'component:default/service-c',
      ]);
      expect(lens.dependentEntities).toEqual([
        {
          entityRef: 'component:default/service-a',
          title: 'SERVICE-A',
          owner: 'group:default/team-a',
        },
      ]);
    });
  });

  describe('GET /groups/:namespace/:name/report', () => {
    it("lists the team's risky dependencies, earliest deadline first", async () => {
      const res = await get('/groups/default/team-a/report');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        group: 'group:default/team-a',
        edition: 2026,
        entities: 2,
      });
      expect(
        res.body.items.map((i: any) => [i.entityRef, i.tool, i.deadline]),
      ).toEqual([
        ['component:default/service-a', 'ingress-nginx', '2026-03-31'],
        ['component:default/service-b', 'ingress-nginx', '2026-03-31'],
        ['component:default/service-b', 'jaeger', undefined],
        ['component:default/service-a', 'lens', undefined],
      ]);
      expect(res.body.items[3]).toMatchObject({
        status: 'deprecated',
        name: 'Lens',
        replacement: ['Headlamp'],
      });
    });

    it('reports what the group owns directly, not the parts of its systems', async () => {
      // team-b owns the payments system, service-c and service-d; service-b
      // (team-a, with jaeger) is part of payments but not team-b's.
      const res = await get('/groups/default/team-b/report');
      expect(res.status).toBe(200);
      expect(res.body.entities).toBe(3);
      expect(res.body.items.map((i: any) => [i.entityRef, i.tool])).toEqual([
        ['component:default/service-c', 'ingress-nginx'],
      ]);
    });

    it('answers 404 for an unknown group', async () => {
      const res = await get('/groups/default/nobody/report');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        'group: no group group:default/nobody',
      );
    });
  });

  describe('authentication', () => {
    it.each([
      ['get', '/editions'],
      ['get', '/editions/2026'],
      ['get', '/diff?from=2025&to=2026'],
      ['get', '/recommendations?entityRef=component:default/service-a'],
      ['get', '/adoption'],
      ['get', '/groups/default/team-a/report'],
      ['post', '/refresh'],
    ] as const)(
      '%s %s answers 401 without credentials',
      async (method, path) => {
        const res = await request(server)[method](`${API}${path}`);
        expect(res.status).toBe(401);
      },
    );
  });
});

describe('POST /refresh', () => {
  const post = (server: any, path = '/refresh') =>
    request(server).post(`${API}${path}`).set('Authorization', auth());

  it('answers 403 when the refresh permission is denied', async () => {
    const store = new StandardStore();
    const refresher = jest.fn();
    store.setRefresher(refresher);
    const { server } = await startTestBackend({
      features: [
        ...baseFeatures(),
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
        createServiceFactory({
          service: standardStoreServiceRef,
          deps: {},
          factory: () => store,
        }),
      ],
    });
    const res = await post(server);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Not allowed to refresh the standard');
    expect(refresher).not.toHaveBeenCalled();
  });

  it('answers 503 with a clear message without the catalog module', async () => {
    const { server } = await startTestBackend({
      features: [
        ...baseFeatures(),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      ],
    });
    const res = await post(server);
    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe(
      'No ingestion to run: add the catalog module catalogModuleStandardArchitecture to the backend',
    );
  });

  describe('with an ingestion to run', () => {
    const store = new StandardStore();
    const refresher = jest.fn();
    store.setRefresher(refresher);
    let server: any;

    beforeAll(async () => {
      ({ server } = await startTestBackend({
        features: [
          ...baseFeatures(),
          mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
          createServiceFactory({
            service: standardStoreServiceRef,
            deps: {},
            factory: () => store,
          }),
        ],
      }));
    });

    beforeEach(() => refresher.mockReset());

    it('runs it and answers 200 with the result', async () => {
      refresher.mockResolvedValue({
        entities: 58,
        editions: [2022, 2023, 2024, 2025, 2026],
      });
      const res = await post(server);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        entities: 58,
        editions: [2022, 2023, 2024, 2025, 2026],
      });
      expect(refresher).toHaveBeenCalledWith({ force: false });
    });

    it('passes force=true through', async () => {
      refresher.mockResolvedValue({ entities: 3, editions: [2026] });
      const res = await post(server, '/refresh?force=true');
      expect(res.status).toBe(200);
      expect(refresher).toHaveBeenCalledWith({ force: true });
    });

    it('answers 409 when the removal guard refuses', async () => {
      refresher.mockRejectedValue(
        new ConflictError('refusing to remove 49 of 52 entities'),
      );
      const res = await post(server);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toBe(
        'refusing to remove 49 of 52 entities',
      );
    });

    it('answers 503 naming the failure when ingestion fails', async () => {
      refresher.mockRejectedValue(
        new Error('https://example.com/2027.yaml: is empty'),
      );
      const res = await post(server);
      expect(res.status).toBe(503);
      expect(res.body.error.message).toBe(
        'Refresh failed; the catalog keeps its previous entities: https://example.com/2027.yaml: is empty',
      );
    });
  });
});
