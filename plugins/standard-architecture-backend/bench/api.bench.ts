/*
 * API and sync benchmark of the usage index, for one database and one scale.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs --expose-gc \
 *     plugins/standard-architecture-backend/bench/api.bench.ts DB_ID SERVICES
 *
 * DB_ID is SQLITE_3 (in memory) or a POSTGRES_<N> whose connection string
 * scripts/postgres.sh exported; SERVICES is the number of services. The
 * backend runs in this process (startTestBackend), so its peak RSS is this
 * process's (/proc/self/status VmHWM); the load generator runs in a child
 * process (bench/load.js).
 *
 * Up to BENCH_REAL_CATALOG_MAX services (default 10,000), everything is
 * real: a bench-only entity provider hands the groups and services to the
 * real catalog, the bench waits until they are processed and stitched,
 * triggers the plugin's own scheduled sync task (its schedule is
 * `{ trigger: manual }` here) and reads `sync.details` from `GET /status`;
 * then it changes 1% of the services through the provider, waits for the
 * catalog, and triggers the incremental sync. Before that, on a separate
 * fresh database, it runs the same sync against the synthetic catalog reader
 * (bench/syntheticCatalog.ts), so the reader can be compared with the real
 * catalog at one scale.
 *
 * Above that, processing the services through the catalog would take hours
 * (~15 entities/s at 100k on SQLite), so:
 *  - the sync is the plugin's real UsageIndexSync and UsageIndex on the real
 *    database, fed by the synthetic catalog reader holding every service;
 *    the result is recorded in the plugin's job table as the task would;
 *  - the API is then served by a real backend (catalog + plugin) started on
 *    that same database, so it answers from the populated index. Its real
 *    catalog holds the groups, service-00000…service-00999 and the services
 *    of the first BENCH_REPORT_PAGES pages of team-01's report, so the
 *    report's permission check (catalog getEntitiesByRefs) and the floor
 *    call find them. The plugin's sync task is not triggered (it would
 *    remove what that small catalog lacks).
 *
 * Env (defaults): BENCH_GROUPS (20), BENCH_API_RUNS (30), BENCH_API_WARMUPS
 * (3), BENCH_LOAD_SECONDS (30; 0 skips the loads), BENCH_LOAD_CONNECTIONS
 * (50), BENCH_LOAD_TIMEOUT_SECONDS (120), BENCH_REAL_CATALOG_MAX (10000),
 * BENCH_REAL_SERVICES (1000), BENCH_REPORT_PAGES (4), BENCH_CALIBRATE (1),
 * BENCH_PROCESSING_INTERVAL_SECONDS (1800), BENCH_SEED_TIMEOUT_SECONDS (1800).
 */
