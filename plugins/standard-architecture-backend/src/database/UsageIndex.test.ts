/* eslint jest/no-standalone-expect: ["error", { "additionalTestBlockFunctions": ["itWithTwoClients"] }] */
import { readdirSync } from 'fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { postgresTestDatabaseIds } from '../__testUtils__/postgresTestDatabaseIds';
import { migrateDatabase } from './migrateDatabase';
import { IndexedEntity, UsageIndex } from './UsageIndex';

// PostgreSQL joins when its connection string is exported (scripts/postgres.sh).
const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresTestDatabaseIds()],
  disableDocker: true,
});

jest.setTimeout(60_000);

const TABLES = [
  'sa_editions',
  'sa_standard',
  'sa_job_runs',
  'sa_index_state',
  'sa_entities',
  'sa_usage',
  'sa_usage_counts',
  'sa_owner_counts',
];

// Every migration the package ships, in the order knex applies them.
const MIGRATION_FILES = readdirSync(
  resolvePackagePath(
    '@k8s-standard/plugin-standard-architecture-backend',
    'migrations',
  ),
)
  .filter(name => name.endsWith('.js'))
  .sort();

const TEAM_A = 'group:default/team-a';
const TEAM_B = 'group:default/team-b';

const entity = (
  name: string,
  owner: string | undefined,
  declaredTools: string[],
  extra: Partial<IndexedEntity> = {},
): IndexedEntity => ({
  entityRef: `component:default/${name}`,
  kind: 'Component',
  type: 'service',
  owner,
  title: name.toUpperCase(),
  etag: `${name}-1`,
  baseImages: [],
  declaredTools,
  ...extra,
});

const truthy = (v: unknown) => v === true || v === 1 || v === '1';

