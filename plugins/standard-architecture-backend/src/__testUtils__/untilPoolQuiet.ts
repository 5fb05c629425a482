import { Knex } from 'knex';

/**
 * Waits until nothing has touched the pool for `quietMs`. Stopping a backend
 * does not wait for task runs already under way (a usage sync, the
 * scheduler's own bookkeeping, catalog processing): they can still query
 * after `stop()`. A query that reaches the pool while TestDatabases destroys
 * it is parked with a 30 s acquire timer that nothing clears, and that timer
 * keeps the Jest worker alive ("failed to exit gracefully"). Call it after
 * `backend.stop()`, before the database goes.
 */
export async function untilPoolQuiet(
  knex: Knex,
  quietMs = 1000,
  timeoutMs = 20_000,
): Promise<void> {
  const pool = (knex.client as any).pool;
  if (!pool) return;
  let lastUse = Date.now();
  const touched = () => {
    lastUse = Date.now();
  };
  pool.on('acquireRequest', touched);
  pool.on('release', touched);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const idle = pool.numUsed() === 0 && pool.numPendingAcquires() === 0;
      if (idle && Date.now() - lastUse >= quietMs) return;
      if (!idle) touched();
      await new Promise(r => setTimeout(r, 50));
    }
  } finally {
    pool.removeListener('acquireRequest', touched);
    pool.removeListener('release', touched);
  }
}
