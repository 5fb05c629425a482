import { DEFAULT_TOOL_NAMESPACE } from './annotations';
import { currentEdition, layerOfCategory } from './editions';
import { Edition, LAYER_IDS, Tool } from './schema';
import { Standard } from './standard';
import { toolVerdict, Verdict } from './verdict';

/*
 * The standard as the community Tech Radar's loader response. The types
 * below are structurally identical to `TechRadarLoaderResponse` of
 * `@backstage-community/plugin-tech-radar-common`, so this package needs no
 * frontend dependency; the frontend client hands them over as they are.
 */

/** One of the radar's four areas. @public */
export interface TechRadarQuadrant {
  id: string;
  name: string;
}

/** The radar's ring ids, innermost first. @public */
export const TECH_RADAR_RING_IDS = [
  'adopt',
  'trial',
  'assess',
  'hold',
] as const;

/** @public */
export type TechRadarRingId = (typeof TECH_RADAR_RING_IDS)[number];

/** @public */
export interface TechRadarRing {
  id: string;
  name: string;
  /** Any colour `color-string` parses. */
  color: string;
  description?: string;
}

/** How an entry moved since the edition before: 1 inwards, -1 outwards. @public */
export type TechRadarMove = -1 | 0 | 1;

/** An entry's ring in one edition. @public */
export interface TechRadarEntrySnapshot {
  date: Date;
  ringId: string;
  description?: string;
  moved?: TechRadarMove;
}

/** @public */
export interface TechRadarEntryLink {
  url: string;
  title: string;
}

/** @public */
export interface TechRadarEntry {
  key: string;
  id: string;
  quadrant: string;
  title: string;
  url?: string;
  /** Newest first: the radar places the entry by the first snapshot. */
  timeline: TechRadarEntrySnapshot[];
  description?: string;
  links?: TechRadarEntryLink[];
}

/** The radar's loader response. @public */
export interface TechRadarResponse {
  quadrants: TechRadarQuadrant[];
  rings: TechRadarRing[];
  entries: TechRadarEntry[];
}

/**
 * The response as JSON carries it: dates are ISO strings, which a client
 * turns back into `Date`s (see `techRadarFromJson`).
 * @public
 */
export interface TechRadarResponseJson
  extends Omit<TechRadarResponse, 'entries'> {
  entries: Array<
    Omit<TechRadarEntry, 'timeline'> & {
      timeline: Array<Omit<TechRadarEntrySnapshot, 'date'> & { date: string }>;
    }
  >;
}

/** The rings, innermost first. @public */
export const TECH_RADAR_RINGS: ReadonlyArray<
  TechRadarRing & { id: TechRadarRingId }
> = [
  {
    id: 'adopt',
    name: 'Adopt',
    color: '#2e7d32',
    description: 'Recommended: use it for new work.',
  },
  {
    id: 'trial',
    name: 'Trial',
    color: '#0277bd',
    description: 'Experimental: try it where the risk is acceptable.',
  },
  {
    id: 'assess',
    name: 'Assess',
    color: '#ef6c00',
    description: 'Caution: read the reason before building on it.',
  },
  {
    id: 'hold',
    name: 'Hold',
    color: '#c62828',
    description: 'Deprecated, removed or end of life: move off it.',
  },
];

/** Each verdict's ring: the one verdict model decides where a tool sits. @public */
export const VERDICT_RING: Record<Verdict, TechRadarRingId> = {
  recommended: 'adopt',
  experimental: 'trial',
  caution: 'assess',
  deprecated: 'hold',
  removed: 'hold',
  'end-of-life': 'hold',
};

/**
 * The default quadrants. The radar draws them bottom right, bottom left, top
 * left, top right; short names keep each heading on one line.
 * @public
 */
export const DEFAULT_TECH_RADAR_QUADRANTS: ReadonlyArray<TechRadarQuadrant> = [
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'connectivity', name: 'Networking & security' },
  { id: 'delivery', name: 'Delivery & platform' },
  { id: 'observability', name: 'Observability & ops' },
];

/**
 * The default grouping of the standard's nine layers into the four default
 * quadrants; it covers every layer id the schema allows.
 * @public
 */
export const DEFAULT_LAYER_QUADRANTS: Readonly<
  Record<(typeof LAYER_IDS)[number], string>
> = {
  infrastructure: 'infrastructure',
  runtime: 'infrastructure',
  storage: 'infrastructure',
  networking: 'connectivity',
  security: 'connectivity',
  delivery: 'delivery',
  'platform-services': 'delivery',
  observability: 'observability',
  operations: 'observability',
};

/**
 * Which quadrant each layer goes to. A layer the mapping leaves out goes to
 * the first quadrant of the list.
 * @public
 */
export interface TechRadarLayout {
  /** Exactly four. */
  quadrants: TechRadarQuadrant[];
  /** Layer id → quadrant id. */
  layerQuadrants: Record<string, string>;
}

/**
 * The layout from settings: configured quadrants and mapping replace the
 * defaults. Throws an error naming the first bad setting: not four
 * quadrants, a repeated quadrant id, an unknown layer, or a layer mapped to
 * a quadrant that is not in the list.
 * @public
 */
export function techRadarLayout(settings?: {
  quadrants?: TechRadarQuadrant[];
  layerQuadrants?: Record<string, string>;
}): TechRadarLayout {
  const layout: TechRadarLayout = {
    quadrants: [...(settings?.quadrants ?? DEFAULT_TECH_RADAR_QUADRANTS)],
    layerQuadrants: {
      ...(settings?.layerQuadrants ?? DEFAULT_LAYER_QUADRANTS),
    },
  };
  const [problem] = techRadarLayoutProblems(layout);
  if (problem) throw new Error(problem);
  return layout;
}

