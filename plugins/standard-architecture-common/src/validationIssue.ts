/**
 * One problem found in a data file, located as precisely as we can.
 * @public
 */
export interface ValidationIssue {
  /** The file or URL the data came from. */
  source: string;
  /** The field, as `tools[3].license`, or empty for the whole file. */
  path: string;
  message: string;
  /** 1-based position in the file, where the YAML parser knows it. */
  line?: number;
  column?: number;
}

/**
 * Formats an issue as `file:path: message (line L, column C)`.
 * @public
 */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.path ? `${issue.source}:${issue.path}` : issue.source;
  const position =
    issue.line !== undefined
      ? ` (line ${issue.line}, column ${issue.column ?? 1})`
      : '';
  return `${where}: ${issue.message}${position}`;
}

/**
 * Thrown when data does not validate; carries every issue found, not just
 * the first.
 * @public
 */
export class StandardDataError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(
      `Invalid Kubernetes Standard Architecture data:\n${issues
        .map(formatIssue)
        .join('\n')}`,
    );
    this.name = 'StandardDataError';
    this.issues = issues;
  }
}

/** Renders a zod/yaml path as `tools[3].license`. @public */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : `${i === 0 ? '' : '.'}${escapeControls(String(key))}`,
    )
    .join('');
}

/** Keys are printed to terminals: control characters become `\uXXXX`. */
function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, c =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
  );
}
