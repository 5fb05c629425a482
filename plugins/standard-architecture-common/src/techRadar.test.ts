import { bundledStandard } from './__testUtils__/bundledStandard';
import { layerOfCategory } from './editions';
import { Edition, LAYER_IDS, Tool } from './schema';
import { Standard } from './standard';
import {
  DEFAULT_LAYER_QUADRANTS,
  DEFAULT_TECH_RADAR_QUADRANTS,
  TECH_RADAR_RING_IDS,
  techRadar,
  techRadarFromJson,
  techRadarLayout,
  VERDICT_RING,
} from './techRadar';
import { toolVerdict } from './verdict';

const standard = bundledStandard();
const TODAY = '2026-06-01';

const entryOf = (radar: ReturnType<typeof techRadar>, id: string) => {
  const entry = radar.entries.find(e => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};
const ringsOf = (radar: ReturnType<typeof techRadar>, id: string) =>
  entryOf(radar, id).timeline.map(s => s.ringId);

describe('techRadar on the bundled editions', () => {
  const radar = techRadar(standard, { today: TODAY });
  const latest = standard.editions[standard.editions.length - 1];

  it('shows every tool of the latest edition, in the ring of its verdict', () => {
    expect(radar.entries.map(e => e.id)).toEqual(latest.tools.map(t => t.id));
    for (const entry of radar.entries) {
      const { verdict } = toolVerdict(standard, entry.id, { today: TODAY });
      expect([entry.id, entry.timeline[0].ringId]).toEqual([
        entry.id,
        VERDICT_RING[verdict],
      ]);
    }
    expect(entryOf(radar, 'argo-cd').timeline[0].ringId).toBe('adopt');
    expect(entryOf(radar, 'jaeger').timeline[0].ringId).toBe('hold');
    expect(entryOf(radar, 'ingress-nginx').timeline[0].ringId).toBe('hold');
  });

  it('keeps the tools the edition removed, all in hold', () => {
    const removed = latest.tools.filter(t => t.status === 'removed');
    expect(removed.map(t => t.id)).toEqual(
      expect.arrayContaining(['jaeger', 'lens', 'kibana', 'elasticsearch']),
    );
    for (const tool of removed) {
      expect(entryOf(radar, tool.id).timeline[0].ringId).toBe('hold');
    }
  });

  it('describes each entry by its tool: name, English summary, entity page and links', () => {
    const argo = latest.tools.find(t => t.id === 'argo-cd')!;
    expect(entryOf(radar, 'argo-cd')).toMatchObject({
      key: 'argo-cd',
      id: 'argo-cd',
      title: 'Argo CD',
      quadrant: 'delivery',
      url: '/catalog/default/component/argo-cd',
      description: argo.summary.en,
      links: [
        { url: 'https://github.com/argoproj/argo-cd', title: 'Repository' },
        { url: argo.homepage, title: 'Homepage' },
      ],
    });
    const other = techRadar(standard, {
      today: TODAY,
      entityNamespace: 'standard',
    });
    expect(entryOf(other, 'argo-cd').url).toBe(
      '/catalog/standard/component/argo-cd',
    );
  });

  it('builds the timeline from every edition the tool is in, newest first', () => {
    const nginx = entryOf(radar, 'ingress-nginx');
    expect(nginx.timeline.map(s => s.date.toISOString().slice(0, 10))).toEqual(
      [...standard.editions].reverse().map(e => e.published),
    );
    // Judged as of 2026-06 it is past its end of life; before, adopted.
    expect(nginx.timeline.map(s => [s.ringId, s.moved])).toEqual([
      ['hold', -1],
      ['adopt', 0],
      ['adopt', 0],
      ['adopt', 0],
      ['adopt', 0],
    ]);
    const reason = latest.tools.find(t => t.id === 'ingress-nginx')!
      .statusReason!.en;
    expect(nginx.timeline[0].description).toBe(`2026 edition: ${reason}`);

    const jaeger = entryOf(radar, 'jaeger');
    expect(jaeger.timeline.map(s => [s.ringId, s.moved])).toEqual([
      ['hold', -1],
      ['adopt', 0],
      ['adopt', 0],
    ]);
    // Kept without a reason: the edition's summary of the tool.
    const jaeger2025 = standard.editions
      .find(e => e.year === 2025)!
      .tools.find(t => t.id === 'jaeger')!;
    expect(jaeger.timeline[1].description).toBe(
      `2025 edition: ${(jaeger2025.statusReason ?? jaeger2025.summary).en}`,
    );
  });

  it('judges the selected edition on the day given, so a caution reads assess before the end of life', () => {
    const before = techRadar(standard, { today: '2026-01-10' });
    expect(entryOf(before, 'ingress-nginx').timeline[0].ringId).toBe('assess');
  });

  it('shows an earlier edition with only the history up to it', () => {
    const radar2024 = techRadar(standard, { today: TODAY, edition: 2024 });
    const edition2024 = standard.editions.find(e => e.year === 2024)!;
    expect(radar2024.entries.map(e => e.id)).toEqual(
      edition2024.tools.map(t => t.id),
    );
    expect(radar2024.entries.some(e => e.id === 'tempo')).toBe(false);
    expect(ringsOf(radar2024, 'jaeger')).toHaveLength(1);
    for (const entry of radar2024.entries) {
      expect(entry.timeline[0].date.toISOString().slice(0, 10)).toBe(
        edition2024.published,
      );
    }
  });

  it('maps every layer of every edition to one of four quadrants, each used', () => {
    expect(radar.quadrants).toEqual(DEFAULT_TECH_RADAR_QUADRANTS);
    expect(radar.rings.map(r => r.id)).toEqual([...TECH_RADAR_RING_IDS]);
    for (const edition of standard.editions) {
      for (const layer of edition.layers) {
        expect(Object.keys(DEFAULT_LAYER_QUADRANTS)).toContain(layer.id);
      }
    }
    const ids = radar.quadrants.map(q => q.id);
    for (const entry of radar.entries) expect(ids).toContain(entry.quadrant);
    expect(new Set(radar.entries.map(e => e.quadrant))).toEqual(new Set(ids));
    for (const entry of radar.entries) {
      const tool = latest.tools.find(t => t.id === entry.id)!;
      const layer = layerOfCategory(latest, tool.category)!;
      expect(entry.quadrant).toBe(DEFAULT_LAYER_QUADRANTS[layer]);
    }
  });

  it('survives JSON: the dates come back as Dates', () => {
    const json = JSON.parse(JSON.stringify(radar));
    expect(typeof json.entries[0].timeline[0].date).toBe('string');
    const back = techRadarFromJson(json);
    expect(back).toEqual(radar);
    expect(back.entries[0].timeline[0].date).toBeInstanceOf(Date);
  });
});

describe('techRadar movement', () => {
  const text = (en: string) => ({ en, ko: en });
  const tool = (extra: Partial<Tool>): Tool => ({
    id: 'thing',
    name: 'Thing',
    nameKo: 'Thing',
    category: 'c',
    license: 'MIT',
    status: 'kept',
    summary: text('A thing'),
    sources: { status: { section: 's' }, license: { section: 's' } },
    ...extra,
  });
  const edition = (year: number, t: Tool): Edition => ({
    year,
    title: text(`${year}`),
    source: `https://example.com/${year}`,
    published: `${year - 1}-12-01`,
    sections: ['s'],
    summary: text('s'),
    layers: [{ id: 'runtime', categories: [{ id: 'c', name: text('c') }] }],
    tools: [t],
  });

  it('moves in when a ring nears the centre and out when it leaves it', () => {
    const small: Standard = {
      editions: [
        edition(2023, tool({ experimental: true })),
        edition(2024, tool({})),
        edition(2025, tool({})),
        edition(2026, tool({ status: 'caution', statusReason: text('Why') })),
      ],
    };
    const radar = techRadar(small, { today: '2026-01-01' });
    expect(radar.entries[0].timeline.map(s => [s.ringId, s.moved])).toEqual([
      ['assess', -1],
      ['adopt', 0],
      ['adopt', 1],
      ['trial', 0],
    ]);
    expect(radar.entries[0].timeline[0].description).toBe('2026 edition: Why');
    expect(radar.entries[0].quadrant).toBe('infrastructure');
  });
});

describe('techRadarLayout', () => {
  const quadrants = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
    { id: 'd', name: 'D' },
  ];

  it('defaults to four quadrants covering every layer', () => {
    const layout = techRadarLayout();
    expect(layout.quadrants).toHaveLength(4);
    expect(Object.keys(layout.layerQuadrants).sort()).toEqual(
      [...LAYER_IDS].sort(),
    );
  });

  it('names the layer mapped to an unknown quadrant', () => {
    expect(() =>
      techRadarLayout({ layerQuadrants: { runtime: 'compute' } }),
    ).toThrow(
      'layerQuadrants.runtime: layer "runtime" is mapped to unknown quadrant "compute"',
    );
    // Own quadrants without a mapping: the default mapping does not fit them.
    expect(() => techRadarLayout({ quadrants })).toThrow(
      /layer "infrastructure" is mapped to unknown quadrant "infrastructure"; known quadrants: a, b, c, d/,
    );
  });

  it('rejects other than four quadrants, repeated ids and unknown layers', () => {
    expect(() =>
      techRadarLayout({ quadrants: quadrants.slice(0, 3), layerQuadrants: {} }),
    ).toThrow('exactly 4 quadrants, got 3');
    expect(() =>
      techRadarLayout({
        quadrants: [...quadrants.slice(0, 3), { id: 'a', name: 'Again' }],
        layerQuadrants: {},
      }),
    ).toThrow('quadrant id "a" is repeated');
    expect(() =>
      techRadarLayout({ quadrants, layerQuadrants: { compute: 'a' } }),
    ).toThrow('"compute" is not a layer of the standard');
  });

  it('puts layers the mapping leaves out into the first quadrant', () => {
    const layout = techRadarLayout({
      quadrants,
      layerQuadrants: { delivery: 'c', observability: 'd' },
    });
    const radar = techRadar(standard, { today: TODAY, layout });
    expect(entryOf(radar, 'argo-cd').quadrant).toBe('c');
    expect(entryOf(radar, 'tempo').quadrant).toBe('d');
    expect(entryOf(radar, 'cilium').quadrant).toBe('a');
    expect(entryOf(radar, 'kubeadm').quadrant).toBe('a');
  });
});
