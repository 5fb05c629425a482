import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve } from 'path';
import { loadDetectionRules } from '../detection/loadDetectionRules';
import { DataFile, loadStandard } from '../standard';
import { formatIssue } from '../validationIssue';

const USAGE = `Usage: standard-architecture-validate [--overlay FILE] [--base-images FILE] [--detection-rules FILE] [EDITION_FILE_OR_DIR...]

Validates edition files (every *.yaml in a directory), an optional organisation
overlay, optional base-image rules and optional detection rules together (a
detection rule's tool must exist in the editions or the overlay), and prints
one "file:path: message" line per problem. Exits 1 on any problem, 2 on bad
usage. Without edition arguments it validates the bundled data.`;

const BUNDLED = resolve(__dirname, '../../data');

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

/** The command's logic, separate from process exit for testing. */
export function validate(args: string[]): { code: number; lines: string[] } {
  const editions: string[] = [];
  let overlay: string | undefined;
  let baseImages: string | undefined;
  let detectionRules: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { code: 0, lines: [USAGE] };
    if (
      arg === '--overlay' ||
      arg === '--base-images' ||
      arg === '--detection-rules'
    ) {
      const value = args[++i];
      if (!value) return { code: 2, lines: [`${arg} needs a file`, USAGE] };
      if (arg === '--overlay') overlay = value;
      else if (arg === '--base-images') baseImages = value;
      else detectionRules = value;
    } else if (arg.startsWith('-')) {
      return { code: 2, lines: [`unknown option ${arg}`, USAGE] };
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
    return { code: 2, lines: [(error as Error).message] };
  }
  const result = loadStandard({
    editions: files.map(read),
    overlay: overlay ? read(overlay) : undefined,
    baseImages: baseImages ? read(baseImages) : undefined,
  });
  if (!result.ok) return { code: 1, lines: result.issues.map(formatIssue) };
  const tools = new Set(
    result.value.editions.flatMap(e => e.tools.map(t => t.id)),
  );
  const rules = detectionRules
    ? loadDetectionRules(read(detectionRules), undefined, {
        knownToolIds: tools,
      })
    : undefined;
  if (rules && !rules.ok) {
    return { code: 1, lines: rules.issues.map(formatIssue) };
  }
  return {
    code: 0,
    lines: [
      `ok: ${files.length} edition file(s) (${result.value.editions
        .map(e => e.year)
        .join(', ')}), ${tools.size} tools${overlay ? ', overlay' : ''}${
        baseImages ? ', base-image rules' : ''
      }`,
      // On its own line, so the summary above keeps its shape for scripts.
      ...(rules?.ok
        ? [
            `ok: ${rules.value.rules.length} detection rules for ${
              new Set(rules.value.rules.map(r => r.tool)).size
            } tools`,
          ]
        : []),
    ],
  };
}

export function main(args: string[]): void {
  const { code, lines } = validate(args);
  // A command-line tool: the terminal is its output.
  (code === 0 ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
  process.exitCode = code;
}
