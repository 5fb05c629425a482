import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATIONS,
  STANDARD_PROVIDER_NAME,
} from '@k8s-standard/plugin-standard-architecture-common';
import { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import { UsageIndex } from '../database/UsageIndex';
import { postgresTestDatabaseIds } from '../__testUtils__/postgresTestDatabaseIds';
import { UsageIndexSync } from './UsageIndexSync';

const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresTestDatabaseIds()],
  disableDocker: true,
});

jest.setTimeout(60_000);

const entity = (i: number, tools: string[], etag = 'v1'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { namespace: 'default', name: `svc-${i}`, etag },
  spec: { type: 'service' },
  relations: [
    { type: 'ownedBy', targetRef: `group:default/team-${i % 2}` },
    ...tools.map(t => ({
      type: 'dependsOn',
      targetRef: `component:default/${t}`,
    })),
  ],
});

/**
 * The catalog's paging contract over a fixed list; `failOnPage` makes the
 * read of that page fail, as a catalog restart in the middle of a sync would.
 */
function pagedCatalog(entities: Entity[], failOnPage?: number) {
  let pages = 0;
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const catalog = {
    async queryEntities(req: any) {
      pages++;
      if (pages === failOnPage) throw new Error('catalog went away');
      const offset = req.cursor ? Number(req.cursor) : 0;
      const items = entities.slice(offset, offset + req.limit);
      const next = offset + req.limit;
      return {
        items,
        totalItems: 0,
        pageInfo: next < entities.length ? { nextCursor: String(next) } : {},
      };
    },
    async getEntitiesByRefs(req: any) {
      return { items: req.entityRefs.map((r: string) => byRef.get(r)) };
    },
  };
  return catalog as unknown as CatalogService;
}

async function consistent(knex: Knex) {
  const rows = await knex('sa_usage')
    .select('tool_id', 'owner')
    .count({ n: '*' })
    .groupBy('tool_id', 'owner');
  const counts = await knex('sa_usage_counts').select();
  const key = (r: any) => `${r.tool_id} ${r.owner}`;
  expect(
    Object.fromEntries(counts.map(c => [key(c), Number(c.dependents)])),
  ).toEqual(Object.fromEntries(rows.map(r => [key(r), Number(r.n)])));
  const owners = await knex('sa_entities')
    .select('owner')
    .count({ n: '*' })
    .groupBy('owner');
  const ownerCounts = await knex('sa_owner_counts').select();
  expect(
    Object.fromEntries(ownerCounts.map(o => [o.owner, Number(o.entities)])),
  ).toEqual(Object.fromEntries(owners.map((o: any) => [o.owner, Number(o.n)])));
}

describe('UsageIndexSync', () => {
  it.each(databases.eachSupportedId())(
    'leaves the index consistent when a sync dies halfway, on %s',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const logger = mockServices.logger.mock();
      await migrateDatabase(knex, logger);
      const index = new UsageIndex(knex);
      const auth = mockServices.auth();
      const options = { kinds: ['Component'], pageSize: 3 };

      const first = Array.from({ length: 9 }, (_, i) =>
        entity(i, ['ingress-nginx', i % 3 === 0 ? 'lens' : 'argo-cd']),
      );
      const done = await new UsageIndexSync(
        pagedCatalog(first),
        auth,
        index,
        logger,
        options,
      ).run();
      expect(done).toMatchObject({ seen: 9, changed: 9, removed: 0, pages: 3 });
      const { asOf } = await index.state();
      expect(asOf).toBeDefined();
      await consistent(knex);

      // Every service moves from ingress-nginx to gateway-api; the catalog fails on page 2.
      const second = first.map((_, i) =>
        entity(i, ['gateway-api', i % 3 === 0 ? 'lens' : 'argo-cd'], 'v2'),
      );
      await expect(
        new UsageIndexSync(
          pagedCatalog(second, 2),
          auth,
          index,
          logger,
          options,
        ).run(),
      ).rejects.toThrow('catalog went away');

      // Page 1 was written whole, the rest not at all; counts match rows; asOf stays.
      await consistent(knex);
      const counts = Object.fromEntries(
        (await index.usageCounts()).map(c => [
          `${c.toolId} ${c.owner}`,
          c.dependents,
        ]),
      );
      expect(
        (counts['gateway-api group:default/team-0'] ?? 0) +
          (counts['gateway-api group:default/team-1'] ?? 0),
      ).toBe(3);
      expect(await index.entityCount()).toBe(9);
      expect((await index.state()).asOf).toBe(asOf);

      // The next sync finishes the job, rewriting only what changed.
      const resumed = await new UsageIndexSync(
        pagedCatalog(second),
        auth,
        index,
        logger,
        options,
      ).run();
      expect(resumed).toMatchObject({ seen: 9, changed: 6 });
      expect(await index.dependentCount({ toolIds: ['ingress-nginx'] })).toBe(
        0,
      );
      expect(await index.dependentCount({ toolIds: ['gateway-api'] })).toBe(9);
      await consistent(knex);

      // Deleted from the catalog: gone from the index after a complete pass.
      const third = second.slice(0, 5);
      const removed = await new UsageIndexSync(
        pagedCatalog(third),
        auth,
        index,
        logger,
        options,
      ).run();
      expect(removed).toMatchObject({ seen: 5, changed: 0, removed: 4 });
      expect(await index.entityCount()).toBe(5);
      await consistent(knex);
    },
  );
});

