import { readdirSync } from 'fs';
import { join } from 'path';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { StandardArchitectureEntityProvider } from '@k8s-standard/plugin-catalog-backend-module-standard-architecture';
import { migrateDatabase } from '../database/migrateDatabase';
import { StandardRepository } from '../database/StandardRepository';
import {
  readStandardArchitectureConfig,
  StandardLoader,
} from '@k8s-standard/plugin-standard-architecture-node';
import { postgresTestDatabaseIds } from '../__testUtils__/postgresTestDatabaseIds';
import { StandardIngestion } from './StandardIngestion';

// The common package's corpus of malformed edition files (see its README).
const CORPUS = resolvePackagePath(
  '@k8s-standard/plugin-standard-architecture-common',
  'test-fixtures/malformed',
);
const corpus = readdirSync(CORPUS)
  .filter(name => name.endsWith('.yaml'))
  .sort()
  .map(name => join(CORPUS, name));

const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresTestDatabaseIds()],
  disableDocker: true,
});

jest.setTimeout(180_000);

async function setup(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const logger = mockServices.logger.mock();
  await migrateDatabase(knex, logger);
  const repository = new StandardRepository(knex);
  const ingestion = (sources: string[]) => {
    const settings = readStandardArchitectureConfig(
      new ConfigReader({
        standardArchitecture: { sources, includeBundled: true },
      }),
    );
    return new StandardIngestion(
      settings,
      new StandardLoader(settings, mockServices.urlReader.mock()),
      repository,
      catalogServiceMock({ entities: [] }),
      mockServices.auth(),
      logger,
      '0.0.0-test',
    );
  };
  // The catalog provider, reading the accepted standard as GET /standard serves it.
  const provider = StandardArchitectureEntityProvider.fromConfig(
    new ConfigReader({}),
    {
      logger,
      scheduler: mockServices.scheduler.mock({
        createScheduledTaskRunner: jest.fn(() => ({ run: async () => {} })),
      }),
      standard: async () => {
        const [stored, info] = await Promise.all([
          repository.standard(),
          repository.info(),
        ]);
        return {
          contentHash: stored!.hash,
          dataVersion: info!.dataVersion,
          loadedAt: info!.loadedAt,
          conflicts: info!.conflicts,
          standard: stored!.standard,
        };
      },
      today: () => '2026-12-02',
    },
  );
  const connection = {
    applyMutation: jest.fn(async () => {}),
    refresh: jest.fn(async () => {}),
  } satisfies EntityProviderConnection;
  await provider.connect(connection);
  return { repository, ingestion, provider, connection, logger };
}

describe('hostile data files', () => {
  it('has a corpus of at least 40 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(databases.eachSupportedId())(
    'each file is rejected with its name, and the catalog keeps its entities, on %s',
    async databaseId => {
      const { repository, ingestion, provider, connection, logger } =
        await setup(databaseId);
      await ingestion([]).run();
      expect(await provider.refresh()).toBe(true);
      const accepted = await repository.contentHash();
      const entities = await repository.acceptedEntityRefs();
      expect(connection.applyMutation).toHaveBeenCalledTimes(1);

      for (const file of corpus) {
        logger.error.mockClear();
        await ingestion([file]).run();
        const run = await repository.lastRun('ingestion');
        // Rejected, named, logged at once; nothing reaches the catalog.
        expect({ file, outcome: run?.outcome }).toEqual({
          file,
          outcome: 'rejected',
        });
        expect(run?.error).toContain(file);
        expect(run?.error).not.toMatch(/^\s+at /m);
        expect(logger.error).toHaveBeenCalledWith(
          expect.stringContaining(`invalid source data:\n${file}`),
        );
        expect(await repository.contentHash()).toBe(accepted);
        expect(await repository.acceptedEntityRefs()).toEqual(entities);
        expect(await provider.refresh()).toBe(false);
      }
      expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    },
  );
});
