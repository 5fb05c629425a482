import {
  LoggerService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const MIGRATIONS = resolvePackagePath(
  '@k8s-standard/plugin-standard-architecture-backend',
  'migrations',
);

// Any fixed key: it only has to be the same on every replica.
const PG_MIGRATION_LOCK = 7305141982004213;

// Concurrent calls on one client share one run.
const inFlight = new WeakMap<Knex, Promise<void>>();

/**
 * Runs the plugin's migrations. Replicas starting together race for knex's
 * migration lock; the loser waits for the winner instead of failing its start.
 */
export function migrateDatabase(
  knex: Knex,
  logger: LoggerService,
  options: { lockWaitMs?: number; pollMs?: number } = {},
): Promise<void> {
  let run = inFlight.get(knex);
  if (!run) {
    run = serialized(knex, options, () =>
      migrate(knex, logger, options),
    ).finally(() => inFlight.delete(knex));
    inFlight.set(knex, run);
  }
  return run;
}

/**
 * On PostgreSQL, replicas take turns under an advisory lock. knex's own lock
 * does not cover creating its bookkeeping tables on an empty database: there
 * two replicas can both create them, or both insert the lock row, after
 * which knex reports the migrations locked forever.
 */
async function serialized(
  knex: Knex,
  options: { lockWaitMs?: number },
  fn: () => Promise<void>,
): Promise<void> {
  if (knex.client.dialect !== 'postgresql') {
    await fn();
    return;
  }
  await knex.transaction(async tx => {
    await tx.raw(`SET LOCAL lock_timeout = ${options.lockWaitMs ?? 120_000}`);
    await tx.raw('SELECT pg_advisory_xact_lock(?)', [PG_MIGRATION_LOCK]);
    // The migrations use other pooled connections; the lock is held until
    // this transaction ends.
    await fn();
  });
}

async function migrate(
  knex: Knex,
  logger: LoggerService,
  options: { lockWaitMs?: number; pollMs?: number },
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