/** A field of an entity as the catalog's `fields` projection reads it. */
function project(source: Entity, fields: string[]): Entity {
  const out: any = {};
  for (const field of fields) {
    const annotation = /^metadata\.annotations\.(.+)$/.exec(field);
    const path = annotation
      ? ['metadata', 'annotations', annotation[1]]
      : field.split('.');
    let value: any = source;
    for (const key of path) value = value?.[key];
    if (value === undefined) continue;
    let target = out;
    path.slice(0, -1).forEach(key => {
      target = target[key] ??= {};
    });
    target[path[path.length - 1]] = value;
  }
  return out;
}

describe('UsageIndexSync and Components of type tool', () => {
  it.each(databases.eachSupportedId())(
    'skips the standard’s tools but indexes a hand-written one, on %s',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const logger = mockServices.logger.mock();
      await migrateDatabase(knex, logger);
      const index = new UsageIndex(knex);

      const tool = (name: string, annotations: Record<string, string>) => ({
        ...entity(0, ['argo-cd']),
        metadata: { namespace: 'default', name, etag: 'v1', annotations },
        spec: { type: 'tool' },
      });
      const entities = [
        entity(1, ['ingress-nginx']),
        // The standard's own tool, as the provider writes it.
        tool('jaeger', {
          [ANNOTATIONS.provider]: STANDARD_PROVIDER_NAME,
          [ANNOTATIONS.toolId]: 'jaeger',
        }),
        // A team's own CLI, described as a tool in its catalog-info.yaml.
        tool('release-cli', {
          'backstage.io/managed-by-location':
            'url:https://git.example.com/team-0/release-cli/catalog-info.yaml',
        }),
      ];
      // Like the real catalog: pages carry only the requested fields.
      const full = pagedCatalog(entities) as any;
      const catalog = {
        queryEntities: async (req: any) => {
          const page = await full.queryEntities(req);
          return {
            ...page,
            items: page.items.map((e: Entity) => project(e, req.fields)),
          };
        },
        getEntitiesByRefs: full.getEntitiesByRefs,
      } as unknown as CatalogService;

      const result = await new UsageIndexSync(
        catalog,
        mockServices.auth(),
        index,
        logger,
        { kinds: ['Component'], pageSize: 2 },
      ).run();

      expect(result).toMatchObject({ seen: 2, changed: 2 });
      expect((await index.allEntityRefs()).sort()).toEqual([
        'component:default/release-cli',
        'component:default/svc-1',
      ]);
      // The hand-written tool is a user of the tools it depends on.
      expect(
        (await index.entityUsage('component:default/release-cli'))?.tools.map(
          t => t.toolId,
        ),
      ).toEqual(['argo-cd']);
      expect(
        await index.entityUsage('component:default/jaeger'),
      ).toBeUndefined();
      await consistent(knex);
    },
  );
});
