import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { parseDataFile, ParseResult } from '../parseDataFile';
import type { DataFile } from '../standard';
import { formatPath, ValidationIssue } from '../validationIssue';
import {
  DetectionRule,
  detectionRuleOverridesSchema,
  DetectionRules,
  detectionRuleSchema,
  detectionRulesSchema,
  isRuleToggle,
} from './schema';

/** @public */
export interface LoadDetectionRulesOptions {
  /**
   * Tool ids the rules may name (the editions' and the overlay's). When
   * given, a rule naming another tool is an issue.
   */
  knownToolIds?: Iterable<string>;
  /** How overrides given as plain objects are named in issues. */
  overridesSource?: string;
}

type Overrides = ReturnType<typeof detectionRuleOverridesSchema.parse>;

/** Where an override came from, to name it in issues. */
interface OverrideInput {
  source: string;
  file?: DataFile;
  value?: unknown;
}

/** Where a rule of the final set was written. */
interface Origin {
  source: string;
  file?: DataFile;
  index: number;
}

/**
 * Reads the detection rules file and applies the organisation's overrides
 * in order: each can replace the ignore list or the Dockerfile patterns,
 * add rules, replace a rule with the same id, or switch one off
 * (`{ id, enabled: false }`). Overrides are files (DataFile[]) or plain
 * objects from configuration. Never throws; returns every issue found.
 * @public
 */
export function loadDetectionRules(
  file: DataFile,
  overrides?: DataFile[] | unknown,
  options: LoadDetectionRulesOptions = {},
): ParseResult<DetectionRules> {
  const base = parseDataFile(file.content, file.source, detectionRulesSchema);
  if (!base.ok) return base;

  const issues: ValidationIssue[] = [];
  const parsedOverrides: Array<{ input: OverrideInput; value: Overrides }> = [];
  for (const input of overrideInputs(
    overrides,
    options.overridesSource ?? 'detection rule overrides',
    issues,
  )) {
    const parsed = input.file
      ? parseDataFile(
          input.file.content,
          input.source,
          detectionRuleOverridesSchema,
        )
      : parseValue(input.value, input.source);
    if (parsed.ok) parsedOverrides.push({ input, value: parsed.value });
    else issues.push(...parsed.issues);
  }
  if (issues.length > 0) return { ok: false, issues };

  const merged: DetectionRules = {
    ...base.value,
    rules: [...base.value.rules],
  };
  const origins: Origin[] = merged.rules.map((_, index) => ({
    source: file.source,
    file,
    index,
  }));
  for (const { input, value } of parsedOverrides) {
    if (value.ignore) merged.ignore = value.ignore;
    if (value.baseImageFiles) merged.baseImageFiles = value.baseImageFiles;
    value.rules.forEach((entry, index) => {
      const at = merged.rules.findIndex(r => r.id === entry.id);
      if (isRuleToggle(entry)) {
        if (at < 0) {
          issues.push({
            source: input.source,
            path: `rules[${index}].id`,
            message: `no rule "${entry.id}" to switch on or off`,
            ...positionOf(input.file, ['rules', index, 'id']),
          });
        } else {
          merged.rules[at] = { ...merged.rules[at], enabled: entry.enabled! };
        }
        return;
      }
      // Already checked by the overrides schema; parsed again for defaults.
      const parsed = detectionRuleSchema.safeParse(entry);
      if (!parsed.success) return;
      const rule: DetectionRule = parsed.data;
      const origin = { source: input.source, file: input.file, index };
      if (at < 0) {
        merged.rules.push(rule);
        origins.push(origin);
      } else {
        merged.rules[at] = rule;
        origins[at] = origin;
      }
    });
  }

  if (options.knownToolIds) {
    const known = new Set(options.knownToolIds);
    merged.rules.forEach((rule, i) => {
      if (known.has(rule.tool)) return;
      const origin = origins[i];
      issues.push({
        source: origin.source,
        path: `rules[${origin.index}].tool`,
        message: `refers to unknown tool "${rule.tool}"`,
        ...positionOf(origin.file, ['rules', origin.index, 'tool']),
      });
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: merged };
}

function isDataFile(value: unknown): value is DataFile {
  if (!value || typeof value !== 'object') return false;
  const { source, content } = value as Partial<DataFile>;
  return (
    typeof source === 'string' &&
    (typeof content === 'string' || content instanceof Uint8Array)
  );
}

function overrideInputs(
  overrides: unknown,
  label: string,
  issues: ValidationIssue[],
): OverrideInput[] {
  if (overrides === undefined || overrides === null) return [];
  if (Array.isArray(overrides)) {
    return overrides.map((item, i) =>
      isDataFile(item)
        ? { source: item.source, file: item }
        : { source: `${label}[${i}]`, value: item },
    );
  }
  if (typeof overrides === 'object')
    return [{ source: label, value: overrides }];
  issues.push({
    source: label,
    path: '',
    message: 'must be an object with rules, ignore or baseImageFiles',
  });
  return [];
}

function parseValue(value: unknown, source: string): ParseResult<Overrides> {
  const result = detectionRuleOverridesSchema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map(issue => ({
      source,
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** Where a field is in a YAML file, for issues found after parsing. */
function positionOf(
  file: DataFile | undefined,
  path: ReadonlyArray<string | number>,
): { line?: number; column?: number } {
  if (!file) return {};
  try {
    const text =
      typeof file.content === 'string'
        ? file.content
        : new TextDecoder().decode(file.content);
    const lineCounter = new LineCounter();
    let node: unknown = parseDocument(text, { lineCounter }).contents;
    for (const key of path) {
      if (!isMap(node) && !isSeq(node)) return {};
      node = node.get(key, true);
    }
    const range = (node as { range?: [number, number, number] })?.range;
    if (!range) return {};
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  } catch {
    return {};
  }
}
