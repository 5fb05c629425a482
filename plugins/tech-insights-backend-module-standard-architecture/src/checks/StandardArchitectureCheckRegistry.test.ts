import { mockServices } from '@backstage/backend-test-utils';
import { startFakePlugins } from '../__testUtils__/fakePlugins';
import { StandardArchitectureCheckRegistry } from './StandardArchitectureCheckRegistry';
import { STANDARD_ARCHITECTURE_CHECK_IDS } from './standardArchitectureChecks';

const ownCheck = {
  type: 'json-rules-engine',
  name: 'Has a group owner',
  description: 'The owner is a group',
  factIds: ['entityOwnershipFactRetriever'],
  rule: {
    conditions: {
      all: [{ fact: 'hasGroupOwner', operator: 'equal', value: true }],
    },
  },
};

describe('StandardArchitectureCheckRegistry', () => {
  let edition: number | undefined;
  let plugins: Awaited<ReturnType<typeof startFakePlugins>>;

  beforeAll(async () => {
    plugins = await startFakePlugins({
      'standard-architecture': async () =>
        edition
          ? { body: { current: edition, contentHash: 'h', items: [] } }
          : { status: 503, body: {} },
    });
  });
  afterAll(() => plugins.close());

  const registry = (editionCacheMs?: number) =>
    StandardArchitectureCheckRegistry.fromConfig(
      mockServices.rootConfig({
        data: {
          techInsights: { factChecker: { checks: { groupOwner: ownCheck } } },
        },
      }),
      {
        discovery: plugins.discovery,
        auth: mockServices.auth({ pluginId: 'tech-insights' }),
        logger: mockServices.logger.mock(),
        editionCacheMs,
      },
    );

  it('serves your configured checks and the standard’s, named after the current edition', async () => {
    edition = 2026;
    const checks = await registry().list();
    expect(checks.map(c => [c.id, c.name])).toEqual([
      ['groupOwner', 'Has a group owner'],
      [
        STANDARD_ARCHITECTURE_CHECK_IDS.noDeprecatedTools,
        'No deprecated standard tools (2026 edition)',
      ],
      [
        STANDARD_ARCHITECTURE_CHECK_IDS.noEndOfLifeTools,
        'No tools past end of life (2026 edition)',
      ],
      [
        STANDARD_ARCHITECTURE_CHECK_IDS.distrolessRuntimeImage,
        'Distroless runtime image (2026 edition)',
      ],
    ]);
    expect(checks[0]).toEqual({ id: 'groupOwner', ...ownCheck });
  });

  it('follows a new edition once its cache expires', async () => {
    edition = 2026;
    const checks = registry(0);
    const name = async () =>
      (await checks.get(STANDARD_ARCHITECTURE_CHECK_IDS.noEndOfLifeTools)).name;
    await expect(name()).resolves.toContain('2026 edition');
    edition = 2027;
    await expect(name()).resolves.toContain('2027 edition');
  });

  it('keeps the last known edition while the API is unavailable', async () => {
    edition = 2026;
    const checks = registry(0);
    await checks.list();
    edition = undefined;
    const names = (await checks.list()).map(c => c.name);
    expect(names).toContain('Distroless runtime image (2026 edition)');
    // Never known: the names say so rather than guess.
    const fresh = registry(0);
    expect((await fresh.list()).map(c => c.name)).toContain(
      'Distroless runtime image (current edition)',
    );
  });

  it('refuses a check id twice, and names unknown ids', async () => {
    edition = 2026;
    const checks = registry();
    await expect(
      checks.register({ ...ownCheck, id: 'groupOwner' }),
    ).rejects.toThrow('already been registered');
    await expect(
      checks.register({
        ...ownCheck,
        id: STANDARD_ARCHITECTURE_CHECK_IDS.noDeprecatedTools,
      }),
    ).rejects.toThrow('already been registered');
    await expect(checks.getAll(['groupOwner', 'nope'])).rejects.toThrow(
      "'nope' is not registered",
    );
  });
});
