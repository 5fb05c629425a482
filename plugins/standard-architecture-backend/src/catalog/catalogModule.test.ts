import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  CatalogProcessingExtensionPoint,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { ANNOTATIONS } from '@internal/plugin-standard-architecture-common';
import { catalogModuleStandardArchitecture } from './catalogModule';
import {
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
  ReplacementRelationProcessor,
} from './ReplacementRelationProcessor';
import { StandardArchitectureEntityProvider } from './StandardArchitectureEntityProvider';

describe('catalogModuleStandardArchitecture', () => {
  it('registers the entity provider and the replacement relation processor', async () => {
    const extensionPoint = {
      addEntityProvider: jest.fn(),
      addProcessor: jest.fn(),
      addPlaceholderResolver: jest.fn(),
      setOnProcessingErrorHandler: jest.fn(),
    } satisfies CatalogProcessingExtensionPoint;

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

  it('fails to start on invalid configuration, naming the key', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [
            catalogProcessingExtensionPoint,
            {
              addEntityProvider: jest.fn(),
              addProcessor: jest.fn(),
              addPlaceholderResolver: jest.fn(),
              setOnProcessingErrorHandler: jest.fn(),
            },
          ],
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
      annotations: replacedBy ? { [ANNOTATIONS.replacedBy]: replacedBy } : {},
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

  it('emits nothing for an entity without the annotation', async () => {
    const emit = jest.fn();
    const argo = tool('argo-cd');
    await expect(
      processor.postProcessEntity(argo, location, emit),
    ).resolves.toBe(argo);
    expect(emit).not.toHaveBeenCalled();
  });
});
