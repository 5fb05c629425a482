import { BilingualText, Edition, LayerId, Tool } from './schema';
import { Standard } from './standard';

/**
 * An edition without its tools, for lists and selectors.
 * @public
 */
export interface EditionSummary {
  year: number;
  title: BilingualText;
  source: string;
  published: string;
  toolCount: number;
}

/** @public */
export function listEditions(standard: Standard): EditionSummary[] {
  return standard.editions.map(e => ({
    year: e.year,
    title: e.title,
    source: e.source,
    published: e.published,
    toolCount: e.tools.length,
  }));
}

/** @public */
export function getEdition(
  standard: Standard,
  year: number,
): Edition | undefined {
  return standard.editions.find(e => e.year === year);
}

/**
 * The edition to judge against: the given year, or the latest.
 * @public
 */
export function currentEdition(standard: Standard, year?: number): Edition {
  const edition =
    year === undefined
      ? standard.editions[standard.editions.length - 1]
      : getEdition(standard, year);
  if (!edition) {
    throw new Error(
      year === undefined
        ? 'The standard has no editions'
        : `No edition ${year}`,
    );
  }
  return edition;
}

/** @public */
export function findTool(edition: Edition, toolId: string): Tool | undefined {
  return edition.tools.find(t => t.id === toolId);
}

/**
 * The layer a category belongs to in an edition.
 * @public
 */
export function layerOfCategory(
  edition: Edition,
  categoryId: string,
): LayerId | undefined {
  return edition.layers.find(l => l.categories.some(c => c.id === categoryId))
    ?.id;
}

/**
 * Every tool id across all editions, with the most recent record of each:
 * what the catalog ingests, so removed tools are never dropped.
 * @public
 */
export function latestToolRecords(
  standard: Standard,
): Array<{ tool: Tool; edition: Edition }> {
  const latest = new Map<string, { tool: Tool; edition: Edition }>();
  for (const edition of standard.editions) {
    for (const tool of edition.tools) latest.set(tool.id, { tool, edition });
  }
  return [...latest.values()];
}

/** Whether the tool is part of the edition's selection (not removed). @public */
export function isActive(tool: Tool): boolean {
  return tool.status !== 'removed';
}
