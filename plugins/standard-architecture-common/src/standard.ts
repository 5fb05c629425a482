import { loadBaseImageRules } from './baseImageRules';
import { parseDataFile, ParseResult } from './parseDataFile';
import {
  BaseImageRules,
  Edition,
  editionSchema,
  Overlay,
  overlaySchema,
  Tool,
} from './schema';
import { isValidSpdxExpression } from './spdx';
import { ValidationIssue } from './validationIssue';

/**
 * The whole standard: every edition, oldest first, plus the organisation's
 * overlay and the base-image rules when present.
 * @public
 */
export interface Standard {
  editions: Edition[];
  overlay?: Overlay;
  baseImages?: BaseImageRules;
}

/**
 * A file's name (or URL) and its raw content.
 * @public
 */
export interface DataFile {
  source: string;
  content: string | Uint8Array;
}

/**
 * Reads, validates and assembles edition files, an optional overlay and
 * optional base-image rules. Never throws; returns every issue found.
 * @public
 */
export function loadStandard(input: {
  editions: DataFile[];
  overlay?: DataFile;
  baseImages?: DataFile;
}): ParseResult<Standard> {
  const issues: ValidationIssue[] = [];
  const editions: Array<{ source: string; edition: Edition }> = [];
  const locators = new Map<string, Locate>();

  for (const file of input.editions) {
    const parsed = parseDataFile(file.content, file.source, editionSchema);
    if (parsed.ok) {
      editions.push({ source: file.source, edition: parsed.value });
      if (parsed.locate) locators.set(file.source, parsed.locate);
    } else issues.push(...parsed.issues);
  }
  if (input.editions.length === 0) {
    issues.push({ source: '(sources)', path: '', message: 'no edition files' });
  }

  const overlay =
    input.overlay &&
    parseInto(input.overlay, overlaySchema, issues, locators);
  // Base-image rules get their own checks too: patterns compile, images parse.
  const baseImageResult = input.baseImages && loadBaseImageRules(input.baseImages);
  if (baseImageResult && !baseImageResult.ok) issues.push(...baseImageResult.issues);
  const baseImages = baseImageResult?.ok ? baseImageResult.value : undefined;
  if (issues.length > 0) return { ok: false, issues };

  editions.sort((a, b) => a.edition.year - b.edition.year);
  const knownToolIds = new Set([
    ...editions.flatMap(e => e.edition.tools.map(t => t.id)),
    ...(overlay?.tools.map(t => t.id) ?? []),
  ]);

  const seenYears = new Map<number, string>();
  for (const { source, edition } of editions) {
    const previous = seenYears.get(edition.year);
    if (previous) {
      issues.push({
        source,
        path: 'year',
        message: `duplicate edition ${edition.year}, also defined in ${previous}`,
      });
    }
    seenYears.set(edition.year, source);
    issues.push(
      ...checkEdition(edition, source, knownToolIds, [], edition.sections),
    );
  }
  if (overlay && input.overlay) {
    issues.push(
      ...checkOverlay(overlay, input.overlay.source, editions, knownToolIds),
    );
  }
  if (issues.length > 0) {
    return { ok: false, issues: issues.map(i => withPosition(i, locators)) };
  }

  const sorted = editions.map(e => e.edition);
  return {
    ok: true,
    value: {
      editions: overlay ? mergeOverlayTools(sorted, overlay) : sorted,
      overlay,
      baseImages,
    },
  };
}

type Locate = NonNullable<Extract<ParseResult<unknown>, { ok: true }>['locate']>;

function parseInto<T>(
  file: DataFile,
  schema: Parameters<typeof parseDataFile<T>>[2],
  issues: ValidationIssue[],
  locators: Map<string, Locate>,
): T | undefined {
  const parsed = parseDataFile(file.content, file.source, schema);
  if (parsed.ok) {
    if (parsed.locate) locators.set(file.source, parsed.locate);
    return parsed.value;
  }
  issues.push(...parsed.issues);
  return undefined;
}

