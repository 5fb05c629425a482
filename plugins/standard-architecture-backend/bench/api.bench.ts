/*
 * API benchmark: the standard-architecture REST API against a real catalog
 * holding 10,000 services, compared with the bare catalog query that fetches
 * the same relations, plus a concurrent load on /adoption.
 *
 * For each database (SQLite in memory, and PostgreSQL when
 * BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING is set, see
 * scripts/postgres.sh) it starts a real backend with startTestBackend: the
 * catalog, the standard-architecture plugin and its catalog module, and a
 * bench-only catalog module whose entity provider applies one full mutation
 * of BENCH_GROUPS groups and BENCH_SERVICES `service` components, each
 * depending on 3–5 of the standard's tools picked with a seeded PRNG.
 *
 * Run from the repository root (databases default to SQLite plus any
 * PostgreSQL from the environment; or name them: SQLITE_3 POSTGRES_15):
 *   node -r @backstage/cli/config/nodeTransform.cjs \
 *     plugins/standard-architecture-backend/bench/api.bench.ts [DB_ID...]
 *
 * Env (defaults): BENCH_SERVICES (10000), BENCH_GROUPS (20), BENCH_API_RUNS
 * (30), BENCH_API_WARMUPS (3), BENCH_LOAD_SECONDS (30; 0 skips the load),
 * BENCH_LOAD_CONNECTIONS (50), BENCH_LOAD_TIMEOUT_SECONDS (120),
 * BENCH_PROCESSING_INTERVAL_SECONDS (1800), BENCH_SEED_TIMEOUT_SECONDS (1800).
 */
import { DEPENDENT_FIELDS } from '../src/service/dependencyQueries';
import { postgresTestDatabaseIds } from '../src/__testUtils__/postgresTestDatabaseIds';
import {
  createBackendModule,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  AdoptionResponse,
  ANNOTATIONS,
  GroupReportResponse,
} from '@internal/plugin-standard-architecture-common';
import autocannon from 'autocannon';
import standardArchitecturePlugin, {
  catalogModuleStandardArchitecture,
} from '../src';
import { readStandardArchitectureConfig } from '../src/lib/config';
import { StandardLoader } from '../src/lib/StandardLoader';
import {
  envInt,
  fmt,
  msSince,
  seededRandom,
  stats,
  Stats,
  table,
  writeResult,
} from './util';

const SERVICES = envInt('BENCH_SERVICES', 10_000);
const GROUPS = envInt('BENCH_GROUPS', 20);
const RUNS = envInt('BENCH_API_RUNS', 30);
const WARMUPS = envInt('BENCH_API_WARMUPS', 3);
const LOAD_SECONDS = envInt('BENCH_LOAD_SECONDS', 30);
const LOAD_CONNECTIONS = envInt('BENCH_LOAD_CONNECTIONS', 50);
/*
 * autocannon's default 10 s timeout would count a request that waits behind
 * 49 others of ~10,000 entities each as an error. The latency percentiles
 * show that queueing; errors should only be real failures.
 */
const LOAD_TIMEOUT_SECONDS = envInt('BENCH_LOAD_TIMEOUT_SECONDS', 120);
/*
 * catalog.processingInterval: Backstage re-processes every entity every
 * 100–150 s by default. Seeding 10,000 entities on SQLite can take longer
 * than that, so the first ones would be re-processed while the last are still
 * waiting, and during the measurements the whole catalog would be re-processed
 * in the background on the same 2 cores. 30 minutes keeps the catalog quiet
 * while we measure the API; set 120 to include Backstage's default churn.
 */
const PROCESSING_INTERVAL_SECONDS = envInt(
  'BENCH_PROCESSING_INTERVAL_SECONDS',
  1800,
);
const SEED_TIMEOUT_SECONDS = envInt('BENCH_SEED_TIMEOUT_SECONDS', 1800);

const SEED_PROVIDER = 'standard-architecture-bench-seed';
const AT_RISK_EXAMPLES = ['ingress-nginx', 'lens', 'jaeger', 'elasticsearch'];
// The bare queries ask for exactly the fields the plugin asks for.
const QUERY_FIELDS = DEPENDENT_FIELDS.join(',');

// Outside jest: TestDatabases.create registers its cleanup with afterAll.
const cleanups: Array<() => unknown> = [];
const globals = globalThis as { afterAll?: (fn: () => unknown) => void };
globals.afterAll ??= fn => cleanups.push(fn);

// ------------------------------------------------------------ seed entities

