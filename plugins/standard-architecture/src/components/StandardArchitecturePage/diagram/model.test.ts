import { VERDICT_LABELS } from '@k8s-standard/plugin-standard-architecture-common';
import { diagramEdition } from './fixture';
import { buildDiagramModel } from './model';

const options = {
  layerLabel: (id: string) => id,
  categoryLabel: (c: { name: { en: string } }) => c.name.en,
  verdictLabel: (v: keyof typeof VERDICT_LABELS) => VERDICT_LABELS[v].en,
};

describe('buildDiagramModel', () => {
  it('stacks the layers as published and keeps only categories with tools', () => {
    const model = buildDiagramModel(diagramEdition, options);
    expect(model.bands.map(b => b.id)).toEqual([
      'platform-services',
      'operations',
      'observability',
      'networking',
      'infrastructure',
    ]);
    const tiles = model.bands.flatMap(b => b.categories.flatMap(c => c.tiles));
    expect(tiles.map(t => t.id).sort()).toEqual(
      diagramEdition.tools.map(t => t.id).sort(),
    );
  });

  it('names replacements by name, or the successor, and counts only dependents above zero', () => {
    const model = buildDiagramModel(diagramEdition, {
      ...options,
      dependents: new Map([
        ['terraform', 5],
        ['strimzi', 0],
      ]),
      teamTools: new Set(['terraform']),
    });
    const tile = (id: string) =>
      model.bands
        .flatMap(b => b.categories.flatMap(c => c.tiles))
        .find(t => t.id === id)!;
    expect(tile('jaeger').replacement).toBe('Tempo');
    expect(tile('lens').replacement).toBe('Headlamp');
    expect(tile('ingress-nginx').replacement).toBe('Gateway API');
    expect(tile('ingress-nginx').verdictLabel).toBe('End of life');
    expect(tile('terraform').replacement).toBeUndefined();
    expect(tile('terraform').dependents).toBe(5);
    expect(tile('strimzi').dependents).toBeUndefined();
    expect(tile('terraform').team).toBe(true);
    expect(tile('calico').team).toBe(false);
    expect(tile('lens').removed).toBe(true);
  });

  it('judges a tool the edition gives no verdict for from its own facts', () => {
    const model = buildDiagramModel(
      {
        ...diagramEdition,
        verdicts: {},
        tools: diagramEdition.tools.map(t =>
          t.id === 'strimzi' ? { ...t, experimental: true } : t,
        ),
      },
      options,
    );
    const verdicts = Object.fromEntries(
      model.bands
        .flatMap(b => b.categories.flatMap(c => c.tiles))
        .map(t => [t.id, t.verdict.verdict]),
    );
    expect(verdicts).toMatchObject({
      jaeger: 'removed',
      'ingress-nginx': 'caution',
      strimzi: 'experimental',
      terraform: 'recommended',
    });
  });
});
