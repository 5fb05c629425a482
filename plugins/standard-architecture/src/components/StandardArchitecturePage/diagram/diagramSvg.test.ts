import {
  EditionResponse,
  VERDICT_LABELS,
  VERDICTS,
} from '@k8s-standard/plugin-standard-architecture-common';
import { diagramDependents, diagramEdition } from './fixture';
import { DiagramSvgLabels, diagramSvg, escapeXml } from './diagramSvg';
import { buildDiagramModel, DiagramModel } from './model';
import { layoutDiagram } from './svgLayout';

const labels: DiagramSvgLabels = {
  title: 'Kubernetes Standard Architecture 2026',
  legendTitle: 'Legend',
  verdicts: Object.fromEntries(
    VERDICTS.map(v => [v, VERDICT_LABELS[v].en]),
  ) as DiagramSvgLabels['verdicts'],
  replacement: 'replaced by the named tool, or moving to its successor',
  dependents: 'services that depend on the tool',
  removed: 'dashed outline: no longer in the standard',
  team: 'used by your teams’ services',
  initials: 'initials: no logo available',
};

const model = (
  edition: EditionResponse = diagramEdition,
  teamTools?: Set<string>,
): DiagramModel =>
  buildDiagramModel(edition, {
    layerLabel: id => id,
    categoryLabel: c => c.name.en,
    verdictLabel: v => VERDICT_LABELS[v].en,
    dependents: diagramDependents,
    teamTools,
  });

const parse = (svg: string) =>
  new DOMParser().parseFromString(svg, 'image/svg+xml');

const texts = (doc: Document) =>
  Array.from(doc.querySelectorAll('text')).map(t => t.textContent);

describe('diagramSvg', () => {
  it('is a well-formed standalone SVG document with every tool', () => {
    const svg = diagramSvg(model(), { labels });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(1400);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
    expect(root.getAttribute('viewBox')).toBe(
      `0 0 1400 ${root.getAttribute('height')}`,
    );
    for (const tool of diagramEdition.tools) {
      expect(texts(doc)).toContain(tool.name);
      expect(doc.querySelector(`g[data-tool="${tool.id}"]`)).not.toBeNull();
    }
    expect(texts(doc)).toContain('platform-services');
    expect(texts(doc)).toContain('Distributed tracing');
  });

  it('draws verdict marks, replacements, logos and only non-zero dependents', () => {
    const doc = parse(diagramSvg(model(), { labels }));
    const tile = (id: string) => doc.querySelector(`g[data-tool="${id}"]`)!;
    expect(texts(tile('jaeger') as any as Document)).toEqual(
      expect.arrayContaining(['Jaeger', 'Removed', '→ Tempo']),
    );
    expect(tile('ingress-nginx').textContent).toContain('End of life');
    expect(tile('ingress-nginx').textContent).toContain('→ Gateway API');
    expect(tile('ingress-nginx').innerHTML).toContain('#c62828');
    // Recommended shows its icon only; the count badge shows 5.
    expect(tile('terraform').textContent).toBe('Terraform5');
    // Nobody depends on Strimzi: no badge, so no "0".
    expect(tile('strimzi').textContent).toBe('StStrimzi');
    // Terraform's logo is a path; Strimzi has initials.
    expect(tile('terraform').querySelectorAll('path').length).toBe(2);
    // The dashed outline of a removed tool.
    expect(
      tile('lens').querySelector('rect')!.getAttribute('stroke-dasharray'),
    ).toBe('4 3');
  });

  it('has a legend with every verdict label', () => {
    const all = texts(parse(diagramSvg(model(), { labels })));
    expect(all).toContain('Legend');
    for (const verdict of VERDICTS) {
      expect(all).toContain(VERDICT_LABELS[verdict].en);
    }
    expect(all).toContain('→ X');
    expect(all).toContain(labels.dependents);
  });

  it('escapes every text: a name with markup stays text', () => {
    const hostile: EditionResponse = {
      ...diagramEdition,
      layers: diagramEdition.layers.map(layer => ({
        ...layer,
        categories: layer.categories.map(c =>
          c.id === 'tracing'
            ? { ...c, name: { en: 'Traces & "spans" <b>', ko: 'x' } }
            : c,
        ),
      })),
      tools: diagramEdition.tools.map(tool =>
        tool.id === 'tempo' ? { ...tool, name: '<script>x</script>' } : tool,
      ),
    };
    const svg = diagramSvg(model(hostile), {
      labels: { ...labels, title: "Tom's <Standard> & co" },
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    const all = texts(doc);
    expect(all).toContain('<script>x</script>');
    // Jaeger's arrow names its replacement, markup and all, as text.
    expect(all).toContain('→ <script>x</script>');
    expect(all).toContain('Traces & "spans" <b>');
    expect(doc.querySelector('title')!.textContent).toBe(
      "Tom's <Standard> & co",
    );
  });

  it('shows the team highlight and compact mode as the page does', () => {
    const doc = parse(
      diagramSvg(model(diagramEdition, new Set(['terraform'])), {
        labels,
        compact: true,
      }),
    );
    const tile = (id: string) => doc.querySelector(`g[data-tool="${id}"]`)!;
    expect(tile('terraform').querySelector('circle')).not.toBeNull();
    expect(
      tile('terraform').querySelector('rect')!.getAttribute('stroke'),
    ).toBe('#1f5493');
    expect(tile('calico').querySelector('rect')!.getAttribute('fill')).toBe(
      '#e9ecef',
    );
    // Compact: the verdict and replacement words give way to icon and arrow.
    expect(tile('ingress-nginx').textContent).not.toContain('End of life');
    expect(tile('jaeger').textContent).toBe('Jaeger→');
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters and drops forbidden controls', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0000\u0007\t`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;\t',
    );
  });
});

describe('layoutDiagram', () => {
  type Box = { x: number; y: number; width: number; height: number };
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width &&
    b.x < a.x + a.width &&
    a.y < b.y + b.height &&
    b.y < a.y + a.height;

  it('keeps 140 tiles apart and inside the picture', () => {
    const tools = Array.from({ length: 140 }, (_, i) => ({
      ...diagramEdition.tools[i % diagramEdition.tools.length],
      id: `synthetic-${i}`,
      name: `Synthetic tool ${i} with a rather long name`,
    }));
    const layout = layoutDiagram(model({ ...diagramEdition, tools }), {
      compact: false,
      width: 1400,
    });
    const boxes = layout.bands.flatMap(band =>
      band.categories.flatMap(category =>
        category.tiles.map(tile => {
          // Inside its category, and the category inside its band.
          expect(tile.x + tile.width).toBeLessThanOrEqual(
            category.x + category.width,
          );
          expect(category.y + category.height).toBeLessThanOrEqual(
            band.y + band.height,
          );
          return { x: tile.x, y: tile.y, width: tile.width, height: 30 };
        }),
      ),
    );
    expect(boxes).toHaveLength(140);
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(1400 - 16);
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i], boxes[j])).toBe(false);
      }
    }
    // Long names are cut with an ellipsis, never broken over lines.
    const names = layout.bands.flatMap(b =>
      b.categories.flatMap(c => c.tiles.map(t => t.name)),
    );
    expect(names.every(name => name.endsWith('…'))).toBe(true);
  });
});
