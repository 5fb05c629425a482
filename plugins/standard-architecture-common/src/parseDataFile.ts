import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ZodType } from 'zod';
import { formatPath, ValidationIssue } from './validationIssue';

/** Files larger than this are refused before parsing. */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The outcome of reading one data file: the value, or every issue found.
 * @public
 */
export type ParseResult<T> =
  | { ok: true; value: T }
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
    return {
      ok: false,
      issues: doc.errors.map(error => ({
        source,
        path: '',
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
      })),
    };
  }

  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map(issue => {
      const node = nodeAt(doc.contents, issue.path);
      const position = node?.range
        ? lineCounter.linePos(node.range[0])
        : undefined;
      return {
        source,
        path: formatPath(issue.path),
        message: issue.message,
        line: position?.line,
        column: position?.col,
      };
    }),
  };
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
