import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parse,
  parseAllDocuments,
} from 'yaml';

/**
 * Every `key: value` of a YAML file, flattened: the matchers look at keys,
 * values, siblings (same `mapId`) and the parent key, so they work the same
 * whether the file parsed or had to be read line by line.
 */
export interface YamlEntry {
  /** The key, or `-` for a scalar item of a list (`services: [docker:dind]`). */
  key: string;
  /** The scalar value as text; undefined for maps, lists and null. */
  value?: string;
  /** 1-based line of the key. */
  line: number;
  /** Entries with the same mapId are keys of the same mapping. */
  mapId: number;
  /** The key that holds this mapping, through lists (`containers`). */
  parentKey?: string;
}

export interface YamlEntries {
  entries: YamlEntry[];
  /** `parsed` from the YAML tree, `lines` from the indentation fallback. */
  mode: 'parsed' | 'lines';
  problems: Array<{ line?: number; message: string }>;
}

/** The key given to scalar list items. */
export const LIST_ITEM = '-';

/** Larger YAML files are read line by line. */
export const MAX_PARSED_YAML_CHARS = 1_000_000;

/** Deeper nesting than this is not configuration anyone writes by hand. */
const MAX_DEPTH = 64;

/** Numbers the mappings of one file. */
export class MapIds {
  private last = 0;
  next(): number {
    return ++this.last;
  }
}

class TreeWalker {
  readonly entries: YamlEntry[] = [];

  constructor(
    private readonly lineOf: (offset: number) => number,
    private readonly ids: MapIds,
  ) {}

  walk(node: unknown, parentKey: string | undefined, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (isSeq(node)) {
      for (const item of node.items) {
        const value = scalarText(item);
        if (value !== undefined && isScalar(item)) {
          this.entries.push({
            key: LIST_ITEM,
            value,
            line: this.lineOf(item.range?.[0] ?? 0),
            mapId: this.ids.next(),
            parentKey,
          });
        } else this.walk(item, parentKey, depth + 1);
      }
      return;
    }
    if (!isMap(node)) return;
    const mapId = this.ids.next();
    for (const pair of node.items) {
      const keyNode = pair.key;
      if (!isScalar(keyNode) || keyNode.value === null) continue;
      const key = String(keyNode.value);
      const value = pair.value;
      this.entries.push({
        key,
        value: scalarText(value),
        line: this.lineOf(keyNode.range?.[0] ?? 0),
        mapId,
        parentKey,
      });
      if (isMap(value) || isSeq(value)) this.walk(value, key, depth + 1);
    }
  }
}

/**
 * Reads the entries of a (possibly multi-document) YAML file. Helm templates
 * (anything with `{{ … }}`) and malformed files are read line by line
 * instead; malformed files are reported. `lines` is the content split into
 * lines, with overlong lines already cut, which also forces the line reader.
 */
export function readYamlEntries(
  content: string,
  lines: readonly string[],
  options: { linesWereCut?: boolean } = {},
): YamlEntries {
  const ids = new MapIds();
  // Helm templates are not YAML until rendered: no point parsing them.
  const isTemplate = content.includes('{{') && content.includes('}}');
  // The parser takes about a second per megabyte; such files are bundles.
  const isHuge = content.length > MAX_PARSED_YAML_CHARS;
  if (options.linesWereCut || isTemplate || isHuge) {
    return { entries: lineEntries(lines, ids), mode: 'lines', problems: [] };
  }
  const parsed = parseEntries(content, ids);
  if (parsed.ok) {
    return { entries: parsed.entries, mode: 'parsed', problems: [] };
  }
  return {
    entries: lineEntries(lines, ids),
    mode: 'lines',
    problems: [
      {
        line: parsed.line,
        message: `malformed YAML (${parsed.message}); read line by line instead`,
      },
    ],
  };
}

type ParseOutcome =
  | { ok: true; entries: YamlEntry[] }
  | { ok: false; line?: number; message: string };

function parseEntries(content: string, ids: MapIds): ParseOutcome {
  try {
    const lineCounter = new LineCounter();
    const documents = parseAllDocuments(content, {
      lineCounter,
      uniqueKeys: false,
      strict: false,
    });
    const list = Array.isArray(documents) ? documents : [];
    for (const document of list) {
      const error = document.errors[0];
      if (error) {
        return {
          ok: false,
          line: error.linePos?.[0].line,
          message: error.message.split('\n')[0],
        };
      }
    }
    const walker = new TreeWalker(
      offset => lineCounter.linePos(offset).line,
      ids,
    );
    for (const document of list) walker.walk(document.contents, undefined, 0);
    return { ok: true, entries: walker.entries };
  } catch (error) {
    // Stack exhaustion on pathological input, for instance.
    return { ok: false, message: String((error as Error)?.message ?? error) };
  }
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined || typeof v === 'object') return undefined;
  return String(v);
}

interface Frame {
  indent: number;
  key: string;
  mapId: number;
  childMapId?: number;
}

/**
 * The fallback: keys from indentation. Comment lines, Helm control lines
 * (`{{- if … }}`) and block-scalar bodies (`run: |`) are skipped; `---`
 * starts a new document.
 */
