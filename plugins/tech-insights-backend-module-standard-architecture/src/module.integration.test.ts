import { Server } from 'http';
import { resolve } from 'path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import techInsightsModuleJsonRulesEngine, {
  JsonRulesEngineFactCheckerFactory,
} from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { techInsightsFactCheckerFactoryExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
// The real plugin and its catalog module: the facts come from its REST API.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import standardArchitecturePlugin from '@k8s-standard/plugin-standard-architecture-backend';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { catalogModuleStandardArchitecture } from '@k8s-standard/plugin-catalog-backend-module-standard-architecture';
import techInsightsModuleStandardArchitecture, {
  FACT_RETRIEVER_ID,
  STANDARD_ARCHITECTURE_CHECK_IDS,
  StandardArchitectureCheckRegistry,
  standardArchitectureChecksConfig,
} from '.';
import {
  databasePerPlugin,
  exportedPostgresIds,
} from './__testUtils__/testDatabases';

// PostgreSQL joins when `source scripts/postgres.sh` exported its connection
// string; the script also sets STANDARD_ARCHITECTURE_REQUIRE_POSTGRES so that
// a missing server fails instead of being skipped.
const postgresIds = exportedPostgresIds();
const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresIds],
  disableDocker: true,
});

jest.setTimeout(240_000);

const every = (seconds: number) => ({
  frequency: { seconds },
  timeout: { minutes: 2 },
  initialDelay: { seconds: 0 },
});

const ORG_CHECK = {
  type: 'json-rules-engine',
  name: 'Has a group owner',
  description: 'An organisation check of its own, kept next to the standard’s',
  factIds: ['entityOwnershipFactRetriever'],
  rule: {
    conditions: {
      all: [{ fact: 'hasGroupOwner', operator: 'equal', value: true }],
    },
  },
};

function config(checks: 'config' | 'registry') {
  return {
    backend: { baseUrl: 'http://localhost:7007' },
    catalog: {
      locations: [
        {
          type: 'file',
          target: resolve(__dirname, '__fixtures__/services.yaml'),
        },
      ],
    },
    standardArchitecture: {
      schedule: every(1800),
      catalogSchedule: every(2),
      usageIndex: { schedule: every(2) },
      techInsights: { concurrency: 2, pageSize: 2 },
    },
    techInsights: {
      factRetrievers: {
        // Runs once after a second, then once a year: the test triggers
        // the run it checks when the index is ready.
        standardArchitectureFactRetriever: {
          cadence: '0 0 1 1 *',
          initialDelay: { seconds: 1 },
          lifecycle: { timeToLive: { weeks: 2 } },
        },
        // The built-in retriever behind the organisation's own check.
        entityOwnershipFactRetriever: {
          cadence: '0 0 1 1 *',
          initialDelay: { seconds: 1 },
        },
      },
      factChecker: {
        checks: {
          groupOwner: ORG_CHECK,
          // Way 1 of the README: the standard's checks pasted into config.
          ...(checks === 'config' && standardArchitectureChecksConfig(2026)),
        },
      },
    },
  };
}

/** Way 2 of the README: a fact checker factory with the edition-following registry. */
const registryChecksModule = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'test-standard-architecture-checks',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        techInsights: techInsightsFactCheckerFactoryExtensionPoint,
      },
      async init({ config: root, logger, discovery, auth, techInsights }) {
        techInsights.setFactCheckerFactory(
          new JsonRulesEngineFactCheckerFactory({
            checks: [],
            logger,
            checkRegistry: StandardArchitectureCheckRegistry.fromConfig(root, {
              discovery,
              auth,
              logger,
            }),
          }),
        );
      },
    });
  },
});