describe.each(databases.eachSupportedId())(
  'UsageIndex on %s',
  (databaseId: TestDatabaseId) => {
    const logger = mockServices.logger.mock();

    async function migrated() {
      const knex = await databases.init(databaseId);
      await migrateDatabase(knex, logger);
      return { knex, index: new UsageIndex(knex) };
    }

    /** Every (entity, tool) row, as `ref tool owner declared/detected`. */
    async function usageRows(knex: Knex) {
      const rows = await knex('sa_usage')
        .orderBy(['entity_ref', 'tool_id'])
        .select('entity_ref', 'tool_id', 'owner', 'declared', 'detected');
      return rows.map(
        r =>
          `${r.entity_ref.replace('component:default/', '')} ${r.tool_id} ${
            r.owner || '-'
          }${truthy(r.declared) ? ' declared' : ''}${
            truthy(r.detected) ? ' detected' : ''
          }`,
      );
    }

    /**
     * The aggregates must equal what the rows say, whatever happened before:
     * dependents per (tool, owner), entities in all and per owner, usages.
     */
    async function expectConsistent(knex: Knex, index: UsageIndex) {
      const usage = await knex('sa_usage').select('tool_id', 'owner');
      const perToolOwner = new Map<string, number>();
      for (const r of usage) {
        const key = `${r.tool_id} ${r.owner || '-'}`;
        perToolOwner.set(key, (perToolOwner.get(key) ?? 0) + 1);
      }
      const counts = await index.usageCounts();
      expect(
        counts.map(c => `${c.toolId} ${c.owner ?? '-'} ${c.dependents}`).sort(),
      ).toEqual([...perToolOwner].map(([k, n]) => `${k} ${n}`).sort());
      expect(await index.usageCount()).toBe(usage.length);

      const entities = await knex('sa_entities').select('owner');
      expect(await index.entityCount()).toBe(entities.length);
      const perOwner = new Map<string, number>();
      for (const e of entities) {
        perOwner.set(e.owner, (perOwner.get(e.owner) ?? 0) + 1);
      }
      for (const [owner, n] of perOwner) {
        expect(await index.entityCount([owner])).toBe(n);
      }
      // No leftover zero rows in the aggregates.
      const ownerRows = await knex('sa_owner_counts').select(
        'owner',
        'entities',
      );
      expect(
        ownerRows.map(r => `${r.owner} ${Number(r.entities)}`).sort(),
      ).toEqual([...perOwner].map(([o, n]) => `${o} ${n}`).sort());
      // Every usage row belongs to an indexed entity with the same owner.
      const orphans = await knex('sa_usage as u')
        .leftJoin('sa_entities as e', 'e.entity_ref', 'u.entity_ref')
        .where(q =>
          q.whereNull('e.entity_ref').orWhereRaw('e.owner <> u.owner'),
        )
        .select('u.entity_ref');
      expect(orphans).toEqual([]);
    }

    describe('migrations', () => {
      it('create every table on an empty database, and a second run is a no-op', async () => {
        const knex = await databases.init(databaseId);
        for (const table of TABLES) {
          expect(await knex.schema.hasTable(table)).toBe(false);
        }
        await migrateDatabase(knex, logger);
        for (const table of TABLES) {
          expect(await knex.schema.hasTable(table)).toBe(true);
        }
        const applied = async () =>
          await knex('sa_knex_migrations')
            .orderBy('id')
            .select('name', 'batch');
        const first = await applied();
        expect(first.map(m => m.name)).toEqual(MIGRATION_FILES);
        expect(new Set(first.map(m => m.batch)).size).toBe(1);

        const index = new UsageIndex(knex);
        await index.upsertEntities([entity('a', TEAM_A, ['helm'])], 'sync-1');
        await migrateDatabase(knex, logger);
        expect(await applied()).toEqual(first);
        // Nothing was dropped or recreated.
        expect(await usageRows(knex)).toEqual([
          'a helm group:default/team-a declared',
        ]);
      });

      it('let concurrent calls on one client both resolve, applied once', async () => {
        const knex = await databases.init(databaseId);
        await expect(
          Promise.all([
            migrateDatabase(knex, logger, { pollMs: 20 }),
            migrateDatabase(knex, logger, { pollMs: 20 }),
          ]),
        ).resolves.toEqual([undefined, undefined]);
        expect(
          (await knex('sa_knex_migrations').select('name')).map(m => m.name),
        ).toEqual(MIGRATION_FILES);
      });

      // Two clients on one database, as two replicas starting together have.
      // (Two SQLite clients in memory would be two databases.)
      const itWithTwoClients = databaseId === 'SQLITE_3' ? it.skip : it;
      itWithTwoClients(
        'let two replicas migrate an empty database at once: both resolve, applied once',
        async () => {
          for (let round = 0; round < 3; round++) {
            const knex = await databases.init(databaseId);
            const other = knexFactory({
              ...knex.client.config,
              pool: { min: 0, max: 2 },
            });
            try {
              await expect(
                Promise.all([
                  migrateDatabase(knex, logger, { pollMs: 20 }),
                  migrateDatabase(other, logger, { pollMs: 20 }),
                ]),
              ).resolves.toEqual([undefined, undefined]);
              const applied = await knex('sa_knex_migrations').select('name');
              expect(applied.map(m => m.name)).toEqual(MIGRATION_FILES);
              expect(
                await knex('sa_knex_migrations_lock').select('is_locked'),
              ).toEqual([{ is_locked: 0 }]);
              for (const table of TABLES) {
                expect(await other.schema.hasTable(table)).toBe(true);
              }
            } finally {
              await other.destroy();
            }
          }
        },
      );
    });

    describe('writes keep the aggregates equal to the rows', () => {
      let knex: Knex;
      let index: UsageIndex;

      beforeAll(async () => {
        ({ knex, index } = await migrated());
      });

      it('starts empty', async () => {
        expect(await index.state()).toEqual({ generation: 0 });
        expect(await index.usageCounts()).toEqual([]);
        expect(await index.entityCount()).toBe(0);
        expect(await index.usageCount()).toBe(0);
        await expectConsistent(knex, index);
      });

      it('inserts entities with their declared usage', async () => {
        await index.upsertEntities(
          [
            entity('a', TEAM_A, ['ingress-nginx', 'lens']),
            entity('b', TEAM_A, ['ingress-nginx']),
            entity('c', TEAM_B, []),
            entity('d', undefined, ['argo-cd']),
          ],
          'sync-1',
        );
        expect(await usageRows(knex)).toEqual([
          'a ingress-nginx group:default/team-a declared',
          'a lens group:default/team-a declared',
          'b ingress-nginx group:default/team-a declared',
          'd argo-cd - declared',
        ]);
        expect(
          (await index.usageCounts()).sort((x, y) =>
            `${x.toolId}${x.owner}`.localeCompare(`${y.toolId}${y.owner}`),
          ),
        ).toEqual([
          { toolId: 'argo-cd', dependents: 1 },
          { toolId: 'ingress-nginx', owner: TEAM_A, dependents: 2 },
          { toolId: 'lens', owner: TEAM_A, dependents: 1 },
        ]);
        expect(await index.entityCount()).toBe(4);
        expect(await index.entityCount([TEAM_A])).toBe(2);
        expect(await index.entityCount([TEAM_A, TEAM_B])).toBe(3);
        expect(
          await index.dependentCount({ toolIds: ['ingress-nginx', 'lens'] }),
        ).toBe(3);
        expect(
          await index.dependentCount({
            toolIds: ['ingress-nginx'],
            owners: [TEAM_B],
          }),
        ).toBe(0);
        expect(await index.dependentCount({ toolIds: [] })).toBe(0);
        await expectConsistent(knex, index);
      });

      it('replaces the declared usage of a changed entity', async () => {
        await index.upsertEntities(
          [entity('a', TEAM_A, ['ingress-nginx', 'argo-cd'], { etag: 'a-2' })],
          'sync-2',
        );
        expect(await usageRows(knex)).toEqual([
          'a argo-cd group:default/team-a declared',
          'a ingress-nginx group:default/team-a declared',
          'b ingress-nginx group:default/team-a declared',
          'd argo-cd - declared',
        ]);
        expect(
          await index.etags(['component:default/a', 'component:default/x']),
        ).toEqual(new Map([['component:default/a', 'a-2']]));
        expect(await index.dependentCount({ toolIds: ['lens'] })).toBe(0);
        await expectConsistent(knex, index);
      });

      it('moves the counts when the owner changes', async () => {
        await index.upsertEntities(
          [entity('b', TEAM_B, ['ingress-nginx'], { etag: 'b-2' })],
          'sync-2',
        );
        expect(
          await index.dependentCount({
            toolIds: ['ingress-nginx'],
            owners: [TEAM_A],
          }),
        ).toBe(1);
        expect(
          await index.dependentCount({
            toolIds: ['ingress-nginx'],
            owners: [TEAM_B],
          }),
        ).toBe(1);
        expect(await index.entityCount([TEAM_A])).toBe(1);
        expect(await index.entityCount([TEAM_B])).toBe(2);
        expect(await index.entityCount()).toBe(4);
        await expectConsistent(knex, index);
      });

      it('is idempotent: writing the same entities again changes no count', async () => {
        const before = await index.usageCounts();
        const same = [
          entity('a', TEAM_A, ['ingress-nginx', 'argo-cd'], { etag: 'a-2' }),
          entity('b', TEAM_B, ['ingress-nginx'], { etag: 'b-2' }),
        ];
        await index.upsertEntities(same, 'sync-3');
        await index.upsertEntities(same, 'sync-3');
        expect(
          (await index.usageCounts()).sort((x, y) =>
            `${x.toolId}${x.owner}`.localeCompare(`${y.toolId}${y.owner}`),
          ),
        ).toEqual(
          before.sort((x, y) =>
            `${x.toolId}${x.owner}`.localeCompare(`${y.toolId}${y.owner}`),
          ),
        );
        await expectConsistent(knex, index);
      });

      it('removes entities with their usage, ignoring refs it never had', async () => {
        await index.removeEntities([
          'component:default/a',
          'component:default/never-indexed',
        ]);
        expect(await usageRows(knex)).toEqual([
          'b ingress-nginx group:default/team-b declared',
          'd argo-cd - declared',
        ]);
        expect(await index.entityCount()).toBe(3);
        expect(await index.entityCount([TEAM_A])).toBe(0);
        expect((await index.allEntityRefs()).sort()).toEqual([
          'component:default/b',
          'component:default/c',
          'component:default/d',
        ]);
        await expectConsistent(knex, index);
      });

      it('bumps the generation on every write and records complete syncs', async () => {
        const before = await index.state();
        await index.upsertEntities([entity('e', TEAM_A, [])], 'sync-4');
        const written = await index.state();
        expect(written.generation).toBe(before.generation + 1);
        expect(written.asOf).toBeUndefined();

        const at = new Date('2026-11-23T10:00:00.000Z');
        await index.completeSync('sync-4', at);
        expect(await index.state()).toEqual({
          generation: written.generation + 1,
          syncId: 'sync-4',
          asOf: at.toISOString(),
        });
        // Writing nothing is not a write.
        await index.upsertEntities([], 'sync-5');
        await index.removeEntities([]);
        expect((await index.state()).generation).toBe(written.generation + 1);
      });

      it('stays consistent across batches larger than a statement chunk', async () => {
        const many = Array.from({ length: 1201 }, (_, i) =>
          entity(
            `bulk-${String(i).padStart(4, '0')}`,
            i % 3 ? TEAM_A : TEAM_B,
            ['helm', ...(i % 2 ? ['prometheus'] : [])],
          ),
        );
        await index.upsertEntities(many, 'sync-bulk');
        expect(await index.dependentCount({ toolIds: ['helm'] })).toBe(1201);
        expect(await index.dependentCount({ toolIds: ['prometheus'] })).toBe(
          600,
        );
        await expectConsistent(knex, index);

        // Half of them move to team-b and drop prometheus; 1100 go away.
        await index.upsertEntities(
          many
            .filter((_, i) => i % 2 === 0)
            .map(e => ({ ...e, owner: TEAM_B, declaredTools: ['helm'] })),
          'sync-bulk-2',
        );
        await expectConsistent(knex, index);
        await index.removeEntities(many.slice(0, 1100).map(e => e.entityRef));
        expect(await index.dependentCount({ toolIds: ['helm'] })).toBe(101);
        await expectConsistent(knex, index);
      });
    });

    describe('detected usage', () => {
      let knex: Knex;
      let index: UsageIndex;

      beforeAll(async () => {
        ({ knex, index } = await migrated());
        await index.upsertEntities(
          [entity('scanned', TEAM_A, ['ingress-nginx'])],
          'sync-1',
        );
        // What a repository scanner would write: a detected row, with the
        // aggregate moved in the same transaction.
        await knex.transaction(async tx => {
          await tx('sa_usage').insert({
            entity_ref: 'component:default/scanned',
            tool_id: 'trivy',
            declared: false,
            detected: true,
            evidence_json: JSON.stringify({
              file: '.github/workflows/ci.yaml',
            }),
            owner: TEAM_A,
            kind: 'Component',
            type: 'service',
            sync_id: 'scan-1',
          });
          await tx('sa_usage_counts').insert({
            tool_id: 'trivy',
            owner: TEAM_A,
            dependents: 1,
          });
        });
      });

      it('is kept, with its evidence, when the declared usage changes', async () => {
        await expectConsistent(knex, index);
        await index.upsertEntities(
          [entity('scanned', TEAM_A, ['argo-cd'], { etag: 'scanned-2' })],
          'sync-2',
        );
        expect(await usageRows(knex)).toEqual([
          'scanned argo-cd group:default/team-a declared',
          'scanned trivy group:default/team-a detected',
        ]);
        const trivy = await knex('sa_usage')
          .where({ tool_id: 'trivy' })
          .first('evidence_json');
        expect(JSON.parse(trivy.evidence_json)).toEqual({
          file: '.github/workflows/ci.yaml',
        });
        await expectConsistent(knex, index);
      });

      it('becomes one row, declared and detected, when also declared', async () => {
        await index.upsertEntities(
          [
            entity('scanned', TEAM_A, ['argo-cd', 'trivy'], {
              etag: 'scanned-3',
            }),
          ],
          'sync-3',
        );
        expect(await usageRows(knex)).toEqual([
          'scanned argo-cd group:default/team-a declared',
          'scanned trivy group:default/team-a declared detected',
        ]);
        expect(await index.dependentCount({ toolIds: ['trivy'] })).toBe(1);
        await expectConsistent(knex, index);
      });

      it('moves with its entity to a new owner', async () => {
        await index.upsertEntities(
          [entity('scanned', TEAM_B, ['argo-cd'], { etag: 'scanned-4' })],
          'sync-4',
        );
        expect(await usageRows(knex)).toEqual([
          'scanned argo-cd group:default/team-b declared',
          'scanned trivy group:default/team-b detected',
        ]);
        expect(
          await index.dependentCount({ toolIds: ['trivy'], owners: [TEAM_B] }),
        ).toBe(1);
        await expectConsistent(knex, index);
      });

      it('is found by the source filter', async () => {
        const detected = { toolId: 'trivy', source: 'detected' as const };
        expect(await index.countUsage(detected)).toBe(1);
        expect(
          await index.countUsage({ toolId: 'trivy', source: 'declared' }),
        ).toBe(0);
        expect(await index.usagePage(detected, 10)).toEqual([
          {
            entityRef: 'component:default/scanned',
            toolId: 'trivy',
            declared: false,
            detected: true,
            owner: TEAM_B,
            kind: 'Component',
            type: 'service',
            title: 'SCANNED',
          },
        ]);
      });

      it('goes with its entity', async () => {
        await index.removeEntities(['component:default/scanned']);
        expect(await usageRows(knex)).toEqual([]);
        expect(await index.usageCounts()).toEqual([]);
        await expectConsistent(knex, index);
      });
    });

    describe('reading', () => {
      let index: UsageIndex;
      const users = Array.from({ length: 7 }, (_, i) =>
        entity(`user-${i}`, i < 4 ? TEAM_A : TEAM_B, ['ingress-nginx']),
      );

      beforeAll(async () => {
        ({ index } = await migrated());
        await index.upsertEntities(
          [
            // Out of order on purpose: pages are by entity ref.
            ...users.reverse(),
            entity('other', TEAM_A, ['argo-cd']),
            {
              entityRef: 'system:default/payments',
              kind: 'System',
              owner: TEAM_B,
              baseImages: [],
              declaredTools: ['vault'],
            },
            entity('part-1', TEAM_A, ['jaeger', 'ingress-nginx'], {
              system: 'system:default/payments',
              baseImages: ['openjdk:21'],
            }),
            entity('part-2', TEAM_B, ['ingress-nginx'], {
              system: 'system:default/payments',
              baseImages: ['openjdk:21', 'node:20'],
            }),
          ],
          'sync-1',
        );
      });

      it('pages the dependents of a tool with after, without gaps or repeats', async () => {
        const seen: string[] = [];
        let after: string | undefined;
        let pages = 0;
        for (;;) {
          const page = await index.usagePage(
            { toolId: 'ingress-nginx', after },
            3,
          );
          pages++;
          seen.push(...page.map(r => r.entityRef));
          if (page.length < 3) break;
          after = page[page.length - 1].entityRef;
        }
        expect(pages).toBe(4);
        expect(seen).toEqual([
          'component:default/part-1',
          'component:default/part-2',
          ...Array.from({ length: 7 }, (_, i) => `component:default/user-${i}`),
        ]);
        expect(await index.dependentCount({ toolIds: ['ingress-nginx'] })).toBe(
          9,
        );
      });

      it('filters a page by owner', async () => {
        const page = await index.usagePage(
          {
            toolId: 'ingress-nginx',
            owners: [TEAM_B],
            after: 'component:default/user-4',
          },
          10,
        );
        expect(page.map(r => r.entityRef)).toEqual([
          'component:default/user-5',
          'component:default/user-6',
        ]);
        expect(page[0]).toEqual({
          entityRef: 'component:default/user-5',
          toolId: 'ingress-nginx',
          declared: true,
          detected: false,
          owner: TEAM_B,
          kind: 'Component',
          type: 'service',
          title: 'USER-5',
        });
        expect(
          await index.countUsage({ toolId: 'ingress-nginx', owners: [TEAM_B] }),
        ).toBe(4);
      });

      it("judges a System's usage with its parts'", async () => {
        const usage = await index.entityUsage('system:default/payments');
        expect(usage).toBeDefined();
        expect(
          usage!.tools.sort((a, b) => a.toolId.localeCompare(b.toolId)),
        ).toEqual([
          { toolId: 'ingress-nginx', declared: true, detected: false },
          { toolId: 'jaeger', declared: true, detected: false },
          { toolId: 'vault', declared: true, detected: false },
        ]);
        expect(usage!.baseImages.sort()).toEqual(['node:20', 'openjdk:21']);
      });

      it('gives a component only its own usage', async () => {
        expect(await index.entityUsage('component:default/part-1')).toEqual({
          tools: expect.arrayContaining([
            { toolId: 'jaeger', declared: true, detected: false },
            { toolId: 'ingress-nginx', declared: true, detected: false },
          ]),
          baseImages: ['openjdk:21'],
        });
        expect(
          (await index.entityUsage('component:default/other'))!.tools,
        ).toEqual([{ toolId: 'argo-cd', declared: true, detected: false }]);
        expect(
          await index.entityUsage('component:default/not-indexed'),
        ).toBeUndefined();
      });
    });
  },
);