export function lineEntries(
  lines: readonly string[],
  ids: MapIds = new MapIds(),
): YamlEntry[] {
  const entries: YamlEntry[] = [];
  let stack: Frame[] = [];
  let rootMapId = ids.next();
  let blockOwnerIndent: number | undefined;
  let dashOnlyBefore = false;

  /** `- docker:26-dind`: a scalar item of the list owned by the key above. */
  const listItem = (text: string, indent: number, line: number) => {
    const value = scalarValue(text);
    if (value === undefined) return;
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) {
      stack.pop();
    }
    entries.push({
      key: LIST_ITEM,
      value,
      line,
      mapId: ids.next(),
      parentKey: stack[stack.length - 1]?.key,
    });
  };

  lines.forEach((raw, index) => {
    const indentOfRaw = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (blockOwnerIndent !== undefined) {
      if (trimmed === '' || indentOfRaw > blockOwnerIndent) return;
      blockOwnerIndent = undefined;
    }
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(raw)) {
      stack = [];
      rootMapId = ids.next();
      return;
    }
    if (trimmed.startsWith('{{')) return;

    let indent = indentOfRaw;
    let rest = raw.slice(indent);
    let startsItem = dashOnlyBefore;
    dashOnlyBefore = false;
    while (rest === '-' || rest.startsWith('- ')) {
      startsItem = true;
      const after = rest.slice(1);
      const trimmedAfter = after.trimStart();
      indent += 1 + after.length - trimmedAfter.length;
      rest = trimmedAfter;
    }
    if (rest === '') {
      dashOnlyBefore = true;
      return;
    }
    const pair = keyValue(rest);
    if (!pair) {
      if (startsItem) listItem(rest, indent, index + 1);
      return;
    }

    let sibling: Frame | undefined;
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) {
      const popped = stack.pop()!;
      if (popped.indent === indent) sibling = popped;
    }
    const parent = stack[stack.length - 1];
    let mapId: number;
    if (startsItem) mapId = ids.next();
    else if (sibling) mapId = sibling.mapId;
    else if (parent) mapId = parent.childMapId ??= ids.next();
    else mapId = rootMapId;

    const line = index + 1;
    entries.push({
      key: pair.key,
      value: pair.value,
      line,
      mapId,
      parentKey: parent?.key,
    });
    stack.push({ indent, key: pair.key, mapId });
    if (pair.block) blockOwnerIndent = indent;
    if (pair.flow) entries.push(...flowEntries(pair.flow, pair.key, line, ids));
  });
  return entries;
}

const KEY_VALUE =
  /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{}[\],&*!|>%@`][^#]{0,511}?))\s*:(?:\s+(.*))?$/;

/** Splits `key: value # comment`, unquoting both sides. */
function keyValue(
  text: string,
): { key: string; value?: string; block?: boolean; flow?: string } | undefined {
  const match = KEY_VALUE.exec(text);
  if (!match) return undefined;
  const key = match[1] ?? match[2]?.replace(/''/g, "'") ?? match[3];
  const raw = stripProperties(match[4] ?? '');
  if (/^[|>][-+0-9]*(?:\s+#.*)?$/.test(raw)) return { key, block: true };
  const uncommented = withoutComment(raw);
  if (/^[{[].*[}\]]$/.test(uncommented) && !uncommented.startsWith('{{')) {
    return { key, flow: uncommented };
  }
  return { key, value: scalarValue(raw) };
}

/** Drops a tag (`!!str`) or anchor (`&name`) in front of a value. */
function stripProperties(text: string): string {
  return text.replace(/^(?:!\S*|&\S+)\s+/, '').trim();
}

/** A comment starts at whitespace followed by `#`. */
function withoutComment(text: string): string {
  const comment = text.search(/\s#/);
  return comment >= 0 ? text.slice(0, comment).trim() : text;
}

/** A plain or quoted scalar as text; undefined for empty values and aliases. */
function scalarValue(text: string): string | undefined {
  const value = stripProperties(text);
  if (value === '' || value.startsWith('*') || value.startsWith('#')) {
    return undefined;
  }
  if (value.startsWith('"')) {
    const closed = /^"((?:[^"\\]|\\.)*)"/.exec(value);
    return closed ? closed[1] : value.slice(1);
  }
  if (value.startsWith("'")) {
    const closed = /^'((?:[^']|'')*)'/.exec(value);
    return closed ? closed[1].replace(/''/g, "'") : value.slice(1);
  }
  // Flow collections and block indicators are not scalars; `{{ … }}` is.
  if (/^(?:[[|>]|\{(?!\{))/.test(value)) return undefined;
  return withoutComment(value) || undefined;
}

/** `image: { repository: x }` on one line, parsed on its own. */
function flowEntries(
  flow: string,
  parentKey: string,
  line: number,
  ids: MapIds,
): YamlEntry[] {
  let value: unknown;
  try {
    value = parse(flow, { logLevel: 'silent' });
  } catch {
    return [];
  }
  const entries: YamlEntry[] = [];
  const visit = (node: unknown, key: string, depth: number) => {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(item => visit(item, key, depth + 1));
      return;
    }
    const mapId = ids.next();
    for (const [k, v] of Object.entries(node)) {
      const scalar =
        v === null || v === undefined || typeof v === 'object'
          ? undefined
          : String(v);
      entries.push({ key: k, value: scalar, line, mapId, parentKey: key });
      visit(v, k, depth + 1);
    }
  };
  visit(value, parentKey, 0);
  return entries;
}