/** A user's request to the test backend: its status and parsed body. */
async function call(
  server: Server,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  const { port } = server.address() as { port: number };
  const response = await fetch(`http://localhost:${port}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: mockCredentials.user.header(),
      'Content-Type': 'application/json',
    },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const get = (server: Server, path: string) => call(server, path);

async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 150_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await probe();
      if (done(last)) return last;
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
    }
    await new Promise(r => setTimeout(r, 500));
  }
}

const recommendations = (server: Server, name: string) =>
  get(
    server,
    `/api/standard-architecture/recommendations?entityRef=component:default/${name}`,
  ).then(r => r.body);

const latestFactRow = async (server: Server, name: string) => {
  const response = await get(
    server,
    `/api/tech-insights/facts/latest?entity=component:default/${name}&ids=${FACT_RETRIEVER_ID}`,
  );
  return response.body[FACT_RETRIEVER_ID];
};
const latestFacts = async (server: Server, name: string) =>
  (await latestFactRow(server, name))?.facts;

const runChecks = async (server: Server, name: string) => {
  const response = await call(
    server,
    `/api/tech-insights/checks/run/default/component/${name}`,
    { method: 'POST', body: {} },
  );
  expect(response.status).toBe(200);
  // Only the standard's: the organisation check's facts depend on when the
  // ownership retriever ran.
  return Object.fromEntries(
    response.body
      .filter((r: any) => r.check.id !== 'groupOwner')
      .map((r: any) => [r.check.id, r.result]),
  ) as Record<string, boolean>;
};

async function startBackend(
  databaseId: TestDatabaseId,
  checks: 'config' | 'registry',
) {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      standardArchitecturePlugin,
      catalogModuleStandardArchitecture,
      techInsightsPlugin,
      checks === 'config'
        ? techInsightsModuleJsonRulesEngine
        : registryChecksModule,
      techInsightsModuleStandardArchitecture,
      databasePerPlugin(databases, databaseId),
      mockServices.rootConfig.factory({ data: config(checks) }),
      schedulerServiceFactory,
      mockServices.rootLogger.factory({ level: 'warn' }),
    ],
  });
  return { backend, server: backend.server };
}

const TASKS = '/api/tech-insights/.backstage/scheduler/v1/tasks';

/** The fact retriever's task as the tech-insights scheduler reports it. */
const retrieverTask = async (server: Server) =>
  (await get(server, TASKS)).body.tasks.find(
    (t: any) => t.taskId === FACT_RETRIEVER_ID,
  )?.taskState;

/**
 * Waits until the demo services are indexed and the tools are entities,
 * then runs the fact retriever through the scheduler's REST API and waits
 * for that run to end. The schedule's first run (a second after start) may
 * have judged too early; only the triggered run happens after this point.
 */
async function retrieveFacts(server: Server) {
  await eventually(
    'the standard tools and the demo services in the catalog and the index',
    async () => ({
      jaeger: (
        await get(
          server,
          '/api/catalog/entities/by-name/component/default/jaeger',
        )
      ).status,
      cache: (
        await get(
          server,
          '/api/catalog/entities/by-name/component/default/legacy-cache',
        )
      ).status,
      legacy: await recommendations(server, 'svc-legacy'),
      clean: await recommendations(server, 'svc-clean'),
    }),
    ({ jaeger, cache, legacy, clean }) =>
      jaeger === 200 &&
      cache === 200 &&
      legacy.indexed === true &&
      legacy.tools?.length === 3 &&
      clean.indexed === true,
  );
  const first = await eventually(
    'the first scheduled run to end',
    () => retrieverTask(server),
    state => state?.status === 'idle' && Boolean(state.lastRunEndedAt),
    60_000,
  );
  // SQLite keeps whole seconds: let the triggered run end in a later one.
  const wait = Date.parse(first.lastRunEndedAt) + 1100 - Date.now();
  if (wait > 0) await new Promise(r => setTimeout(r, wait));
  const trigger = await call(server, `${TASKS}/${FACT_RETRIEVER_ID}/trigger`, {
    method: 'POST',
  });
  expect(trigger.status).toBe(200);
  await eventually(
    'the triggered run to end',
    () => retrieverTask(server),
    state =>
      state?.status === 'idle' &&
      Date.parse(state.lastRunEndedAt) > Date.parse(first.lastRunEndedAt),
    60_000,
  );
}

describe('the standard-architecture tech-insights module in a backend', () => {
  it('has PostgreSQL when the test script requires it', () => {
    const hasPostgres = postgresIds.some(id => databases.supports(id));
    expect(
      hasPostgres || !process.env.STANDARD_ARCHITECTURE_REQUIRE_POSTGRES,
    ).toBe(true);
  });

  it.each(databases.eachSupportedId())(
    'stores facts and runs the configured checks on %s',
    async (databaseId: TestDatabaseId) => {
      const { backend, server } = await startBackend(databaseId, 'config');
      try {
        await retrieveFacts(server);
        const editions = (
          await get(server, '/api/standard-architecture/editions')
        ).body;

        // Jaeger is removed and Ingress NGINX past its end of life in 2026.
        const legacyVerdicts = Object.fromEntries(
          (await recommendations(server, 'svc-legacy')).tools.map((t: any) => [
            t.tool,
            t.verdict.verdict,
          ]),
        );
        expect(legacyVerdicts).toEqual({
          jaeger: 'removed',
          'ingress-nginx': 'end-of-life',
          'argo-cd': 'recommended',
        });
        expect(await latestFacts(server, 'svc-legacy')).toEqual({
          deprecatedToolCount: 1,
          cautionToolCount: 0,
          endOfLifeToolCount: 1,
          // svc-clean is a service of ours, not a tool.
          toolsOutsideStandard: ['component:default/legacy-cache'],
          distrolessRuntimeImage: false,
          standardDataVersion: editions.dataVersion,
          standardEdition: editions.current,
        });
        expect(await latestFacts(server, 'svc-clean')).toEqual({
          deprecatedToolCount: 0,
          cautionToolCount: 0,
          endOfLifeToolCount: 0,
          toolsOutsideStandard: [],
          distrolessRuntimeImage: true,
          standardDataVersion: editions.dataVersion,
          standardEdition: editions.current,
        });
        expect(await latestFacts(server, 'legacy-cache')).toMatchObject({
          deprecatedToolCount: 0,
          distrolessRuntimeImage: false,
        });
        // The standard's own tools are not services.
        expect(await latestFacts(server, 'jaeger')).toBeUndefined();

        const ids = STANDARD_ARCHITECTURE_CHECK_IDS;
        const checks = (await get(server, '/api/tech-insights/checks')).body;
        expect(checks.map((c: any) => c.id).sort()).toEqual(
          ['groupOwner', ...Object.values(ids)].sort(),
        );
        expect(
          checks.find((c: any) => c.id === ids.noDeprecatedTools).name,
        ).toBe('No deprecated standard tools (2026 edition)');

        expect(await runChecks(server, 'svc-clean')).toEqual({
          [ids.noDeprecatedTools]: true,
          [ids.noEndOfLifeTools]: true,
          [ids.distrolessRuntimeImage]: true,
        });
        expect(await runChecks(server, 'svc-legacy')).toEqual({
          [ids.noDeprecatedTools]: false,
          [ids.noEndOfLifeTools]: false,
          [ids.distrolessRuntimeImage]: false,
        });
      } finally {
        await backend.stop();
      }
    },
  );

  it('names the checks after the current edition through the check registry', async () => {
    const { backend, server } = await startBackend('SQLITE_3', 'registry');
    try {
      await retrieveFacts(server);
      const { current } = (
        await get(server, '/api/standard-architecture/editions')
      ).body;
      const checks = (await get(server, '/api/tech-insights/checks')).body;
      // The organisation's configured check stays next to the standard's.
      expect(checks.map((c: any) => [c.id, c.name])).toEqual([
        ['groupOwner', ORG_CHECK.name],
        [
          STANDARD_ARCHITECTURE_CHECK_IDS.noDeprecatedTools,
          `No deprecated standard tools (${current} edition)`,
        ],
        [
          STANDARD_ARCHITECTURE_CHECK_IDS.noEndOfLifeTools,
          `No tools past end of life (${current} edition)`,
        ],
        [
          STANDARD_ARCHITECTURE_CHECK_IDS.distrolessRuntimeImage,
          `Distroless runtime image (${current} edition)`,
        ],
      ]);
      expect(Object.values(await runChecks(server, 'svc-clean'))).toEqual([
        true,
        true,
        true,
      ]);
      expect(await runChecks(server, 'svc-legacy')).toMatchObject({
        [STANDARD_ARCHITECTURE_CHECK_IDS.noEndOfLifeTools]: false,
      });
    } finally {
      await backend.stop();
    }
  });
});
