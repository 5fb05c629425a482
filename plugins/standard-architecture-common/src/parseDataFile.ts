import {
  isMap,
  isSeq,
  LineCounter,
  parseDocument,
  YAMLError,
} from 'yaml';
import type { ZodType } from 'zod';
import { formatPath, ValidationIssue } from './validationIssue';

/** Files larger than this are refused before parsing. @public */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

// Far above what the data needs, far below what exhausts memory or stack.
const MAX_ALIAS_COUNT = 100;
const MAX_DEPTH = 32;
const MAX_REPORTED = 50;
const STACK_OVERFLOW = /Maximum call stack|Stack overflow/;
// C0 controls except tab (09) and newline (0A), DEL, and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * The outcome of reading one data file: the value, or every issue found.
 * @public
 */
export type ParseResult<T> =
  | {
      ok: true;
      value: T;
      /** The line and column of a field in the file, for later checks. */
      locate?: (
        path: ReadonlyArray<PropertyKey>,
      ) => { line: number; col: number } | undefined;
    }
  | { ok: false; issues: ValidationIssue[] };

function decodeUtf8(
  content: string | Uint8Array,
  source: string,
): { text: string } | { issue: ValidationIssue } {
  if (typeof content === 'string') return { text: content };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    return {
      issue: { source, path: '', message: 'is not valid UTF-8 text' },
    };
  }
}

/**
 * Parses a YAML data file and validates it with a zod schema. Never throws:
 * size limits, encoding, YAML syntax and schema problems all come back as
 * issues that name the file, the field and, where known, the line.
 * @public
 */
export function parseDataFile<T>(
  content: string | Uint8Array,
  source: string,
  schema: ZodType<T>,
): ParseResult<T> {
  const size =
    typeof content === 'string' ? content.length : content.byteLength;
  if (size > MAX_DATA_FILE_BYTES) {
    return fail({
      source,
      path: '',
      message: `is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${
        MAX_DATA_FILE_BYTES / 1024 / 1024
      } MB`,
    });
  }
  const decoded = decodeUtf8(content, source);
  if ('issue' in decoded) return fail(decoded.issue);
  if (decoded.text.trim() === '') {
    return fail({ source, path: '', message: 'is empty' });
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // A stack overflow can surface as several errors at changing columns: one issue.
    if (doc.errors.some(e => STACK_OVERFLOW.test(e.message))) {
      return fail({ source, path: '', message: 'is nested too deeply to read' });
    }
    return {
      ok: false,
      issues: doc.errors.map(error => yamlIssue(error, source)),
    };
  }
  if (doc.contents === null) {
    return fail({ source, path: '', message: 'is empty (no YAML content)' });
  }
  const locate = (path: ReadonlyArray<PropertyKey>) => {
    const node = nodeAt(doc.contents, path);
    return node?.range ? lineCounter.linePos(node.range[0]) : undefined;
  };
  const located = (
    path: ReadonlyArray<PropertyKey>,
    message: string,
  ): ValidationIssue => {
    const position = locate(path);
    return {
      source,
      path: formatPath(path),
      message,
      line: position?.line,
      column: position?.col,
    };
  };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail({
      source,
      path: '',
      message:
        error instanceof ReferenceError
          ? `expands YAML aliases more than ${MAX_ALIAS_COUNT} times; refused as a resource exhaustion risk`
          : `could not be read as YAML: ${(error as Error).message}`,
    });
  }
  const textIssues = unsafeText(value).map(({ path, message }) =>
    located(path, message),
  );
  if (textIssues.length > 0) return { ok: false, issues: textIssues };

  const result = schema.safeParse(value, { error: describeZodIssue });
  if (result.success) return { ok: true, value: result.data, locate };
  return {
    ok: false,
    issues: result.error.issues.map(issue =>
      located(issue.path, issue.message),
    ),
  };
}

/** A YAML error without the position the parser repeats in its message. */
function yamlIssue(error: YAMLError, source: string): ValidationIssue {
  const message = error.message.split(/ at line \d+, column \d+/)[0];
  return {
    source,
    path: '',
    message: `YAML syntax error: ${message.split('\n')[0]}`,
    line: error.linePos?.[0].line,
    column: error.linePos?.[0].col,
  };
}

/** Plain-language messages for zod's structural issues. */
function describeZodIssue(issue: {
  code?: string;
  input?: unknown;
  expected?: unknown;
}): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'is required';
  const name = (type: string) =>
    ({ array: 'a list', object: 'a mapping' }[type] ?? `a ${type}`);
  let received = name(typeof issue.input);
  if (Array.isArray(issue.input)) received = 'a list';
  else if (issue.input === null) received = 'empty';
  const expected = name(String(issue.expected));
  return `must be ${expected}, not ${received}`;
}

/**
 * Strings with control characters (other than newline and tab) and
 * nesting deeper than any data file needs.
 */
function unsafeText(
  root: unknown,
): Array<{ path: PropertyKey[]; message: string }> {
  const found: Array<{ path: PropertyKey[]; message: string }> = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (found.length >= MAX_REPORTED) return;
    if (path.length > MAX_DEPTH) {
      found.push({ path, message: `is nested deeper than ${MAX_DEPTH} levels` });
      return;
    }
    if (typeof value === 'string') {
      const bad = CONTROL_CHARACTER.exec(value);
      if (bad) {
        const code = bad[0].charCodeAt(0).toString(16).padStart(4, '0');
        found.push({
          path,
          message: `contains the control character U+${code.toUpperCase()}; only newline and tab are allowed`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        walk(key, [...path, key]);
        walk(item, [...path, key]);
      }
    }
  };
  walk(root, []);
  return found;
}

/** The deepest YAML node that exists along a path, for its position. */
function nodeAt(
  root: unknown,
  path: ReadonlyArray<PropertyKey>,
): { range?: [number, number, number] } | undefined {
  let node = root as any;
  for (const key of path) {
    const child =
      isMap(node) || isSeq(node) ? node.get(key as any, true) : undefined;
    if (!child) break;
    node = child;
  }
  return node ?? undefined;
}

function fail(issue: ValidationIssue): ParseResult<never> {
  return { ok: false, issues: [issue] };
}