const groupName = (g: number) => `team-${String(g + 1).padStart(2, '0')}`;
const location = `url:https://example.com/bench/${SEED_PROVIDER}.yaml`;

function seedEntities(toolIds: string[]) {
  const random = seededRandom(42);
  const entities: Entity[] = [];
  for (let g = 0; g < GROUPS; g++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: groupName(g),
        annotations: {
          [ANNOTATION_LOCATION]: location,
          [ANNOTATION_ORIGIN_LOCATION]: location,
        },
      },
      spec: { type: 'team', children: [] },
    });
  }
  let edges = 0;
  const perTool = new Map<string, number>();
  for (let i = 0; i < SERVICES; i++) {
    const count = 3 + Math.floor(random() * 3);
    const picked = new Set<string>();
    while (picked.size < count) {
      picked.add(toolIds[Math.floor(random() * toolIds.length)]);
    }
    edges += picked.size;
    for (const tool of picked) perTool.set(tool, (perTool.get(tool) ?? 0) + 1);
    const name = `service-${String(i).padStart(5, '0')}`;
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        title: `Service ${i}`,
        annotations: {
          [ANNOTATION_LOCATION]: location,
          [ANNOTATION_ORIGIN_LOCATION]: location,
          ...(i % 3 === 0 && { [ANNOTATIONS.baseImage]: 'openjdk:21' }),
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: `group:default/${groupName(i % GROUPS)}`,
        dependsOn: [...picked].map(t => `component:default/${t}`),
      },
    });
  }
  return { entities, edges, perTool };
}

class SeedProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  getProviderName() {
    return SEED_PROVIDER;
  }
  async connect(connection: EntityProviderConnection) {
    this.connection = connection;
  }
  async apply(entities: Entity[]) {
    if (!this.connection) throw new Error('seed provider is not connected');
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: SEED_PROVIDER,
      })),
    });
  }
}

const seedModule = (provider: SeedProvider) =>
  createBackendModule({
    pluginId: 'catalog',
    moduleId: 'bench-seed',
    register(env) {
      env.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider(provider);
        },
      });
    },
  });

// ------------------------------------------------------------------ helpers

const AUTH = mockCredentials.user.header();

interface Sample {
  ms: number;
  bytes: number;
}

