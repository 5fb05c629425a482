import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { migrateDatabase } from '../database/migrateDatabase';
import { StandardRepository } from '../database/StandardRepository';
import {
  bundledEditionFiles,
  readStandardArchitectureConfig,
  StandardLoader,
} from '@k8s-standard/plugin-standard-architecture-node';
import { postgresTestDatabaseIds } from '../__testUtils__/postgresTestDatabaseIds';
import { StandardIngestion } from './StandardIngestion';

const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresTestDatabaseIds()],
  disableDocker: true,
});

jest.setTimeout(60_000);

const failingCatalog = {
  getEntities: async () => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:7007');
  },
} as unknown as CatalogService;

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const logger = mockServices.logger.mock();
  await migrateDatabase(knex, logger);
  const repository = new StandardRepository(knex);
  const ingestion = (
    data: JsonObject,
    catalog: CatalogService = catalogServiceMock({ entities: [] }),
  ) => {
    const settings = readStandardArchitectureConfig(
      new ConfigReader({ standardArchitecture: data }),
    );
    return new StandardIngestion(
      settings,
      new StandardLoader(settings, mockServices.urlReader.mock()),
      repository,
      catalog,
      mockServices.auth(),
      logger,
      '0.0.0-test',
    );
  };
  return { repository, ingestion };
}

describe('StandardIngestion', () => {
  it.each(databases.eachSupportedId())(
    'keeps good data: invalid sources, the removal guard and force, on %s',
    async databaseId => {
      const { repository, ingestion } = await setup(databaseId);
      const bundled = await bundledEditionFiles();

      await ingestion({}).run();
      expect(await repository.lastRun('ingestion')).toMatchObject({
        outcome: 'ok',
        details: { editions: [2022, 2023, 2024, 2025, 2026] },
      });
      const accepted = await repository.contentHash();
      expect(accepted).toBeDefined();

      // A malformed file: recorded with file and field, the standard stays.
      const dir = mkdtempSync(join(tmpdir(), 'sa-ingestion-'));
      const broken = join(dir, '2027.yaml');
      writeFileSync(broken, 'year: 2027\nlayers: not-a-list\n');
      await ingestion({ sources: [broken], includeBundled: true }).run();
      const rejected = await repository.lastRun('ingestion');
      expect(rejected?.outcome).toBe('rejected');
      expect(rejected?.error).toContain(`${broken}:layers: must be a list`);
      expect(await repository.contentHash()).toBe(accepted);

      // A source that cannot be read is a failure, not rejected data.
      await ingestion({
        sources: [join(dir, 'missing.yaml')],
        includeBundled: true,
      }).run();
      expect(await repository.lastRun('ingestion')).toMatchObject({
        outcome: 'failed',
        error: expect.stringContaining(
          `${join(dir, 'missing.yaml')}: could not be read`,
        ),
      });
      expect(await repository.contentHash()).toBe(accepted);

      // Only the 2022 edition would drop most tools: refused, nothing stored.
      const only2022 = bundled.filter(f => f.endsWith('2022.yaml'));
      await ingestion({ sources: only2022, maxRemovalShare: 0.2 }).run();
      const refused = await repository.lastRun('ingestion');
      expect(refused?.outcome).toBe('refused');
      expect(refused?.error).toMatch(/^refusing to remove \d+ of \d+ entities/);
      expect(await repository.contentHash()).toBe(accepted);

      // Forced through POST /refresh?force=true: applied once, then the guard is back.
      await repository.requestForce('user:default/admin');
      await ingestion({ sources: only2022, maxRemovalShare: 0.2 }).run();
      expect(await repository.lastRun('ingestion')).toMatchObject({
        outcome: 'ok',
        details: { editions: [2022], forcedBy: 'user:default/admin' },
      });
      expect(await repository.contentHash()).not.toBe(accepted);
      expect(await repository.takeForceRequest()).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'fails closed when there is no baseline and the catalog cannot be read, on %s',
    async databaseId => {
      const { repository, ingestion } = await setup(databaseId);
      await ingestion({}, failingCatalog).run();
      const run = await repository.lastRun('ingestion');
      expect(run?.outcome).toBe('refused');
      expect(run?.error).toBe(
        'the removal guard could not read the catalog, so nothing was applied: connect ECONNREFUSED 127.0.0.1:7007',
      );
      expect(await repository.contentHash()).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'withholds a tool whose ref another location holds, and reports it, on %s',
    async databaseId => {
      const { repository, ingestion } = await setup(databaseId);
      const teamService = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'jaeger',
          namespace: 'default',
          annotations: {
            'backstage.io/managed-by-origin-location':
              'url:https://git.example.com/team-x/jaeger/catalog-info.yaml',
          },
        },
        spec: { type: 'service', owner: 'group:default/team-x' },
      };
      await ingestion(
        {},
        catalogServiceMock({ entities: [teamService] }),
      ).run();

      const info = await repository.info();
      expect(info?.conflicts).toEqual([
        {
          entityRef: 'component:default/jaeger',
          heldBy: 'url:https://git.example.com/team-x/jaeger/catalog-info.yaml',
        },
      ]);
      const provided = await repository.acceptedEntityRefs();
      expect(provided).not.toContain('component:default/jaeger');
      expect(provided).toContain('component:default/tempo');
      expect(await repository.lastRun('ingestion')).toMatchObject({
        outcome: 'ok',
        details: { entities: provided!.length, conflicts: 1 },
      });

      // In a namespace of its own the standard conflicts with nobody.
      await ingestion(
        // Every ref moves, so the removal guard is told to allow it.
        { entityNamespace: 'standard', maxRemovalShare: 1 },
        catalogServiceMock({ entities: [teamService] }),
      ).run();
      const own = await repository.acceptedEntityRefs();
      expect((await repository.info())?.conflicts).toEqual([]);
      expect(own).toContain('component:standard/jaeger');
      expect(own!.every(ref => ref.split(':')[1].startsWith('standard/'))).toBe(
        true,
      );
    },
  );
});
