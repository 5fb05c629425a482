import { isActive } from './editions';
import { BilingualText, Edition, Tool } from './schema';
import { Standard } from './standard';

/**
 * One change between two editions.
 * @public
 */
export interface EditionChange {
  tool: string;
  name: string;
  /** Why, from the edition that made the change. */
  reason?: BilingualText;
  /** The year whose article published this change. */
  year: number;
  replaces?: string[];
  replacedBy?: string[];
  endOfLife?: string;
}

/**
 * What changed from one edition to another.
 * @public
 */
export interface EditionDiff {
  from: number;
  to: number;
  added: EditionChange[];
  removed: EditionChange[];
  changed: EditionChange[];
  caution: EditionChange[];
}

/**
 * Compares two editions by which tools each selects. A tool that enters and
 * replaces one that left is `changed`; a tool that enters otherwise is
 * `added`. Reasons come from the last edition in (from, to] that records the
 * tool, so a diff of adjacent years is exactly what the article published.
 * @public
 */
export function diffEditions(
  standard: Standard,
  from: number,
  to: number,
): EditionDiff {
  const byYear = (year: number) => {
    const edition = standard.editions.find(e => e.year === year);
    if (!edition) throw new Error(`No edition ${year}`);
    return edition;
  };
  const fromEdition = byYear(from);
  const toEdition = byYear(to);
  const between = standard.editions.filter(e => e.year > from && e.year <= to);
  const lastRecord = (toolId: string) => {
    for (let i = between.length - 1; i >= 0; i--) {
      const tool = between[i].tools.find(t => t.id === toolId);
      if (tool && tool.status !== 'kept')
        return { tool, year: between[i].year };
    }
    return undefined;
  };
  const activeIds = (edition: Edition) =>
    new Set(edition.tools.filter(isActive).map(t => t.id));
  const before = activeIds(fromEdition);
  const after = activeIds(toEdition);
  const change = (tool: Tool, fallbackYear: number): EditionChange => {
    const record = lastRecord(tool.id);
    const source = record?.tool ?? tool;
    return {
      tool: tool.id,
      name: tool.name,
      reason: source.statusReason,
      year: record?.year ?? fallbackYear,
      ...(source.replaces && { replaces: source.replaces }),
      ...(source.replacedBy && { replacedBy: source.replacedBy }),
      ...(source.endOfLife && { endOfLife: source.endOfLife }),
    };
  };

  const diff: EditionDiff = {
    from,
    to,
    added: [],
    removed: [],
    changed: [],
    caution: [],
  };
  if (from === to) return diff;
  const forward = from < to;

  for (const tool of toEdition.tools.filter(isActive)) {
    if (before.has(tool.id)) continue;
    const replacesLeaver = (tool.replaces ?? []).some(
      id => before.has(id) && !after.has(id),
    );
    (replacesLeaver && forward ? diff.changed : diff.added).push(
      change(tool, to),
    );
  }
  for (const tool of fromEdition.tools.filter(isActive)) {
    if (after.has(tool.id)) continue;
    diff.removed.push(
      forward
        ? change(tool, to)
        : { tool: tool.id, name: tool.name, year: from },
    );
  }
  diff.caution = toEdition.tools
    .filter(t => t.status === 'caution')
    .map(t => change(t, to));
  return diff;
}
