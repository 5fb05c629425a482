import {
  LoggerService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const MIGRATIONS = resolvePackagePath(
  '@internal/plugin-standard-architecture-backend',
  'migrations',
);

/**
 * Runs the plugin's migrations. Replicas starting together race for knex's
 * migration lock; the loser waits for the winner instead of failing its start.
 */
export async function migrateDatabase(
  knex: Knex,
  logger: LoggerService,
  options: { lockWaitMs?: number; pollMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.lockWaitMs ?? 120_000);
  for (;;) {
    try {
      await knex.migrate.latest({
        directory: MIGRATIONS,
        tableName: 'sa_knex_migrations',
      });
      return;
    } catch (error) {
      const locked = (error as Error)?.name === 'MigrationLocked';
      if (!locked || Date.now() > deadline) throw error;
      logger.info(
        'Another replica is migrating the standard-architecture database; waiting',
      );
      await new Promise(r => setTimeout(r, options.pollMs ?? 1000));
    }
  }
}