import { spawn } from 'child_process';
import { join } from 'path';
import {
  PermissionsService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  AdoptionResponse,
  GroupReportResponse,
  isoDay,
  Standard,
  StatusResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import { Knex } from 'knex';
import { catalogModuleStandardArchitecture } from '@k8s-standard/plugin-catalog-backend-module-standard-architecture';
import standardArchitecturePlugin from '../src';
import { migrateDatabase } from '../src/database/migrateDatabase';
import {
  StandardRepository,
  standardContentHash,
} from '../src/database/StandardRepository';
import { UsageIndex } from '../src/database/UsageIndex';
import {
  readStandardArchitectureConfig,
  StandardLoader,
} from '@k8s-standard/plugin-standard-architecture-node';
import { USAGE_SYNC_TASK_ID } from '../src/plugin';
import { UsageAnswers } from '../src/service/usageAnswers';
import { SyncResult, UsageIndexSync } from '../src/usage/UsageIndexSync';
import {
  changeOnePercent,
  groupName,
  groupRef,
  organisation,
  Organisation,
  providerEntities,
  SEED_PROVIDER,
  serviceRef,
} from './seed';
import { SeedProvider } from '../src/__testUtils__/seedModule';
import { SyntheticCatalogReader } from './syntheticCatalog';
import {
  cpuMeter,
  CpuShare,
  envInt,
  fmt,
  msSince,
  peakRssMb,
  resetPeakRss,
  rssMb,
  stats,
  Stats,
  writeResult,
} from './util';

const GROUPS = envInt('BENCH_GROUPS', 20);
const RUNS = envInt('BENCH_API_RUNS', 30);
const WARMUPS = envInt('BENCH_API_WARMUPS', 3);
const LOAD_SECONDS = envInt('BENCH_LOAD_SECONDS', 30);
const LOAD_CONNECTIONS = envInt('BENCH_LOAD_CONNECTIONS', 50);
// Errors should be real failures; slow answers show in the percentiles.
const LOAD_TIMEOUT_SECONDS = envInt('BENCH_LOAD_TIMEOUT_SECONDS', 120);
const REAL_CATALOG_MAX = envInt('BENCH_REAL_CATALOG_MAX', 10_000);
const REAL_SERVICES = envInt('BENCH_REAL_SERVICES', 1000);
const REPORT_PAGES = envInt('BENCH_REPORT_PAGES', 4);
const CALIBRATE = envInt('BENCH_CALIBRATE', 1) > 0;
/*
 * Backstage re-processes every entity every 100–150 s by default; seeding
 * takes longer than that, and the re-processing would run on the same 2
 * cores during the measurements. 30 minutes keeps the catalog quiet.
 */
const PROCESSING_INTERVAL_SECONDS = envInt(
  'BENCH_PROCESSING_INTERVAL_SECONDS',
  1800,
);
const SEED_TIMEOUT_SECONDS = envInt('BENCH_SEED_TIMEOUT_SECONDS', 1800);
const SYNC_TIMEOUT_SECONDS = 15 * 60;
// Diagnostics: per load, the statements that took the most database time.
const QUERY_PROFILE = envInt('BENCH_QUERY_PROFILE', 0) > 0;
const KINDS = ['Component', 'System', 'Resource', 'API'];
const PAGE_SIZE = 1000;

const FLOOR_PATH =
  '/api/catalog/entities/by-name/component/default/service-00001';
const ADOPTION_PATH = '/api/standard-architecture/adoption';
const REPORT_GROUP = 0;
const REPORT_PATH = `/api/standard-architecture/groups/default/${groupName(
  REPORT_GROUP,
)}/report`;
const STATUS_PATH = '/api/standard-architecture/status';

// Outside jest: TestDatabases.create registers its cleanup with afterAll.
const cleanups: Array<() => unknown> = [];
const globals = globalThis as { afterAll?: (fn: () => unknown) => void };
globals.afterAll ??= fn => cleanups.push(fn);

const logger = mockServices.rootLogger({ level: 'warn' });
const AUTH = mockCredentials.user.header();

// ------------------------------------------------------------------ phases

interface Phase {
  name: string;
  ms: number;
}
const phases: Phase[] = [];

async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  console.log(`  ▸ ${name} …`);
  const value = await fn();
  const ms = msSince(start);
  phases.push({ name, ms });
  console.log(
    `    ${name}: ${fmt(ms / 1000, 1)} s (rss ${fmt(rssMb(), 0)} MB)`,
  );
  return value;
}

interface MemoryWindow {
  name: string;
  /** VmHWM over the window. */
  peakMb: number;
  /** At the window's end: RSS, and V8's heap (the rest is native memory). */
  endRssMb: number;
  endHeapMb: number;
}
const windows: MemoryWindow[] = [];
let windowName = 'start-up and generation';
let canReset = true;
/** Closes the current peak-RSS window and opens the next. */
function memoryWindow(next: string) {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  windows.push({
    name: windowName,
    peakMb: peakRssMb(),
    endRssMb: usage.rss / 1024 / 1024,
    endHeapMb: (usage.heapTotal + usage.external) / 1024 / 1024,
  });
  windowName = next;
  canReset = resetPeakRss() && canReset;
}

// ------------------------------------------------------------------- HTTP

