import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative } from 'path';
import { loadDetectionRules } from '../detection/loadDetectionRules';
import { diffEditions, EditionChange, EditionDiff } from '../diff';
import { OverlayDecision } from '../schema';
import { DataFile, loadStandard } from '../standard';
import { formatIssue, ValidationIssue } from '../validationIssue';

const USAGE = `Usage: standard-architecture-validate [--overlay FILE] [--base-images FILE] [--detection-rules FILE] [--explain] [--format text|json] [EDITION_FILE_OR_DIR...]

Validates edition files (every *.yaml in a directory), an optional organisation
overlay, optional base-image rules and optional detection rules together (a
detection rule's tool must exist in the editions or the overlay), and prints
one "file:path: message (line L, column C)" line per problem. Exits 1 on any
problem, 2 on bad usage. Without edition arguments it validates the bundled
data.

  --explain       also print what each edition changes against the previous
                  one, and the overlay's decisions
  --format json   print one JSON document (ok, issues, summary, changes) for CI`;

// The package's own data folder, found the same way from src/ and from dist/.
const BUNDLED = join(
  dirname(
    require.resolve('@k8s-standard/plugin-standard-architecture-common/package.json'),
  ),
  'data',
);

function read(file: string): DataFile {
  return {
    source: relative(process.cwd(), file) || file,
    content: readFileSync(file),
  };
}

function expand(target: string): string[] {
  if (!existsSync(target))
    throw new Error(`${target}: no such file or directory`);
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter(name => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map(name => join(target, name));
}

/** The outcome of a run, as `--format json` prints it. */
export interface ValidateReport {
  ok: boolean;
  issues: ValidationIssue[];
  summary?: {
    editions: number[];
    tools: number;
    overlay: boolean;
    baseImages: boolean;
    detectionRules?: { rules: number; tools: number };
  };
  /** With --explain: each edition against the previous one. */
  changes?: EditionDiff[];
  /** With --explain and an overlay: the organisation's decisions. */
  decisions?: OverlayDecision[];
}

/** The command's logic, separate from process exit for testing. */
export function validate(args: string[]): { code: number; lines: string[] } {
  let format = 'text';
  let explain = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--explain') explain = true;
    else if (args[i] === '--format') {
      format = args[++i] ?? '';
      if (format !== 'text' && format !== 'json') {
        return { code: 2, lines: ['--format must be text or json', USAGE] };
      }
    } else rest.push(args[i]);
  }
  const outcome = check(rest, explain);
  if ('usage' in outcome) return { code: 2, lines: outcome.usage };
  const { report } = outcome;
  const code = report.ok ? 0 : 1;
  if (format === 'json') {
    return { code, lines: [JSON.stringify(report, null, 2)] };
  }
  return { code, lines: asText(report) };
}

function asText(report: ValidateReport): string[] {
  if (!report.ok) return report.issues.map(formatIssue);
  const { summary } = report;
  const lines = summary
    ? [
        `ok: ${summary.editions.length} edition file(s) (${summary.editions.join(
          ', ',
        )}), ${summary.tools} tools${summary.overlay ? ', overlay' : ''}${
          summary.baseImages ? ', base-image rules' : ''
        }`,
        // On its own line, so the summary above keeps its shape for scripts.
        ...(summary.detectionRules
          ? [
              `ok: ${summary.detectionRules.rules} detection rules for ${summary.detectionRules.tools} tools`,
            ]
          : []),
      ]
    : [];
  for (const diff of report.changes ?? []) {
    lines.push('', `${diff.from} → ${diff.to}:`);
    const list = (label: string, changes: EditionChange[]) => {
      for (const c of changes) {
        const extra = [
          c.replaces?.length ? `replaces ${c.replaces.join(', ')}` : '',
          c.replacedBy?.length ? `replaced by ${c.replacedBy.join(', ')}` : '',
          c.endOfLife ? `end of life ${c.endOfLife}` : '',
        ].filter(Boolean);
        lines.push(
          `  ${label} ${c.name} (${c.tool})${
            extra.length ? `, ${extra.join('; ')}` : ''
          }${c.reason ? `: ${c.reason.en}` : ''}`,
        );
      }
    };
    list('+ added  ', diff.added);
    list('~ changed', diff.changed);
    list('- removed', diff.removed);
    list('! caution', diff.caution);
    if (
      diff.added.length + diff.changed.length + diff.removed.length ===
        0 &&
      diff.caution.length === 0
    ) {
      lines.push('  no changes');
    }
  }
  if (report.decisions?.length) {
    lines.push('', 'overlay decisions:');
    for (const d of report.decisions) {
      lines.push(
        `  ${d.tool}: ${d.decision}${d.until ? ` until ${d.until}` : ''}${
          d.replacedBy?.length ? `, move to ${d.replacedBy.join(', ')}` : ''
        }: ${d.reason.en}`,
      );
    }
  }
  return lines;
}

/** Reads and checks the files; a report, or a usage error. */
function check(
  args: string[],
  explain: boolean,
): { report: ValidateReport } | { usage: string[] } {
  const editions: string[] = [];
  let overlay: string | undefined;
  let baseImages: string | undefined;
  let detectionRules: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { usage: [USAGE] };
    if (
      arg === '--overlay' ||
      arg === '--base-images' ||
      arg === '--detection-rules'
    ) {
      const value = args[++i];
      if (!value) return { usage: [`${arg} needs a file`, USAGE] };
      if (arg === '--overlay') overlay = value;
      else if (arg === '--base-images') baseImages = value;
      else detectionRules = value;
    } else if (arg.startsWith('-')) {
      return { usage: [`unknown option ${arg}`, USAGE] };
    } else {
      editions.push(arg);
    }
  }
  if (editions.length === 0) {
    editions.push(join(BUNDLED, 'editions'));
    baseImages ??= join(BUNDLED, 'base-images.yaml');
    detectionRules ??= join(BUNDLED, 'detection-rules.yaml');
  }

  let files: string[];
  try {
    files = editions.flatMap(expand);
    for (const single of [overlay, baseImages, detectionRules]) {
      if (single) expand(single);
    }
  } catch (error) {
    return { usage: [(error as Error).message] };
  }
  const result = loadStandard({
    editions: files.map(read),
    overlay: overlay ? read(overlay) : undefined,
    baseImages: baseImages ? read(baseImages) : undefined,
  });
  if (!result.ok) return { report: { ok: false, issues: result.issues } };
  const standard = result.value;
  const tools = new Set(standard.editions.flatMap(e => e.tools.map(t => t.id)));
  const rules = detectionRules
    ? loadDetectionRules(read(detectionRules), undefined, {
        knownToolIds: tools,
      })
    : undefined;
  if (rules && !rules.ok) {
    return { report: { ok: false, issues: rules.issues } };
  }
  const years = standard.editions.map(e => e.year);
  return {
    report: {
      ok: true,
      issues: [],
      summary: {
        editions: years,
        tools: tools.size,
        overlay: Boolean(overlay),
        baseImages: Boolean(baseImages),
        ...(rules?.ok && {
          detectionRules: {
            rules: rules.value.rules.length,
            tools: new Set(rules.value.rules.map(r => r.tool)).size,
          },
        }),
      },
      ...(explain && {
        changes: years
          .slice(1)
          .map((year, i) => diffEditions(standard, years[i], year)),
        ...(standard.overlay && { decisions: standard.overlay.decisions }),
      }),
    },
  };
}

export function main(args: string[]): void {
  const { code, lines } = validate(args);
  // A command-line tool: the terminal is its output.
  (code === 0 ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
  process.exitCode = code;
}
