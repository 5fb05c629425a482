import {
  Category,
  EditionResponse,
  LAYER_IDS,
  LayerId,
  Tool,
  ToolVerdict,
  Verdict,
  VERDICT_SEVERITY,
} from '@k8s-standard/plugin-standard-architecture-common';
import { toolLogo, ToolLogo } from './logos';

/** One tool as the diagram draws it, every text already in the user's language. */
export interface DiagramTile {
  id: string;
  name: string;
  verdict: ToolVerdict;
  verdictLabel: string;
  /** The names of what replaces it, or of its successor: "Tempo", "Gateway API". */
  replacement?: string;
  /** Only when some service depends on it: never a zero. */
  dependents?: number;
  /** Dropped from this edition: a dashed outline. */
  removed: boolean;
  logo: ToolLogo;
  /** Used by the signed-in user's teams; undefined while "My team" is off. */
  team?: boolean;
}

export interface DiagramCategory {
  id: string;
  label: string;
  tiles: DiagramTile[];
}

export interface DiagramBand {
  id: LayerId;
  label: string;
  categories: DiagramCategory[];
}

/** The edition as bands of categories of tiles, top of the picture first. */
export interface DiagramModel {
  year: number;
  bands: DiagramBand[];
}

export interface DiagramModelOptions {
  layerLabel: (layer: LayerId) => string;
  categoryLabel: (category: Category) => string;
  verdictLabel: (verdict: Verdict) => string;
  /** Dependents per tool id; undefined while adoption is unknown. */
  dependents?: Map<string, number>;
  /** The tools the user's teams use; undefined while "My team" is off. */
  teamTools?: Set<string>;
}

/**
 * The tool's verdict from the edition; for a tool the edition gives none
 * (an older backend, or a test's synthetic tool), the same rules on the
 * tool's own facts, without the date-dependent end of life.
 */
function verdictOf(edition: EditionResponse, tool: Tool): ToolVerdict {
  const given = edition.verdicts?.[tool.id];
  if (given) return given;
  let verdict: Verdict = 'recommended';
  if (tool.status === 'removed') verdict = 'removed';
  else if (tool.status === 'caution') verdict = 'caution';
  else if (tool.experimental) verdict = 'experimental';
  return { verdict, severity: VERDICT_SEVERITY[verdict] };
}

/** "Tempo" for Jaeger (replacedBy, by name), "Gateway API" for Ingress NGINX. */
function replacementOf(edition: EditionResponse, tool: Tool) {
  const names = (tool.replacedBy ?? []).map(
    id => edition.tools.find(t => t.id === id)?.name ?? id,
  );
  if (names.length > 0) return names.join(', ');
  return tool.successor?.name;
}

/**
 * Layers top to bottom as the published diagram draws them (platform
 * services on top, infrastructure at the bottom), each with its categories
 * that list tools, in the edition's order.
 */
export function buildDiagramModel(
  edition: EditionResponse,
  options: DiagramModelOptions,
): DiagramModel {
  const { dependents, teamTools } = options;
  const tile = (tool: Tool): DiagramTile => {
    const verdict = verdictOf(edition, tool);
    const count = dependents?.get(tool.id) ?? 0;
    return {
      id: tool.id,
      name: tool.name,
      verdict,
      verdictLabel: options.verdictLabel(verdict.verdict),
      replacement: replacementOf(edition, tool),
      dependents: count > 0 ? count : undefined,
      removed: tool.status === 'removed',
      logo: toolLogo(tool.id, tool.name),
      team: teamTools ? teamTools.has(tool.id) : undefined,
    };
  };
  const bands = [...LAYER_IDS].reverse().flatMap(layerId => {
    const layer = edition.layers.find(l => l.id === layerId);
    if (!layer) return [];
    const categories = layer.categories
      .map(category => ({
        id: category.id,
        label: options.categoryLabel(category),
        tiles: edition.tools.filter(t => t.category === category.id).map(tile),
      }))
      .filter(c => c.tiles.length > 0);
    return [{ id: layerId, label: options.layerLabel(layerId), categories }];
  });
  return { year: edition.year, bands };
}