async function get(base: string, path: string): Promise<Sample> {
  const start = process.hrtime.bigint();
  const response = await fetch(`${base}${path}`, {
    headers: { Authorization: AUTH },
  });
  const body = await response.arrayBuffer();
  const ms = msSince(start);
  if (!response.ok) {
    throw new Error(
      `GET ${path} → ${response.status}: ${Buffer.from(body)
        .toString('utf8')
        .slice(0, 500)}`,
    );
  }
  return { ms, bytes: body.byteLength };
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    headers: { Authorization: AUTH },
  });
  if (!response.ok) {
    throw new Error(
      `GET ${path} → ${response.status}: ${(await response.text()).slice(
        0,
        500,
      )}`,
    );
  }
  return (await response.json()) as T;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function until<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  describe: (value: T) => string,
  deadline: number,
  intervalMs: number,
): Promise<T> {
  let lastLog = Date.now();
  for (;;) {
    let value: T | undefined;
    try {
      value = await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (value !== undefined && done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}: ${
          value === undefined ? 'no answer' : describe(value)
        }`,
      );
    }
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      console.log(
        `    … ${what}: ${value === undefined ? 'no answer' : describe(value)}`,
      );
    }
    await sleep(intervalMs);
  }
}

/** N sequential pairs, plugin and bare interleaved (order alternating). */
async function comparePair(base: string, pluginPath: string, barePath: string) {
  const plugin: Sample[] = [];
  const bare: Sample[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i++) {
    const first = i % 2 === 0;
    const a = await get(base, first ? pluginPath : barePath);
    const b = await get(base, first ? barePath : pluginPath);
    if (i < WARMUPS) continue;
    (first ? plugin : bare).push(a);
    (first ? bare : plugin).push(b);
  }
  return {
    plugin: { ...stats(plugin.map(s => s.ms)), bytes: plugin[0].bytes },
    bare: { ...stats(bare.map(s => s.ms)), bytes: bare[0].bytes },
  };
}

// --------------------------------------------------------------------- main

interface DbResult {
  database: string;
  services: number;
  groups: number;
  edges: number;
  seed: {
    startupMs: number;
    applyMutationMs: number;
    listedMs: number;
    stitchedMs: number;
  };
  adoption: {
    plugin: Stats & { bytes: number };
    bare: Stats & { bytes: number };
  };
  report: {
    group: string;
    entities: number;
    items: number;
    plugin: Stats & { bytes: number };
    bare: Stats & { bytes: number };
  };
  load?: {
    seconds: number;
    connections: number;
    requests: number;
    non2xx: number;
    errors: number;
    timeouts: number;
    p50: number;
    p99: number;
    max: number;
    rps: number;
  };
}

async function benchDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  toolIds: string[],
): Promise<DbResult> {
  console.log(`\n━━ ${databaseId}: ${SERVICES} services, ${GROUPS} groups`);
  const { entities, edges, perTool } = seedEntities(toolIds);
  console.log(
    `  seed: ${edges} dependsOn edges over ${
      perTool.size
    } tools; e.g. ${AT_RISK_EXAMPLES.map(
      t => `${t} ${perTool.get(t) ?? 0}`,
    ).join(', ')} dependents`,
  );

  const knex = await databases.init(databaseId);
  const provider = new SeedProvider();
  const started = process.hrtime.bigint();
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      standardArchitecturePlugin,
      catalogModuleStandardArchitecture,
      seedModule(provider),
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
          },
        },
      }),
      // The real scheduler, so the standard's own ingestion task runs.
      schedulerServiceFactory,
      mockServices.rootLogger.factory({ level: 'warn' }),
    ],
  });
  try {
    const startupMs = msSince(started);
    const address = backend.server.address();
    const port =
      typeof address === 'object' && address ? address.port : undefined;
    if (!port) throw new Error('the test backend has no port');
    const base = `http://127.0.0.1:${port}`;
    console.log(
      `  backend on ${base} started in ${fmt(startupMs / 1000, 2)} s`,
    );

    const seedStart = process.hrtime.bigint();
    await provider.apply(entities);
    const applyMutationMs = msSince(seedStart);
    console.log(
      `  applyMutation of ${entities.length} entities: ${fmt(
        applyMutationMs / 1000,
        2,
      )} s`,
    );
    const deadline = Date.now() + SEED_TIMEOUT_SECONDS * 1000;
    await until(
      'services listed',
      () =>
        getJson<{ totalItems: number }>(
          base,
          '/api/catalog/entities/by-query?filter=kind=component,spec.type=service&limit=1',
        ),
      r => r.totalItems >= SERVICES,
      r => `${r.totalItems}/${SERVICES}`,
      deadline,
      1000,
    );
    const listedMs = msSince(seedStart);
    console.log(
      `  all ${SERVICES} services listed by the catalog after ${fmt(
        listedMs / 1000,
        2,
      )} s`,
    );
    const total = (a: AdoptionResponse) =>
      a.tools.reduce((sum, t) => sum + t.dependents, 0);
    const adoption = await until(
      'relations stitched (adoption dependents)',
      () =>
        getJson<AdoptionResponse>(base, '/api/standard-architecture/adoption'),
      a => total(a) >= edges,
      a => `${total(a)}/${edges}`,
      deadline,
      2000,
    );
    const stitchedMs = msSince(seedStart);
    console.log(
      `  relations stitched (adoption counts all ${edges} edges) after ${fmt(
        stitchedMs / 1000,
        2,
      )} s; ${adoption.tools.length} tools in use, ${
        adoption.atRisk.length
      } at risk with ${adoption.atRisk.reduce(
        (sum, t) => sum + t.dependentEntities.length,
        0,
      )} dependent-entity rows`,
    );

    // --------------------------------------------------- sequential latency
    const adoptionBare = `/api/catalog/entities?${new URLSearchParams({
      fields: QUERY_FIELDS,
      filter: toolIds
        .map(id => `relations.dependsOn=component:default/${id}`)
        .join(','),
    })}`;
    console.log(
      `  sequential: ${RUNS} interleaved pairs after ${WARMUPS} warm-ups each`,
    );
    const adoptionPair = await comparePair(
      base,
      '/api/standard-architecture/adoption',
      adoptionBare,
    );

    const group = groupName(0);
    const groupRef = `group:default/${group}`;
    const report = await getJson<GroupReportResponse>(
      base,
      `/api/standard-architecture/groups/default/${group}/report`,
    );
    const reportBare = `/api/catalog/entities?${new URLSearchParams({
      fields: QUERY_FIELDS,
      filter: `relations.ownedBy=${groupRef}`,
    })}`;
    const reportPair = await comparePair(
      base,
      `/api/standard-architecture/groups/default/${group}/report`,
      reportBare,
    );

    const row = (name: string, s: Stats & { bytes: number }) => [
      name,
      fmt(s.p50),
      fmt(s.p95),
      fmt(s.min),
      fmt(s.max),
      fmt(s.bytes / 1024, 0),
    ];
    console.log();
    table(
      ['request', 'p50 ms', 'p95 ms', 'min ms', 'max ms', 'body KB'],
      [
        row('plugin GET /adoption', adoptionPair.plugin),
        row('bare catalog dependsOn query', adoptionPair.bare),
        row(`plugin GET /groups/default/${group}/report`, reportPair.plugin),
        row('bare catalog ownedBy query', reportPair.bare),
      ],
    );
    const ratio = (p: { plugin: Stats; bare: Stats }) =>
      p.plugin.p95 / p.bare.p95;
    console.log(
      `\n  p95 ratio plugin/bare: adoption ${fmt(
        ratio(adoptionPair),
        2,
      )}, report ${fmt(ratio(reportPair), 2)} (target ≤ 1.5); report: ${
        report.entities
      } entities, ${report.items.length} at-risk items`,
    );

    // ------------------------------------------------------------- load
    let load: DbResult['load'];
    if (LOAD_SECONDS > 0) {
      console.log(
        `\n  load: ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s on /adoption (timeout ${LOAD_TIMEOUT_SECONDS} s) …`,
      );
      const result = await autocannon({
        url: `${base}/api/standard-architecture/adoption`,
        connections: LOAD_CONNECTIONS,
        duration: LOAD_SECONDS,
        timeout: LOAD_TIMEOUT_SECONDS,
        // The load generator runs in a worker thread, off the server's event loop.
        workers: 1,
        headers: { authorization: AUTH },
      });
      load = {
        seconds: LOAD_SECONDS,
        connections: LOAD_CONNECTIONS,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        rps: result.requests.total / result.duration,
      };
      console.log(
        `  load: ${load.requests} requests in ${fmt(
          result.duration,
          1,
        )} s, ${fmt(load.rps, 2)} req/s; non-2xx ${load.non2xx}, errors ${
          load.errors
        } (timeouts ${load.timeouts}); latency p50 ${fmt(
          load.p50,
          0,
        )} ms, p99 ${fmt(load.p99, 0)} ms, max ${fmt(
          load.max,
          0,
        )} ms; status ${JSON.stringify(result.statusCodeStats)}`,
      );
      await get(base, '/api/standard-architecture/health');
    }

    return {
      database: databaseId,
      services: SERVICES,
      groups: GROUPS,
      edges,
      seed: { startupMs, applyMutationMs, listedMs, stitchedMs },
      adoption: adoptionPair,
      report: {
        group: groupRef,
        entities: report.entities,
        items: report.items.length,
        ...reportPair,
      },
      load,
    };
  } finally {
    await backend.stop();
  }
}

function requestedDatabases(): TestDatabaseId[] {
  const args = process.argv.slice(2);
  if (args.length > 0) return args as TestDatabaseId[];
  return ['SQLITE_3', ...postgresTestDatabaseIds()];
}

async function main() {
  const ids = requestedDatabases();
  const databases = TestDatabases.create({ ids, disableDocker: true });
  const unsupported = ids.filter(id => !databases.supports(id));
  if (unsupported.length > 0) {
    throw new Error(
      `unsupported databases ${unsupported.join(
        ', ',
      )}: set BACKSTAGE_TEST_DATABASE_<ID>_CONNECTION_STRING (scripts/postgres.sh)`,
    );
  }
  // The tool ids the plugin asks the catalog about: every edition's tools.
  // Bundled editions only: files, so the UrlReader is never called.
  const standard = await new StandardLoader(
    readStandardArchitectureConfig(new ConfigReader({})),
    {} as UrlReaderService,
  ).load();
  const toolIds = [
    ...new Set(standard.editions.flatMap(e => e.tools.map(t => t.id))),
  ];
  console.log(
    `API benchmark on ${ids.join(', ')}; node ${process.version}; ${
      toolIds.length
    } tool ids; processingInterval ${PROCESSING_INTERVAL_SECONDS} s`,
  );

  const results: DbResult[] = [];
  try {
    for (const id of ids) {
      results.push(await benchDatabase(databases, id, toolIds));
    }
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
  writeResult({
    runs: RUNS,
    warmups: WARMUPS,
    loadSeconds: LOAD_SECONDS,
    loadConnections: LOAD_CONNECTIONS,
    processingIntervalSeconds: PROCESSING_INTERVAL_SECONDS,
    results,
  });
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
