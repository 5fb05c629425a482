import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The PostgreSQL versions whose connection string the environment exports
 * (`source scripts/postgres.sh` sets
 * BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING).
 */
export function exportedPostgresIds(
  env: NodeJS.ProcessEnv = process.env,
): TestDatabaseId[] {
  const ids: TestDatabaseId[] = [];
  for (const key of Object.keys(env)) {
    const version =
      /^BACKSTAGE_TEST_DATABASE_POSTGRES(\d+)_CONNECTION_STRING$/.exec(
        key,
      )?.[1];
    if (version) ids.push(`POSTGRES_${version}` as TestDatabaseId);
  }
  return ids;
}

/**
 * A database of its own for each plugin, as in a real deployment: the
 * catalog and tech-insights both keep their migrations in `knex_migrations`,
 * so they cannot share one.
 */
export function databasePerPlugin(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const clients = new Map<string, ReturnType<TestDatabases['init']>>();
  return createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => {
      const id = plugin.getId();
      return {
        getClient: () => {
          if (!clients.has(id)) clients.set(id, databases.init(databaseId));
          return clients.get(id)!;
        },
      };
    },
  });
}
