import type { TestDatabaseId } from '@backstage/backend-test-utils';

/**
 * The PostgreSQL test databases whose connection strings are exported
 * (scripts/postgres.sh sets BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING),
 * e.g. `['POSTGRES_15']`.
 */
export function postgresTestDatabaseIds(
  env: NodeJS.ProcessEnv = process.env,
): TestDatabaseId[] {
  return Object.keys(env)
    .map(
      key =>
        /^BACKSTAGE_TEST_DATABASE_(POSTGRES\d+)_CONNECTION_STRING$/.exec(
          key,
        )?.[1],
    )
    .filter((id): id is string => Boolean(id))
    .map(id => id.replace('POSTGRES', 'POSTGRES_') as TestDatabaseId);
}
