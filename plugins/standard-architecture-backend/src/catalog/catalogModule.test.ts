import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  CatalogProcessingExtensionPoint,
  EntityProviderConnection,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ANNOTATIONS } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitecturePlugin } from '../plugin';
import { catalogModuleStandardArchitecture } from './catalogModule';
import {
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
  ReplacementRelationProcessor,
} from './ReplacementRelationProcessor';
import { StandardArchitectureEntityProvider } from './StandardArchitectureEntityProvider';

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

describe('ReplacementRelationProcessor', () => {
  const processor = new ReplacementRelationProcessor();
  const location = { type: 'url', target: 'https://example.com/standard' };
  const tool = (name: string, replacedBy?: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      // Written by the standard's provider, as the processor requires.
      annotations: {
        [ANNOTATIONS.provider]: 'standard-architecture-provider:default',
        ...(replacedBy && { [ANNOTATIONS.replacedBy]: replacedBy }),
      },
    },
    spec: {
      type: 'tool',
      lifecycle: 'deprecated',
      owner: 'group:default/platform-team',
    },
  });
  const ref = (name: string) => ({
    kind: 'Component',
    namespace: 'default',
    name,
  });

  it('emits replacedBy and the inverse replaces for the replaced-by annotation', async () => {
    const emit = jest.fn();
    const lens = tool('lens', 'component:default/headlamp');

    await expect(
      processor.postProcessEntity(lens, location, emit),
    ).resolves.toBe(lens);

    expect(emit.mock.calls.map(([result]) => result)).toEqual([
      processingResult.relation({
        source: ref('lens'),
        type: RELATION_REPLACED_BY,
        target: { kind: 'component', namespace: 'default', name: 'headlamp' },
      }),
      processingResult.relation({
        source: { kind: 'component', namespace: 'default', name: 'headlamp' },
        type: RELATION_REPLACES,
        target: ref('lens'),
      }),
    ]);
    expect(RELATION_REPLACED_BY).toBe('replacedBy');
    expect(RELATION_REPLACES).toBe('replaces');
  });

  it('emits a pair of relations per comma-separated replacement', async () => {
    const emit = jest.fn();
    await processor.postProcessEntity(
      tool('kibana', 'component:default/grafana, component:default/opensearch'),
      location,
      emit,
    );
    const relations = emit.mock.calls.map(([result]) => result.relation);
    expect(
      relations.map(r => `${r.source.name} ${r.type} ${r.target.name}`),
    ).toEqual([
      'kibana replacedBy grafana',
      'grafana replaces kibana',
      'kibana replacedBy opensearch',
      'opensearch replaces kibana',
    ]);
  });

  it('ignores a hand-written replaced-by annotation on any other entity', async () => {
    const emit = jest.fn();
    const handWritten = tool('lens', 'component:default/headlamp');
    delete handWritten.metadata.annotations![ANNOTATIONS.provider];
    await processor.postProcessEntity(handWritten, location, emit);
    expect(emit).not.toHaveBeenCalled();
  });

  it('skips a malformed ref without failing the entity', async () => {
    const emit = jest.fn();
    const lens = tool('lens', 'component:default/, component:default/headlamp');
    await expect(
      processor.postProcessEntity(lens, location, emit),
    ).resolves.toBe(lens);
    const relations = emit.mock.calls.map(([result]) => result.relation);
    expect(
      relations.map(r => `${r.source.name} ${r.type} ${r.target.name}`),
    ).toEqual(['lens replacedBy headlamp', 'headlamp replaces lens']);
  });

  it('emits nothing for an entity without the annotation', async () => {
    const emit = jest.fn();
    const argo = tool('argo-cd');
    await expect(
      processor.postProcessEntity(argo, location, emit),
    ).resolves.toBe(argo);
    expect(emit).not.toHaveBeenCalled();
  });
});
