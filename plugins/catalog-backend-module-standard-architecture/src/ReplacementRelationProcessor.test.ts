import { Entity } from '@backstage/catalog-model';
import { processingResult } from '@backstage/plugin-catalog-node';
import { ANNOTATIONS } from '@k8s-standard/plugin-standard-architecture-common';
import {
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
  ReplacementRelationProcessor,
} from './ReplacementRelationProcessor';

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