async function request(
  base: string,
  path: string,
  init: RequestInit = {},
): Promise<{ ms: number; status: number; body: Buffer }> {
  const start = process.hrtime.bigint();
  const response = await fetch(`${base}${path}`, {
    ...init,
    headers: {
      authorization: AUTH,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { ms: msSince(start), status: response.status, body };
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const r = await request(base, path);
  if (r.status !== 200) {
    throw new Error(
      `GET ${path} → ${r.status}: ${r.body.toString('utf8').slice(0, 500)}`,
    );
  }
  return JSON.parse(r.body.toString('utf8')) as T;
}

async function postJson<T>(base: string, path: string, body: unknown) {
  const r = await request(base, path, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  if (r.status >= 300) {
    throw new Error(
      `POST ${path} → ${r.status}: ${r.body.toString('utf8').slice(0, 500)}`,
    );
  }
  return (r.body.length ? JSON.parse(r.body.toString('utf8')) : {}) as T;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function until<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  describe: (value: T) => string,
  timeoutSeconds: number,
  intervalMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let lastLog = Date.now();
  for (;;) {
    let value: T | undefined;
    let failure: unknown;
    try {
      value = await probe();
    } catch (error) {
      failure = error;
    }
    if (value !== undefined && done(value)) return value;
    const state =
      value === undefined ? `no answer (${failure})` : describe(value);
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: ${state}`);
    }
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      console.log(`      … ${what}: ${state}`);
    }
    await sleep(intervalMs);
  }
}

// ------------------------------------------------------------ measurements

/** Database time per statement shape, from knex's query events. */
class QueryProfile {
  private readonly started = new Map<string, number>();
  private totals = new Map<string, { n: number; ms: number }>();
  attach(knex: Knex) {
    if (!QUERY_PROFILE) return;
    knex.on('query', (q: { __knexQueryUid: string }) =>
      this.started.set(q.__knexQueryUid, performance.now()),
    );
    knex.on(
      'query-response',
      (_: unknown, q: { __knexQueryUid: string; sql: string }) => {
        const start = this.started.get(q.__knexQueryUid);
        if (start === undefined) return;
        this.started.delete(q.__knexQueryUid);
        const shape = q.sql
          .replace(/\$\d+/g, '?')
          .replace(/\((\?,\s*)*\?\)/g, '(…)')
          .replace(/(\(…\),\s*)+\(…\)/g, '(…),…')
          .replace(/\s+/g, ' ')
          .slice(0, 140);
        const t = this.totals.get(shape) ?? { n: 0, ms: 0 };
        t.n++;
        t.ms += performance.now() - start;
        this.totals.set(shape, t);
      },
    );
  }
  /** Prints and clears the top statements since the last call. */
  report(label: string) {
    if (!QUERY_PROFILE) return;
    const rows = [...this.totals.entries()].sort((a, b) => b[1].ms - a[1].ms);
    const all = rows.reduce((sum, [, t]) => sum + t.ms, 0);
    console.log(
      `      database time during ${label}: ${fmt(all, 0)} ms in ${rows.reduce(
        (n, [, t]) => n + t.n,
        0,
      )} statements`,
    );
    for (const [shape, t] of rows.slice(0, 8)) {
      console.log(
        `        ${fmt(t.ms, 0)} ms, ${t.n}×, ${fmt(
          t.ms / t.n,
          2,
        )} ms each: ${shape}`,
      );
    }
    this.totals = new Map();
  }
}
const queryProfile = new QueryProfile();

type Sequential = Stats & { bytes: number };

/** RUNS sequential requests per path from one client, round robin. */
async function sequential(
  base: string,
  paths: Record<string, string>,
): Promise<Record<string, Sequential>> {
  const samples: Record<string, number[]> = {};
  const bytes: Record<string, number> = {};
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    for (const [name, path] of Object.entries(paths)) {
      const r = await request(base, path);
      if (r.status !== 200) {
        throw new Error(
          `GET ${path} → ${r.status}: ${r.body.toString('utf8').slice(0, 300)}`,
        );
      }
      if (i < WARMUPS) continue;
      (samples[name] ??= []).push(r.ms);
      bytes[name] = r.body.length;
    }
  }
  return Object.fromEntries(
    Object.keys(paths).map(name => [
      name,
      { ...stats(samples[name]), bytes: bytes[name] },
    ]),
  );
}

export interface LoadResult {
  path: string;
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50: number;
  p99: number;
  max: number;
  statusCodes: Record<string, number>;
  cpu: CpuShare & { loadGeneratorPct: number };
}

/** BENCH_LOAD_CONNECTIONS clients for BENCH_LOAD_SECONDS, in a child process. */
function load(base: string, path: string): Promise<LoadResult> {
  const options = {
    url: `${base}${path}`,
    connections: LOAD_CONNECTIONS,
    duration: LOAD_SECONDS,
    timeout: LOAD_TIMEOUT_SECONDS,
    headers: { authorization: AUTH },
  };
  const meter = cpuMeter();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(__dirname, 'load.js'), JSON.stringify(options)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', chunk => (out += chunk));
    child.on('error', reject);
    child.on('exit', code => {
      const line = out.split('\n').find(l => l.startsWith('RESULT '));
      if (code !== 0 || !line) {
        reject(new Error(`load generator exited ${code}: ${out}`));
        return;
      }
      const r = JSON.parse(line.slice('RESULT '.length));
      const result: LoadResult = {
        path,
        seconds: LOAD_SECONDS,
        connections: LOAD_CONNECTIONS,
        requests: r.requests,
        rps: r.requests / r.duration,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        cpu: { ...meter(), loadGeneratorPct: r.cpuPct },
        statusCodes: Object.fromEntries(
          Object.entries(
            r.statusCodeStats as Record<string, { count: number }>,
          ).map(([status, s]) => [status, s.count]),
        ),
      };
      console.log(
        `      ${path}: ${result.requests} requests, ${fmt(
          result.rps,
          1,
        )} req/s, errors ${result.errors} (timeouts ${
          result.timeouts
        }), non-2xx ${result.non2xx}, p50 ${fmt(result.p50, 0)} ms, p99 ${fmt(
          result.p99,
          0,
        )} ms, max ${fmt(result.max, 0)} ms; cpu: backend ${fmt(
          result.cpu.backendPct,
          0,
        )}%, postgres ${fmt(result.cpu.postgresPct, 0)}%, autocannon ${fmt(
          result.cpu.loadGeneratorPct,
          0,
        )}%, machine ${fmt(result.cpu.machinePct ?? NaN, 0)}% of ${
          result.cpu.cores * 100
        }%`,
      );
      resolve(result);
    });
  });
}

async function measureApi(base: string) {
  const seq = await phase(
    `sequential: ${RUNS} requests per endpoint after ${WARMUPS} warm-ups, one client`,
    () =>
      sequential(base, {
        adoption: ADOPTION_PATH,
        report: REPORT_PATH,
        floor: FLOOR_PATH,
      }),
  );
  for (const [name, s] of Object.entries(seq)) {
    console.log(
      `      ${name}: p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, body ${fmt(
        s.bytes / 1024,
        1,
      )} KB`,
    );
  }
  const loads: Record<string, LoadResult> = {};
  if (LOAD_SECONDS > 0) {
    for (const [name, path] of [
      ['adoption', ADOPTION_PATH],
      ['report', REPORT_PATH],
      ['floor', FLOOR_PATH],
    ]) {
      queryProfile.report('the time before');
      loads[name] = await phase(
        `load: ${LOAD_CONNECTIONS} clients × ${LOAD_SECONDS} s on ${name}`,
        () => load(base, path),
      );
      queryProfile.report(`the load on ${name}`);
      await sleep(1000);
    }
  }
  return { sequential: seq, load: loads };
}

// ------------------------------------------------------------------- sync

export interface SyncFigures extends Omit<SyncResult, 'syncId'> {
  /** Time inside the synthetic catalog reader, when it was the source. */
  readerMs?: number;
}

function figures(result: SyncResult, readerMs?: number): SyncFigures {
  const { syncId: _, ...rest } = result;
  return { ...rest, ...(readerMs !== undefined && { readerMs }) };
}

/**
 * The plugin's sync against the synthetic catalog reader on `knex`, full and
 * then after changing 1% of the services, recorded in the job table as the
 * scheduled task records it.
 */
async function syncWithReader(knex: Knex, org: Organisation, label: string) {
  await migrateDatabase(knex, logger);
  const reader = new SyntheticCatalogReader(org);
  const index = new UsageIndex(knex);
  const repository = new StandardRepository(knex);
  const sync = new UsageIndexSync(
    reader.asCatalogService(),
    mockServices.auth(),
    index,
    logger,
    { kinds: KINDS, pageSize: PAGE_SIZE },
  );
  const run = async () => {
    await repository.startRun('sync');
    reader.readerMs = 0;
    const result = await sync.run();
    await repository.finishRun('sync', 'ok', { details: { ...result } });
    return figures(result, reader.readerMs);
  };
  const full = await phase(`full sync, ${label}`, run);
  describeSync('full', full);
  const incremental = await phase(
    `incremental sync after 1% changed, ${label}`,
    async () => {
      const changed = changeOnePercent(org);
      reader.rebuild();
      console.log(`      changed ${changed.length} services`);
      return run();
    },
  );
  describeSync('incremental', incremental);
  return { full, incremental, reader, index };
}

function describeSync(name: string, s: SyncFigures) {
  console.log(
    `      ${name} sync: ${fmt(s.ms / 1000, 2)} s; seen ${s.seen}, changed ${
      s.changed
    }, removed ${s.removed}, pages ${s.pages}${
      s.readerMs !== undefined
        ? `; ${fmt(s.readerMs / 1000, 2)} s of it in the synthetic reader`
        : ''
    }`,
  );
}

async function databaseMb(knex: Knex): Promise<number | undefined> {
  try {
    if (knex.client.config.client === 'pg') {
      const r = await knex.raw(
        'select pg_database_size(current_database()) as n',
      );
      return Number(r.rows[0].n) / 1024 / 1024;
    }
    const [count] = await knex.raw('pragma page_count');
    const [size] = await knex.raw('pragma page_size');
    return (Number(count.page_count) * Number(size.page_size)) / 1024 / 1024;
  } catch {
    return undefined;
  }
}

async function indexRows(knex: Knex) {
  const [e] = await knex('sa_entities').count({ n: '*' });
  const [u] = await knex('sa_usage').count({ n: '*' });
  return { entities: Number(e.n), usages: Number(u.n) };
}

// ---------------------------------------------------------------- backend

async function startBackend(knex: Knex, provider: SeedProvider) {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      standardArchitecturePlugin,
      catalogModuleStandardArchitecture,
      provider.module(),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            processingInterval: { seconds: PROCESSING_INTERVAL_SECONDS },
          },
          standardArchitecture: {
            schedule: {
              frequency: { minutes: 30 },
              timeout: { minutes: 3 },
              initialDelay: { seconds: 0 },
            },
            usageIndex: {
              // Only when the bench triggers it.
              schedule: {
                frequency: { trigger: 'manual' },
                timeout: { minutes: 15 },
              },
              pageSize: PAGE_SIZE,
              kinds: KINDS,
            },
          },
        },
      }),
      // The real scheduler: the ingestion and sync tasks run as deployed.
      schedulerServiceFactory,
      mockServices.rootLogger.factory({ level: 'warn' }),
    ],
  });
  const address = backend.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  if (!port) throw new Error('the test backend has no port');
  return { backend, base: `http://127.0.0.1:${port}` };
}

async function waitForStandard(base: string) {
  await until(
    'the standard ingested (/adoption answers)',
    () => request(base, ADOPTION_PATH),
    r => r.status === 200,
    r => `${r.status} ${r.body.toString('utf8').slice(0, 200)}`,
    300,
    1000,
  );
}

/** Triggers the plugin's sync task and waits for its run in /status. */
async function triggerSync(base: string): Promise<SyncFigures> {
  const before = Date.now() - 1000;
  await postJson(
    base,
    `/api/standard-architecture/.backstage/scheduler/v1/tasks/${encodeURIComponent(
      USAGE_SYNC_TASK_ID,
    )}/trigger`,
    {},
  );
  const status = await until(
    'the usage sync task',
    () => getJson<StatusResponse>(base, STATUS_PATH),
    s =>
      Boolean(
        s.sync &&
          Date.parse(s.sync.startedAt) >= before &&
          s.sync.outcome !== 'running',
      ),
    s => JSON.stringify(s.sync ?? 'no run yet'),
    SYNC_TIMEOUT_SECONDS,
    500,
  );
  if (status.sync?.outcome !== 'ok') {
    throw new Error(`the usage sync failed: ${JSON.stringify(status.sync)}`);
  }
  const d = status.sync.details as unknown as SyncResult;
  return figures(d);
}

async function catalogCount(base: string, filter: string) {
  const r = await getJson<{ totalItems: number }>(
    base,
    `/api/catalog/entities/by-query?${new URLSearchParams({
      filter,
      limit: '1',
    })}`,
  );
  return r.totalItems;
}

// ---------------------------------------------------------------- the runs

interface RunContext {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  services: number;
  toolIds: string[];
  standard: Standard;
}

/** Up to BENCH_REAL_CATALOG_MAX: all through the real catalog. */
async function realCatalogRun(ctx: RunContext) {
  const { databases, databaseId, services, toolIds } = ctx;
  let calibration: { full: SyncFigures; incremental: SyncFigures } | undefined;
  if (CALIBRATE) {
    memoryWindow('calibration: sync via the synthetic reader');
    const knex = await databases.init(databaseId);
    const r = await syncWithReader(
      knex,
      organisation(services, GROUPS, toolIds),
      'synthetic catalog reader (calibration, separate database)',
    );
    calibration = { full: r.full, incremental: r.incremental };
  }

  const org = await phase(`generate ${services} services`, async () =>
    organisation(services, GROUPS, toolIds),
  );
  memoryWindow('backend: real catalog seeding, sync, API and loads');
  const knex = await databases.init(databaseId);
  queryProfile.attach(knex);
  const provider = new SeedProvider(SEED_PROVIDER);
  const { backend, base } = await phase('start backend', () =>
    startBackend(knex, provider),
  );
  try {
    const entities = providerEntities(org);
    await phase(`seed: applyMutation of ${entities.length} entities`, () =>
      provider.apply(entities),
    );
    const serviceFilter = 'kind=component,spec.type=service';
    await phase(`seed: all ${services} services listed by the catalog`, () =>
      until(
        'services listed',
        () => catalogCount(base, serviceFilter),
        n => n >= services,
        n => `${n}/${services}`,
        SEED_TIMEOUT_SECONDS,
        2000,
      ),
    );
    const owners = Array.from(
      { length: GROUPS },
      (_, g) => `relations.ownedBy=${groupRef(g)}`,
    ).join(',');
    await phase('seed: all services stitched (with relations)', () =>
      until(
        'services stitched',
        () => catalogCount(base, `${serviceFilter},${owners}`),
        n => n >= services,
        n => `${n}/${services}`,
        SEED_TIMEOUT_SECONDS,
        2000,
      ),
    );
    await phase('standard ingested', () => waitForStandard(base));

    const full = await phase('full sync (scheduled task, real catalog)', () =>
      triggerSync(base),
    );
    describeSync('full', full);

    const changed = changeOnePercent(org);
    await phase(
      `1% change: applyMutation with ${changed.length} services changed`,
      () => provider.apply(providerEntities(org)),
    );
    await phase(`1% change: ${changed.length} services re-stitched`, () =>
      until(
        'changed services re-stitched',
        async () => {
          const { items } = await postJson<{
            items: Array<{
              relations?: Array<{ type: string; targetRef: string }>;
            } | null>;
          }>(base, '/api/catalog/entities/by-refs', {
            entityRefs: changed.map(d => serviceRef(d.i)),
            fields: ['relations'],
          });
          return items.filter((item, k) => {
            const targets = new Set(
              (item?.relations ?? [])
                .filter(r => r.type === 'dependsOn')
                .map(r => r.targetRef),
            );
            const want = changed[k].tools.map(t => `component:default/${t}`);
            return (
              targets.size === want.length && want.every(t => targets.has(t))
            );
          }).length;
        },
        n => n === changed.length,
        n => `${n}/${changed.length}`,
        SEED_TIMEOUT_SECONDS,
        1000,
      ),
    );
    const incremental = await phase(
      'incremental sync (scheduled task, real catalog)',
      () => triggerSync(base),
    );
    describeSync('incremental', incremental);

    const checks = await check(base, services);
    const api = await measureApi(base);
    return {
      mode: 'real' as const,
      edges: org.edges,
      sync: { source: 'real catalog', full, incremental },
      calibration,
      realCatalog: { services, groups: GROUPS },
      checks,
      databaseMb: await databaseMb(knex),
      index: await indexRows(knex),
      ...api,
    };
  } finally {
    await backend.stop();
  }
}

/** Above BENCH_REAL_CATALOG_MAX: the sync from the synthetic reader. */
async function syntheticRun(ctx: RunContext) {
  const { databases, databaseId, services, toolIds, standard } = ctx;
  const org = await phase(`generate ${services} services`, async () =>
    organisation(services, GROUPS, toolIds),
  );
  memoryWindow('sync: plugin sync + synthetic reader holding every service');
  const knex = await databases.init(databaseId);
  const synced = await syncWithReader(
    knex,
    org,
    'synthetic catalog reader, plugin UsageIndex on the real database',
  );

  // The services the API calls below will list or fetch, for the real catalog.
  const seedRefs = await phase(
    `pick the real catalog's services: service-00000…${
      REAL_SERVICES - 1
    } and team-01's first ${REPORT_PAGES} report pages`,
    async () => {
      // Every caller may read every entity here: the page check is not the subject.
      const allowAll = {
        authorizeConditional: async (requests: unknown[]) =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      } as unknown as PermissionsService;
      const answers = new UsageAnswers(
        synced.index,
        synced.reader.asCatalogService(),
        allowAll,
      );
      const judgement = {
        standard,
        hash: standardContentHash(standard),
        today: isoDay(),
      };
      const refs = new Set<string>();
      for (let i = 0; i < Math.min(REAL_SERVICES, services); i++)
        refs.add(serviceRef(i));
      let cursor: string | undefined;
      for (let p = 0; p < REPORT_PAGES; p++) {
        const page = await answers.groupReport(
          judgement,
          groupRef(REPORT_GROUP),
          [groupRef(REPORT_GROUP)],
          { limit: 50, cursor },
          await mockServices.auth().getOwnServiceCredentials(),
        );
        page.items.forEach(item => refs.add(item.entityRef));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return refs;
    },
  );
  const seedServices = org.services.filter(d => seedRefs.has(serviceRef(d.i)));
  const edges = org.services.reduce((n, d) => n + d.tools.length, 0);
  const syncFigures = { full: synced.full, incremental: synced.incremental };
  const databaseSize = await databaseMb(knex);
  const rows = await indexRows(knex);
  // Let the reader's copy of every service go before the backend's window.
  synced.reader.rebuild = () => undefined;
  (synced as { reader?: unknown }).reader = undefined;
  org.services = [];

  memoryWindow('backend: real catalog (small), API and loads');
  queryProfile.attach(knex);
  const provider = new SeedProvider(SEED_PROVIDER);
  const { backend, base } = await phase(
    'start backend on the same database',
    () => startBackend(knex, provider),
  );
  try {
    const entities = providerEntities(org, seedServices);
    await phase(
      `seed real catalog: applyMutation of ${entities.length} entities (${seedServices.length} services)`,
      () => provider.apply(entities),
    );
    const refs = [
      ...Array.from({ length: GROUPS }, (_, g) => groupRef(g)),
      ...seedRefs,
    ];
    await phase(`seed real catalog: all ${refs.length} entities present`, () =>
      until(
        'seeded entities present',
        async () => {
          const { items } = await postJson<{ items: unknown[] }>(
            base,
            '/api/catalog/entities/by-refs',
            { entityRefs: refs, fields: ['kind', 'metadata.name'] },
          );
          return items.filter(Boolean).length;
        },
        n => n === refs.length,
        n => `${n}/${refs.length}`,
        SEED_TIMEOUT_SECONDS,
        1000,
      ),
    );
    await phase('standard ingested', () => waitForStandard(base));
    const status = await getJson<StatusResponse>(base, STATUS_PATH);
    console.log(
      `      /status: asOf ${status.asOf}, sync ${JSON.stringify(
        status.sync?.details,
      )}, index ${JSON.stringify(status.index)}`,
    );
    const checks = await check(base, services);
    const api = await measureApi(base);
    return {
      mode: 'synthetic' as const,
      edges,
      sync: { source: 'synthetic catalog reader', ...syncFigures },
      realCatalog: { services: seedServices.length, groups: GROUPS },
      checks,
      databaseMb: databaseSize,
      index: rows,
      ...api,
    };
  } finally {
    await backend.stop();
  }
}

/** What the API answers must show before they are timed. */
async function check(base: string, services: number) {
  const adoption = await getJson<AdoptionResponse>(base, ADOPTION_PATH);
  const report = await getJson<GroupReportResponse>(base, REPORT_PATH);
  const checks = {
    adoptionEntities: adoption.entities,
    adoptionTools: adoption.tools.length,
    reportEntities: report.entities,
    reportTotalItems: report.totalItems,
    reportItems: report.items.length,
    reportNextCursor: Boolean(report.nextCursor),
  };
  console.log(`      answers: ${JSON.stringify(checks)}`);
  // The standard's own Systems are indexed too; its tools are not.
  if (adoption.entities < services) {
    throw new Error(
      `/adoption counts ${adoption.entities} entities, expected at least ${services}`,
    );
  }
  if (report.items.length !== 50) {
    throw new Error(
      `the report's first page lists ${report.items.length} items, expected 50 (all readable)`,
    );
  }
  return checks;
}

// -------------------------------------------------------------------- main

async function main() {
  const [databaseId, scaleArg] = process.argv.slice(2) as [
    TestDatabaseId,
    string,
  ];
  const services = Number(scaleArg ?? 10_000);
  if (!databaseId || !(services > 0)) {
    throw new Error('usage: api.bench.ts DB_ID SERVICES');
  }
  const databases = TestDatabases.create({
    ids: [databaseId],
    disableDocker: true,
  });
  if (!databases.supports(databaseId)) {
    throw new Error(
      `unsupported database ${databaseId}: set BACKSTAGE_TEST_DATABASE_<ID>_CONNECTION_STRING (scripts/postgres.sh)`,
    );
  }
  // Bundled editions only: files, so the UrlReader is never called.
  const standard = await new StandardLoader(
    readStandardArchitectureConfig(new ConfigReader({})),
    {} as UrlReaderService,
  ).load();
  const toolIds = [
    ...new Set(standard.editions.flatMap(e => e.tools.map(t => t.id))),
  ];
  const mode = services > REAL_CATALOG_MAX ? 'synthetic' : 'real';
  console.log(
    `${databaseId}, ${services} services, ${GROUPS} groups, ${
      toolIds.length
    } tools; ${
      mode === 'real'
        ? 'everything through the real catalog'
        : 'sync from the synthetic catalog reader, API on a real backend over the populated index'
    }; node ${process.version}`,
  );
  const started = process.hrtime.bigint();
  try {
    const ctx = { databases, databaseId, services, toolIds, standard };
    const result =
      mode === 'real' ? await realCatalogRun(ctx) : await syntheticRun(ctx);
    memoryWindow('end');
    const peakMb = Math.max(...windows.map(w => w.peakMb));
    console.log(
      `  peak RSS ${fmt(peakMb, 0)} MB (${windows
        .map(
          w =>
            `${w.name}: ${fmt(w.peakMb, 0)}, at its end ${fmt(
              w.endRssMb,
              0,
            )} of which V8 heap ${fmt(w.endHeapMb, 0)}`,
        )
        .join('; ')})${
        canReset
          ? ''
          : ' (VmHWM could not be reset: each figure is the peak so far)'
      }`,
    );
    writeResult({
      database: databaseId,
      services,
      groups: GROUPS,
      runs: RUNS,
      warmups: WARMUPS,
      loadSeconds: LOAD_SECONDS,
      loadConnections: LOAD_CONNECTIONS,
      ...result,
      memory: {
        peakMb,
        windows,
        perWindow: canReset,
      },
      phases,
      wallMs: msSince(started),
    });
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
