import { mockServices } from '@backstage/backend-test-utils';
import { JsonRulesEngineFactCheckerFactory } from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { TechInsightsStore } from '@backstage-community/plugin-tech-insights-node';
import {
  createStandardArchitectureFactRetriever,
  FACT_RETRIEVER_ID,
} from '../factRetriever';
import { StandardArchitectureFacts } from '../service/serviceFacts';
import {
  STANDARD_ARCHITECTURE_CHECK_IDS,
  standardArchitectureChecks,
  standardArchitectureChecksConfig,
} from './standardArchitectureChecks';

const retriever = createStandardArchitectureFactRetriever({
  concurrency: 1,
  pageSize: 1,
  requestTimeoutMs: 1000,
  toolNamespace: 'default',
});

const clean: StandardArchitectureFacts = {
  deprecatedToolCount: 0,
  cautionToolCount: 1,
  endOfLifeToolCount: 0,
  toolsOutsideStandard: ['component:default/redis-cache'],
  distrolessRuntimeImage: true,
  standardDataVersion: '2.0.0',
  standardEdition: 2026,
};

/** A store holding one fact row per entity, as the tech-insights database returns them. */
function storeWith(
  rows: Record<string, StandardArchitectureFacts>,
): TechInsightsStore {
  return {
    async getLatestFactsByIds(ids: string[], entity: string) {
      const facts = rows[entity];
      if (!facts || !ids.includes(FACT_RETRIEVER_ID)) return {};
      return {
        [FACT_RETRIEVER_ID]: {
          id: FACT_RETRIEVER_ID,
          entity: { kind: 'component', namespace: 'default', name: entity },
          facts: { ...facts },
        },
      };
    },
    async getLatestSchemas() {
      return [{ id: FACT_RETRIEVER_ID, version: '1.0.0', ...retriever.schema }];
    },
  } as unknown as TechInsightsStore;
}

const resultsOf = async (
  factory: JsonRulesEngineFactCheckerFactory,
  store: TechInsightsStore,
  entity: string,
) =>
  Object.fromEntries(
    (await factory.construct(store).runChecks(entity)).map(r => [
      r.check.id,
      r.result,
    ]),
  );

describe('standardArchitectureChecks', () => {
  it('names the edition in every name and description', () => {
    const checks = standardArchitectureChecks(2026);
    expect(checks.map(c => c.name)).toEqual([
      'No deprecated standard tools (2026 edition)',
      'No tools past end of life (2026 edition)',
      'Distroless runtime image (2026 edition)',
    ]);
    for (const check of checks) {
      expect(check.description).toContain('2026 edition');
      expect(check.factIds).toEqual([FACT_RETRIEVER_ID]);
    }
    expect(standardArchitectureChecks().map(c => c.name)).toContain(
      'Distroless runtime image (current edition)',
    );
  });

  it('references only facts of the retriever schema', async () => {
    const checker = new JsonRulesEngineFactCheckerFactory({
      checks: [],
      logger: mockServices.logger.mock(),
    }).construct(storeWith({}));
    for (const check of standardArchitectureChecks(2026)) {
      await expect(checker.validate(check)).resolves.toEqual({ valid: true });
    }
  });

  it('pass for a clean service and fail for each problem, through config', async () => {
    // Plain JSON, as app-config.yaml would hold it.
    const checks = JSON.parse(
      JSON.stringify(standardArchitectureChecksConfig(2026)),
    );
    const config = mockServices.rootConfig({
      data: { techInsights: { factChecker: { checks } } },
    });
    const factory = JsonRulesEngineFactCheckerFactory.fromConfig(config, {
      logger: mockServices.logger.mock(),
    });
    const store = storeWith({
      'component:default/clean': clean,
      'component:default/deprecated': { ...clean, deprecatedToolCount: 2 },
      'component:default/end-of-life': { ...clean, endOfLifeToolCount: 1 },
      'component:default/heavy-image': {
        ...clean,
        distrolessRuntimeImage: false,
      },
    });
    const ids = STANDARD_ARCHITECTURE_CHECK_IDS;
    const allPass = {
      [ids.noDeprecatedTools]: true,
      [ids.noEndOfLifeTools]: true,
      [ids.distrolessRuntimeImage]: true,
    };
    await expect(
      resultsOf(factory, store, 'component:default/clean'),
    ).resolves.toEqual(allPass);
    await expect(
      resultsOf(factory, store, 'component:default/deprecated'),
    ).resolves.toEqual({ ...allPass, [ids.noDeprecatedTools]: false });
    await expect(
      resultsOf(factory, store, 'component:default/end-of-life'),
    ).resolves.toEqual({ ...allPass, [ids.noEndOfLifeTools]: false });
    await expect(
      resultsOf(factory, store, 'component:default/heavy-image'),
    ).resolves.toEqual({ ...allPass, [ids.distrolessRuntimeImage]: false });
    // Entities without these facts (e.g. the standard's own tools) get no result.
    await expect(
      resultsOf(factory, store, 'component:default/jaeger'),
    ).resolves.toEqual({});
  });
});
