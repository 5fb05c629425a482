import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { standardArchitecturePlugin, USAGE_SYNC_TASK_ID } from '../plugin';
import { INGESTION_TASK_ID } from '../service/router';

const API = '/api/standard-architecture';
const GUEST = 'user:default/guest';
const HIDDEN_FROM_GUEST = 'component:default/service-b';
const ACTIONS = [
  'get-edition',
  'diff-editions',
  'get-recommendations',
  'check-stack',
  'list-dependents',
];

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const service = (name: string, owner: string, tools: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', etag: `etag-${name}` },
  spec: { type: 'service', lifecycle: 'production', owner },
  relations: [
    { type: 'ownedBy', targetRef: owner },
    ...tools.map(tool => ({
      type: 'dependsOn',
      targetRef: `component:default/${tool}`,
    })),
  ],
});

const ENTITIES = [
  service('service-a', 'group:default/team-a', [
    'ingress-nginx',
    'jaeger',
    'argo-cd',
  ]),
  service('service-b', 'group:default/team-a', ['ingress-nginx']),
  service('service-c', 'group:default/team-b', ['ingress-nginx', 'argo-cd']),
];

const isGuest = (credentials?: BackstageCredentials) =>
  (credentials?.principal as { userEntityRef?: string })?.userEntityRef ===
  GUEST;

/** A catalog that hides service-b from GUEST, as a permission policy would. */
const catalogFactory = createServiceFactory({
  service: catalogServiceRef,
  deps: {},
  factory: () => {
    const inner = catalogServiceMock({ entities: ENTITIES });
    const visible = (ref: string, credentials?: BackstageCredentials) =>
      !(isGuest(credentials) && ref === HIDDEN_FROM_GUEST);
    const catalog: Partial<CatalogService> = {
      getEntities: (req, options) => inner.getEntities(req, options),
      queryEntities: (req, options) => inner.queryEntities(req, options),
      async getEntitiesByRefs(req, options) {
        const { items } = await inner.getEntitiesByRefs(req, options);
        return {
          items: items.map((e, i) =>
            e && visible(req.entityRefs[i], options.credentials)
              ? e
              : undefined,
          ),
        };
      },
      async getEntityByRef(ref, options) {
        const entity = await inner.getEntityByRef(ref, options);
        return entity &&
          visible(stringifyEntityRef(entity), options.credentials)
          ? entity
          : undefined;
      },
    };
    return catalog as CatalogService;
  },
});

