import { Entity } from '@backstage/catalog-model';
import { ANNOTATIONS } from '@internal/plugin-standard-architecture-common';
import { PROVIDER_NAME } from '../ingestion/StandardIngestion';
import { ReplacementRelationProcessor } from './ReplacementRelationProcessor';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'lens', namespace: 'default', annotations },
  spec: { type: 'tool' },
});

async function relationsOf(e: Entity) {
  const emit = jest.fn();
  const out = await new ReplacementRelationProcessor().postProcessEntity(
    e,
    { type: 'url', target: 'https://example.com' },
    emit,
  );
  expect(out).toBe(e);
  return emit.mock.calls.map(([result]) => result.relation);
}

describe('ReplacementRelationProcessor', () => {
  it("draws replacedBy and replaces for the standard's own entities", async () => {
    const relations = await relationsOf(
      entity({
        [ANNOTATIONS.provider]: PROVIDER_NAME,
        [ANNOTATIONS.replacedBy]: 'component:default/headlamp',
      }),
    );
    expect(relations).toEqual([
      {
        source: { kind: 'Component', namespace: 'default', name: 'lens' },
        type: 'replacedBy',
        target: { kind: 'component', namespace: 'default', name: 'headlamp' },
      },
      {
        source: { kind: 'component', namespace: 'default', name: 'headlamp' },
        type: 'replaces',
        target: { kind: 'Component', namespace: 'default', name: 'lens' },
      },
    ]);
  });

  it('ignores a hand-written replaced-by annotation on any other entity', async () => {
    expect(
      await relationsOf(
        entity({ [ANNOTATIONS.replacedBy]: 'component:default/headlamp' }),
      ),
    ).toEqual([]);
  });

  it('skips a malformed ref without failing the entity', async () => {
    const relations = await relationsOf(
      entity({
        [ANNOTATIONS.provider]: PROVIDER_NAME,
        [ANNOTATIONS.replacedBy]: 'component:default/, headlamp',
      }),
    );
    expect(
      relations
        .filter((r: any) => r.type === 'replacedBy')
        .map((r: any) => r.target.name),
    ).toEqual(['headlamp']);
  });
});