/** Adds the line of a cross-field issue, found from its path. */
function withPosition(
  issue: ValidationIssue,
  locators: Map<string, Locate>,
): ValidationIssue {
  const locate = locators.get(issue.source);
  if (issue.line !== undefined || !locate || !issue.path) return issue;
  const keys = issue.path
    .split(/\.|(?=\[)/)
    .map(key => (/^\[\d+\]$/.test(key) ? Number(key.slice(1, -1)) : key));
  const position = locate(keys);
  return position
    ? { ...issue, line: position.line, column: position.col }
    : issue;
}

/** Checks that need more than one field: ids, references, SPDX. */
function checkEdition(
  edition: Pick<Edition, 'layers' | 'tools'>,
  source: string,
  knownToolIds: Set<string>,
  extraCategoryIds: Iterable<string>,
  sections: string[] | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const categoryIds = new Set<string>(extraCategoryIds);
  const layerIds = new Set<string>();

  edition.layers.forEach((layer, l) => {
    if (layerIds.has(layer.id)) {
      issues.push({
        source,
        path: `layers[${l}].id`,
        message: `duplicate layer "${layer.id}"`,
      });
    }
    layerIds.add(layer.id);
    layer.categories.forEach((category, c) => {
      if (categoryIds.has(category.id)) {
        issues.push({
          source,
          path: `layers[${l}].categories[${c}].id`,
          message: `duplicate category "${category.id}"`,
        });
      }
      categoryIds.add(category.id);
    });
  });

  const toolIds = new Set<string>();
  edition.tools.forEach((tool, t) => {
    const at = (field: string) => `tools[${t}].${field}`;
    if (toolIds.has(tool.id)) {
      issues.push({
        source,
        path: at('id'),
        message: `duplicate tool id "${tool.id}"`,
      });
    }
    toolIds.add(tool.id);
    if (!categoryIds.has(tool.category)) {
      issues.push({
        source,
        path: at('category'),
        message: `unknown category "${tool.category}"; declare it under layers`,
      });
    }
    if (!isValidSpdxExpression(tool.license)) {
      issues.push({
        source,
        path: at('license'),
        message: `"${tool.license}" is not a valid SPDX license expression`,
      });
    }
    for (const [fact, factSource] of Object.entries(tool.sources)) {
      if (!factSource || !('section' in factSource)) continue;
      if (!sections) {
        issues.push({
          source,
          path: at(`sources.${fact}.section`),
          message:
            'an overlay has no article: cite a page as { url, checked: YYYY-MM-DD }',
        });
      } else if (!sections.includes(factSource.section)) {
        issues.push({
          source,
          path: at(`sources.${fact}.section`),
          message: `"${factSource.section}" is not one of the edition's sections`,
        });
      }
    }
    for (const field of ['replacedBy', 'replaces'] as const) {
      (tool[field] ?? []).forEach((ref, r) => {
        if (!knownToolIds.has(ref)) {
          issues.push({
            source,
            path: `${at(field)}[${r}]`,
            message: `refers to unknown tool "${ref}"`,
          });
        }
      });
    }
  });
  return issues;
}

function checkOverlay(
  overlay: Overlay,
  source: string,
  editions: Array<{ edition: Edition }>,
  knownToolIds: Set<string>,
): ValidationIssue[] {
  const latest = editions[editions.length - 1]?.edition;
  const latestCategories = (latest?.layers ?? []).flatMap(l =>
    l.categories.map(c => c.id),
  );
  const issues = checkEdition(
    overlay,
    source,
    knownToolIds,
    latestCategories,
    undefined,
  );
  overlay.decisions.forEach((decision, d) => {
    if (!knownToolIds.has(decision.tool)) {
      issues.push({
        source,
        path: `decisions[${d}].tool`,
        message: `refers to unknown tool "${decision.tool}"`,
      });
    }
    (decision.replacedBy ?? []).forEach((ref, r) => {
      if (!knownToolIds.has(ref)) {
        issues.push({
          source,
          path: `decisions[${d}].replacedBy[${r}]`,
          message: `refers to unknown tool "${ref}"`,
        });
      }
    });
  });
  return issues;
}

/** The organisation's own tools join the latest edition. */
function mergeOverlayTools(editions: Edition[], overlay: Overlay): Edition[] {
  if (overlay.tools.length === 0 || editions.length === 0) return editions;
  const latest = editions[editions.length - 1];
  const layers = latest.layers.map(layer => ({
    ...layer,
    categories: [...layer.categories],
  }));
  for (const extra of overlay.layers) {
    const layer = layers.find(l => l.id === extra.id);
    if (layer) layer.categories.push(...extra.categories);
    else layers.push(extra);
  }
  const overridden = new Set(overlay.tools.map(t => t.id));
  const tools: Tool[] = [
    ...latest.tools.filter(t => !overridden.has(t.id)),
    ...overlay.tools,
  ];
  return [...editions.slice(0, -1), { ...latest, layers, tools }];
}