/** GUEST's catalog reads are conditional: the catalog decides per entity. */
const permissionsFactory = createServiceFactory({
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
          isGuest(credentials)
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

describe('standard-architecture actions', () => {
  const registry = actionsRegistryServiceMock();
  const scheduler = mockServices.scheduler.mock();
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  const runTask = async (id: string) => {
    const call = scheduler.scheduleTask.mock.calls.find(([t]) => t.id === id);
    await call![0].fn(new AbortController().signal);
  };
  const invoke = async (
    name: string,
    input: object,
    credentials = mockCredentials.user(),
  ) => {
    const { output } = await registry.invoke({
      id: `test:${name}`,
      input: input as any,
      credentials,
    });
    return output as any;
  };
  const failure = (name: string, input: object) =>
    invoke(name, input).then(
      () => {
        throw new Error(`${name} accepted ${JSON.stringify(input)}`);
      },
      error => error,
    );
  const rest = async (path: string, authorization?: string) => {
    const res = await request(server)
      .get(`${API}${path}`)
      .set('Authorization', authorization ?? mockCredentials.user.header());
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        standardArchitecturePlugin,
        catalogFactory,
        permissionsFactory,
        scheduler.factory,
        createServiceFactory({
          service: actionsRegistryServiceRef,
          deps: {},
          factory: () => registry,
        }),
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    }));
  });

  it('registers five read-only, idempotent actions with input and output schemas', async () => {
    const { actions } = await registry.list();
    expect(actions.map(a => a.name).sort()).toEqual([...ACTIONS].sort());
    for (const action of actions) {
      expect(action.attributes).toEqual({
        readOnly: true,
        idempotent: true,
        destructive: false,
      });
      expect(action.description.length).toBeGreaterThan(100);
      expect(action.schema.input).toMatchObject({ type: 'object' });
      expect(action.schema.output).toMatchObject({ type: 'object' });
      expect(Object.keys(action.schema.output.properties ?? {})).not.toEqual(
        [],
      );
    }
  });

  it('says the standard is not ingested yet, like the REST API', async () => {
    const error = await failure('check-stack', { tools: ['argo-cd'] });
    expect(error.name).toBe('ServiceUnavailableError');
    expect(error.message).toBe('The standard has not been ingested yet');
  });

  describe('after ingestion and sync', () => {
    let latest: number;
    beforeAll(async () => {
      await runTask(INGESTION_TASK_ID);
      await runTask(USAGE_SYNC_TASK_ID);
      latest = (await rest('/editions')).current;
    });

    describe('get-edition', () => {
      it('defaults to the current edition, with the REST verdicts and layers', async () => {
        const output = await invoke('get-edition', {});
        const edition = await rest(`/editions/${latest}`);
        expect(output).toMatchObject({ year: latest, current: true });
        expect(output.editions).toContain(latest);
        expect(output.layers).toEqual(
          edition.layers.map((l: any) => ({
            id: l.id,
            categories: l.categories.map((c: any) => ({
              id: c.id,
              name: c.name,
            })),
          })),
        );
        expect(
          Object.fromEntries(output.tools.map((t: any) => [t.id, t.verdict])),
        ).toEqual(edition.verdicts);
        const jaeger = output.tools.find((t: any) => t.id === 'jaeger');
        expect(jaeger).toMatchObject({
          layer: 'observability',
          status: 'removed',
          replacement: { tools: [{ id: 'tempo', name: 'Tempo' }] },
        });
      });

      it('answers an earlier year with that edition', async () => {
        const year = latest - 2;
        const output = await invoke('get-edition', { year });
        const edition = await rest(`/editions/${year}`);
        expect(output).toMatchObject({ year, current: false });
        expect(output.tools.map((t: any) => t.id)).toEqual(
          edition.tools.map((t: any) => t.id),
        );
        expect(
          Object.fromEntries(output.tools.map((t: any) => [t.id, t.verdict])),
        ).toEqual(edition.verdicts);
      });

      it('names the field in input errors', async () => {
        const short = await failure('get-edition', { year: 26 });
        expect(short.name).toBe('InputError');
        expect(short.message).toBe('year must be a four-digit year, got "26"');

        const unknown = await failure('get-edition', { year: 1999 });
        expect(unknown.name).toBe('NotFoundError');
        expect(unknown.message).toMatch(/^year: no edition 1999; known: 2022,/);

        // Type errors are the registry's: the field is in the zod cause.
        const text = await failure('get-edition', { year: 'latest' });
        expect(text.name).toBe('InputError');
        expect(text.cause.issues.map((i: any) => i.path)).toEqual([['year']]);
      });
    });

    describe('diff-editions', () => {
      it('answers what GET /diff answers', async () => {
        const output = await invoke('diff-editions', {
          from: latest - 1,
          to: latest,
        });
        expect(output).toEqual(
          await rest(`/diff?from=${latest - 1}&to=${latest}`),
        );
        expect(output.removed.map((c: any) => c.tool)).toContain('jaeger');
      });

      it('names the field in input errors', async () => {
        const missing = await failure('diff-editions', { from: latest });
        expect(missing.name).toBe('InputError');
        expect(missing.cause.issues.map((i: any) => i.path)).toEqual([['to']]);

        const unknown = await failure('diff-editions', {
          from: 1999,
          to: latest,
        });
        expect(unknown.name).toBe('NotFoundError');
        expect(unknown.message).toMatch(/^from: no edition 1999/);
      });
    });

    describe('get-recommendations', () => {
      it('answers what GET /recommendations answers, most urgent first', async () => {
        const output = await invoke('get-recommendations', {
          entityRef: 'service-a',
        });
        const body = await rest(
          '/recommendations?entityRef=component:default/service-a',
        );
        expect(output).toMatchObject({
          entityRef: 'component:default/service-a',
          edition: body.edition,
          indexed: true,
        });
        expect(
          output.tools.map((t: any) => [t.tool, t.verdict, t.replacement]),
        ).toEqual(
          body.tools.map((t: any) => [t.tool, t.verdict, t.replacement]),
        );
        expect(output.tools.map((t: any) => t.tool)).toEqual([
          'ingress-nginx',
          'jaeger',
          'argo-cd',
        ]);
        expect(output.tools[0]).toMatchObject({
          deadline: '2026-03',
          replacement: { successor: { name: 'Gateway API' } },
          declared: true,
          detected: false,
        });
      });

      it("acts with the caller's credentials", async () => {
        await expect(
          invoke('get-recommendations', { entityRef: HIDDEN_FROM_GUEST }),
        ).resolves.toMatchObject({ entityRef: HIDDEN_FROM_GUEST });
        await expect(
          invoke(
            'get-recommendations',
            { entityRef: HIDDEN_FROM_GUEST },
            mockCredentials.user(GUEST),
          ),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message: `entityRef: no entity ${HIDDEN_FROM_GUEST}`,
        });
      });

      it('names the field in input errors', async () => {
        const error = await failure('get-recommendations', {
          entityRef: ':::bad',
        });
        expect(error.name).toBe('InputError');
        expect(error.message).toMatch(
          /^entityRef ":::bad" is not a valid entity ref/,
        );
      });
    });

    describe('check-stack', () => {
      it('gives the verdicts of the current edition for jaeger, ingress-nginx and argo-cd', async () => {
        const output = await invoke('check-stack', {
          tools: ['jaeger', 'ingress-nginx', 'argo-cd'],
        });
        const { verdicts } = await rest(`/editions/${latest}`);
        expect(output.edition).toBe(latest);
        expect(output.tools.map((t: any) => [t.tool, t.verdict])).toEqual([
          ['jaeger', verdicts.jaeger],
          ['ingress-nginx', verdicts['ingress-nginx']],
          ['argo-cd', verdicts['argo-cd']],
        ]);
        const [jaeger, nginx, argo] = output.tools;
        expect(jaeger).toMatchObject({
          found: true,
          verdict: { verdict: 'removed', severity: 'critical' },
          replacement: { tools: [{ id: 'tempo', name: 'Tempo' }] },
        });
        expect(nginx).toMatchObject({
          found: true,
          verdict: {
            verdict: 'end-of-life',
            severity: 'critical',
            deadline: '2026-03',
            deadlineSource: 'standard',
          },
          deadline: '2026-03',
          replacement: { successor: { name: 'Gateway API' } },
        });
        expect(argo).toMatchObject({
          found: true,
          verdict: { verdict: 'recommended', severity: 'ok' },
        });
        expect(argo.replacement).toBeUndefined();
      });

      it('matches display names, ids and Korean names in any case; reports unknown tools', async () => {
        const output = await invoke('check-stack', {
          tools: [
            'Argo CD',
            'ARGO-CD',
            'ArgoCD',
            'argo cd',
            'Ingress NGINX Controller',
            'ingress nginx controller',
            '예거',
            'Kubernetes Dashboard',
          ],
        });
        expect(output.tools.map((t: any) => [t.input, t.tool])).toEqual([
          ['Argo CD', 'argo-cd'],
          ['ARGO-CD', 'argo-cd'],
          ['ArgoCD', 'argo-cd'],
          ['argo cd', 'argo-cd'],
          ['Ingress NGINX Controller', 'ingress-nginx'],
          ['ingress nginx controller', 'ingress-nginx'],
          ['예거', 'jaeger'],
          ['Kubernetes Dashboard', undefined],
        ]);
        expect(output.tools[7]).toEqual({
          input: 'Kubernetes Dashboard',
          found: false,
          message: 'not in the standard',
        });
      });

      it('names the field in input errors', async () => {
        const empty = await failure('check-stack', { tools: [] });
        expect(empty.name).toBe('InputError');
        expect(empty.message).toBe(
          'tools must list at least one tool name or id',
        );

        const blank = await failure('check-stack', { tools: ['argo-cd', ' '] });
        expect(blank.name).toBe('InputError');
        expect(blank.message).toBe('tools[1] is empty');

        const notAList = await failure('check-stack', { tools: 'argo-cd' });
        expect(notAList.name).toBe('InputError');
        expect(notAList.cause.issues.map((i: any) => i.path)).toEqual([
          ['tools'],
        ]);
      });
    });

    describe('list-dependents', () => {
      it('pages like GET /tools/:toolId/dependents', async () => {
        const first = await invoke('list-dependents', {
          toolId: 'ingress-nginx',
          limit: 2,
        });
        expect(first).toEqual(
          await rest('/tools/ingress-nginx/dependents?limit=2'),
        );
        expect(first.total).toBe(3);
        expect(first.nextCursor).toEqual(expect.any(String));

        const second = await invoke('list-dependents', {
          toolId: 'ingress-nginx',
          limit: 2,
          cursor: first.nextCursor,
        });
        expect(second).toEqual(
          await rest(
            `/tools/ingress-nginx/dependents?limit=2&cursor=${first.nextCursor}`,
          ),
        );
        expect(
          [...first.items, ...second.items].map((d: any) => d.entityRef),
        ).toEqual([
          'component:default/service-a',
          'component:default/service-b',
          'component:default/service-c',
        ]);
        expect(second.nextCursor).toBeUndefined();
      });

      it('lists only what the caller may read, as the REST route does', async () => {
        const output = await invoke(
          'list-dependents',
          { toolId: 'ingress-nginx' },
          mockCredentials.user(GUEST),
        );
        expect(output).toEqual(
          await rest(
            '/tools/ingress-nginx/dependents',
            mockCredentials.user.header(GUEST),
          ),
        );
        expect(output.total).toBe(3);
        expect(output.items.map((d: any) => d.entityRef)).toEqual([
          'component:default/service-a',
          'component:default/service-c',
        ]);
      });

      it('filters by owner and source', async () => {
        const output = await invoke('list-dependents', {
          toolId: 'ingress-nginx',
          owner: 'team-b',
          source: 'declared',
        });
        expect(output.items.map((d: any) => d.entityRef)).toEqual([
          'component:default/service-c',
        ]);
      });

      it('names the field in input errors', async () => {
        await expect(
          failure('list-dependents', { toolId: 'ingress-nginx', limit: 0 }),
        ).resolves.toMatchObject({
          name: 'InputError',
          message: 'limit must be an integer from 1 to 500, got "0"',
        });
        await expect(
          failure('list-dependents', { toolId: 'not a tool!' }),
        ).resolves.toMatchObject({
          name: 'InputError',
          message: expect.stringMatching(/^toolId must be a catalog name/),
        });
        await expect(
          failure('list-dependents', { toolId: 'nope' }),
        ).resolves.toMatchObject({
          name: 'NotFoundError',
          message: 'toolId: the standard has no tool nope',
        });
        await expect(
          failure('list-dependents', {
            toolId: 'ingress-nginx',
            cursor: 'bogus',
          }),
        ).resolves.toMatchObject({
          name: 'InputError',
          message: expect.stringMatching(
            /^cursor is not one this API returned/,
          ),
        });
      });
    });
  });
});
