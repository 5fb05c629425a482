import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  CatalogProcessingExtensionPoint,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { standardArchitecturePlugin } from '../plugin';
import {
  catalogModuleStandardArchitecture,
  ReplacementRelationProcessor,
  StandardArchitectureEntityProvider,
} from '@k8s-standard/plugin-catalog-backend-module-standard-architecture';

const BUNDLED_ENTITIES = 1 + 9 + 48; // domain, one system per layer, 48 tools

// The plugin's database. The default test database factory leaves its SQLite
// pool open after the backend stops; TestDatabases closes it after the file.
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function extensionPointMock() {
  return {
    addEntityProvider: jest.fn(),
    addProcessor: jest.fn(),
    addPlaceholderResolver: jest.fn(),
    setOnProcessingErrorHandler: jest.fn(),
  } satisfies CatalogProcessingExtensionPoint;
}

/**
 * The module and the plugin in one backend, as in production: the module's
 * provider reads the accepted standard from the plugin's `GET /standard`,
 * through discovery and a plugin-to-plugin token.
 */
async function startWithPlugin(standardArchitecture: object) {
  const extensionPoint = extensionPointMock();
  await startTestBackend({
    extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
    features: [
      catalogModuleStandardArchitecture,
      standardArchitecturePlugin,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.database.factory({ knex: await databases.init('SQLITE_3') }),
      mockServices.rootConfig.factory({ data: { standardArchitecture } }),
    ],
  });
  const provider = extensionPoint.addEntityProvider.mock
    .calls[0][0] as StandardArchitectureEntityProvider;
  const connection = {
    applyMutation: jest.fn(async () => {}),
    refresh: jest.fn(async () => {}),
  } satisfies EntityProviderConnection;
  await provider.connect(connection);
  return { provider, connection };
}

describe('catalogModuleStandardArchitecture', () => {
  afterEach(() => jest.restoreAllMocks());

  it('registers the entity provider and the replacement relation processor', async () => {
    const extensionPoint = extensionPointMock();

    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [
        catalogModuleStandardArchitecture,
        mockServices.rootConfig.factory({
          data: {
            standardArchitecture: { owner: 'group:default/platform-team' },
          },
        }),
      ],
    });

    expect(extensionPoint.addEntityProvider).toHaveBeenCalledTimes(1);
    const [provider] = extensionPoint.addEntityProvider.mock.calls[0];
    expect(provider).toBeInstanceOf(StandardArchitectureEntityProvider);
    expect(provider.getProviderName()).toBe(
      'standard-architecture-provider:default',
    );

    expect(extensionPoint.addProcessor).toHaveBeenCalledTimes(1);
    const [processor] = extensionPoint.addProcessor.mock.calls[0];
    expect(processor).toBeInstanceOf(ReplacementRelationProcessor);
  });

  it("applies the standard the plugin accepted, read through discovery with the module's own token", async () => {
    const fetchSpy = jest.spyOn(global, 'fetch');
    // No initial delay: the test scheduler runs the ingestion at startup.
    const { provider, connection } = await startWithPlugin({
      owner: 'group:default/standards-guild',
      schedule: { frequency: { minutes: 30 }, timeout: { minutes: 3 } },
    });

    await expect(provider.refresh()).resolves.toBe(true);
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    const [mutation] = connection.applyMutation.mock.calls[0] as any[];
    expect(mutation.type).toBe('full');
    expect(mutation.entities).toHaveLength(BUNDLED_ENTITIES);
    expect(
      mutation.entities.every(
        (i: any) => i.entity.spec.owner === 'group:default/standards-guild',
      ),
    ).toBe(true);

    const calls = fetchSpy.mock.calls.filter(([url]) =>
      String(url).endsWith('/api/standard-architecture/standard'),
    );
    expect(calls).toHaveLength(1);
    const headers = calls[0][1]?.headers as Record<string, string>;
    // A service token for the plugin, on behalf of the catalog itself.
    expect(headers.Authorization).toMatch(/^Bearer mock-service-token/);
    expect(headers.Authorization).toContain('standard-architecture');
    expect(headers['If-None-Match']).toBeUndefined();

    // Asked again: a conditional request, answered 304, nothing re-applied.
    await expect(provider.refresh()).resolves.toBe(false);
    const again = fetchSpy.mock.calls.filter(([url]) =>
      String(url).endsWith('/api/standard-architecture/standard'),
    );
    expect(again).toHaveLength(2);
    expect(
      (again[1][1]?.headers as Record<string, string>)['If-None-Match'],
    ).toMatch(/^"[0-9a-f]{64}"$/);
    const second = await fetchSpy.mock.results.at(-1)!.value;
    expect(second.status).toBe(304);
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
  });

  it('applies nothing while the plugin has not ingested a standard', async () => {
    // The default schedule has an initial delay: nothing ingested yet.
    const { provider, connection } = await startWithPlugin({});
    await expect(provider.refresh()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 503,
      cause: { message: 'The standard has not been ingested yet' },
    });
    expect(connection.applyMutation).not.toHaveBeenCalled();
  });

  it('fails to start on invalid configuration, naming the key', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [catalogProcessingExtensionPoint, extensionPointMock()],
        ],
        features: [
          catalogModuleStandardArchitecture,
          mockServices.rootConfig.factory({
            data: { standardArchitecture: { maxRemovalShare: 2 } },
          }),
        ],
      }),
    ).rejects.toThrow(
      /standardArchitecture\.maxRemovalShare: must be between 0 and 1/,
    );
  });
});