/** Everything wrong with a layout, each naming the quadrant or layer. @public */
export function techRadarLayoutProblems(layout: TechRadarLayout): string[] {
  const problems: string[] = [];
  const ids = layout.quadrants.map(q => q.id);
  if (ids.length !== 4) {
    problems.push(
      `quadrants: the radar has exactly 4 quadrants, got ${ids.length}`,
    );
  }
  layout.quadrants.forEach((q, i) => {
    if (!q.id?.trim() || !q.name?.trim()) {
      problems.push(`quadrants[${i}]: needs an id and a name`);
    } else if (ids.indexOf(q.id) !== i) {
      problems.push(`quadrants[${i}]: quadrant id "${q.id}" is repeated`);
    }
  });
  const layers: readonly string[] = LAYER_IDS;
  for (const [layer, quadrant] of Object.entries(layout.layerQuadrants)) {
    if (!layers.includes(layer)) {
      problems.push(
        `layerQuadrants.${layer}: "${layer}" is not a layer of the standard; known layers: ${LAYER_IDS.join(
          ', ',
        )}`,
      );
    } else if (!ids.includes(quadrant)) {
      problems.push(
        `layerQuadrants.${layer}: layer "${layer}" is mapped to unknown quadrant "${quadrant}"; known quadrants: ${ids.join(
          ', ',
        )}`,
      );
    }
  }
  return problems;
}

/** @public */
export interface TechRadarOptions {
  /** YYYY-MM-DD: the selected edition is judged as of this day. */
  today: string;
  /** The edition to show; default the latest. */
  edition?: number;
  migrationWindowMonths?: number;
  /** Default: the default quadrants and mapping. */
  layout?: TechRadarLayout;
  /** The catalog namespace of the tool entities, for each entry's page. */
  entityNamespace?: string;
}

/**
 * The radar for one edition: every tool of the edition (removed ones in
 * hold), placed by its verdict, with a timeline over the editions up to the
 * selected one. Earlier editions are judged as of their publication, so an
 * end of life that came later does not rewrite their history.
 * @public
 */
export function techRadar(
  standard: Standard,
  options: TechRadarOptions,
): TechRadarResponse {
  const selected = currentEdition(standard, options.edition);
  const layout = options.layout ?? techRadarLayout();
  const problems = techRadarLayoutProblems(layout);
  if (problems.length > 0) throw new Error(problems[0]);
  const namespace = options.entityNamespace ?? DEFAULT_TOOL_NAMESPACE;
  const upToSelected = standard.editions.filter(e => e.year <= selected.year);

  const entries = selected.tools.map((tool): TechRadarEntry => {
    const layer = layerOfCategory(selected, tool.category);
    const links = toolLinks(tool);
    return {
      key: tool.id,
      id: tool.id,
      quadrant:
        (layer && layout.layerQuadrants[layer]) ?? layout.quadrants[0].id,
      title: tool.name,
      url: `/catalog/${namespace}/component/${tool.id}`,
      timeline: timelineOf(tool.id),
      description: tool.summary.en,
      ...(links.length > 0 && { links }),
    };
  });

  return {
    quadrants: layout.quadrants.map(({ id, name }) => ({ id, name })),
    rings: TECH_RADAR_RINGS.map(ring => ({ ...ring })),
    entries,
  };

  function timelineOf(toolId: string): TechRadarEntrySnapshot[] {
    const appearances = upToSelected.flatMap(edition => {
      const record = edition.tools.find(t => t.id === toolId);
      return record ? [{ edition, record }] : [];
    });
    const oldestFirst = appearances.map(({ edition, record }, i) => {
      const { verdict } = toolVerdict(standard, toolId, {
        edition: edition.year,
        today:
          edition.year === selected.year ? options.today : edition.published,
        migrationWindowMonths: options.migrationWindowMonths,
      });
      return { edition, record, ringId: VERDICT_RING[verdict], i };
    });
    return oldestFirst
      .map(
        ({ edition, record, ringId, i }): TechRadarEntrySnapshot => ({
          date: publishedDate(edition),
          ringId,
          // The year keeps each row's text distinct: the radar keys rows by it.
          description: `${edition.year} edition: ${
            (record.statusReason ?? record.summary).en
          }`,
          moved: i === 0 ? 0 : movement(oldestFirst[i - 1].ringId, ringId),
        }),
      )
      .reverse();
  }
}

/** 1 when the ring is nearer the centre than before, -1 further out. */
function movement(before: TechRadarRingId, after: TechRadarRingId) {
  const delta =
    TECH_RADAR_RING_IDS.indexOf(before) - TECH_RADAR_RING_IDS.indexOf(after);
  return Math.sign(delta) as TechRadarMove;
}

/** Noon UTC, so the day reads the same in every time zone. */
function publishedDate(edition: Edition): Date {
  const [year, month, day] = edition.published.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function toolLinks(tool: Tool): TechRadarEntryLink[] {
  return [
    ...(tool.github
      ? [{ url: `https://github.com/${tool.github}`, title: 'Repository' }]
      : []),
    ...(tool.homepage ? [{ url: tool.homepage, title: 'Homepage' }] : []),
  ];
}

/** The response from JSON, with its dates as `Date`s again. @public */
export function techRadarFromJson(
  json: TechRadarResponseJson,
): TechRadarResponse {
  return {
    ...json,
    entries: json.entries.map(entry => ({
      ...entry,
      timeline: entry.timeline.map(snapshot => ({
        ...snapshot,
        date: new Date(snapshot.date),
      })),
    })),
  };
}
