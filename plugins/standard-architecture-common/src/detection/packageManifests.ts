import type { PackageEcosystem } from './schema';

/** One dependency a manifest declares. */
export interface DeclaredPackage {
  ecosystem: PackageEcosystem;
  /** npm and Go names as written; PyPI names normalised; Maven `group:artifact`. */
  name: string;
  /** 1-based line of the declaration. */
  line: number;
}

export interface ManifestReading {
  packages: DeclaredPackage[];
  problems: Array<{ line?: number; message: string }>;
}

type Reader = (lines: readonly string[], content: string) => ManifestReading;

const READERS: Array<{
  ecosystem: PackageEcosystem;
  file: RegExp;
  read: Reader;
}> = [
  { ecosystem: 'npm', file: /^package\.json$/, read: readPackageJson },
  { ecosystem: 'go', file: /^go\.mod$/, read: readGoMod },
  {
    ecosystem: 'pypi',
    file: /^requirements.*\.(?:txt|in)$/i,
    read: readRequirements,
  },
  { ecosystem: 'pypi', file: /^pyproject\.toml$/, read: readPyproject },
  { ecosystem: 'maven', file: /^pom\.xml$/, read: readPom },
  {
    ecosystem: 'maven',
    file: /(?:\.gradle(?:\.kts)?|^libs\.versions\.toml)$/,
    read: readGradle,
  },
];

/** The ecosystem whose manifest this file name is, if any. */
export function manifestEcosystem(path: string): PackageEcosystem | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return READERS.find(r => r.file.test(name))?.ecosystem;
}

/** The dependencies a manifest declares, by its file name. */
export function readManifest(
  path: string,
  lines: readonly string[],
  content: string,
): ManifestReading {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const reader = READERS.find(r => r.file.test(name));
  return reader ? reader.read(lines, content) : { packages: [], problems: [] };
}

/** PEP 503: `Foo_Bar.baz` and `foo-bar-baz` are the same project. */
export function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NPM_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
];

/**
 * JSON.parse says what is declared; a pass over the lines says where, since
 * JSON has no positions. Malformed files fall back to the lines alone.
 */
function readPackageJson(
  lines: readonly string[],
  content: string,
): ManifestReading {
  const problems: ManifestReading['problems'] = [];
  const located = new Map<string, number>();
  let section: string | undefined;
  lines.forEach((line, index) => {
    if (!section) {
      const open = /^\s*"(\w+)"\s*:\s*\{(.*)$/.exec(line);
      if (!open || !NPM_SECTIONS.includes(open[1])) return;
      section = open[1];
      const rest = open[2];
      // `"dependencies": { "a": "1" }` on one line.
      for (const m of rest.matchAll(/"([^"]+)"\s*:/g)) {
        if (!located.has(m[1])) located.set(m[1], index + 1);
      }
      if (rest.includes('}')) section = undefined;
      return;
    }
    if (/^\s*\}/.test(line)) {
      section = undefined;
      return;
    }
    const dep = /^\s*"([^"]+)"\s*:/.exec(line);
    if (dep && !located.has(dep[1])) located.set(dep[1], index + 1);
  });

  let declared: string[];
  try {
    const json = JSON.parse(content) as Record<string, unknown>;
    declared = NPM_SECTIONS.flatMap(s => {
      const deps = json?.[s];
      return deps && typeof deps === 'object' && !Array.isArray(deps)
        ? Object.keys(deps)
        : [];
    });
  } catch (error) {
    problems.push({
      message: `malformed package.json (${
        (error as Error).message
      }); read line by line instead`,
    });
    declared = [...located.keys()];
  }
  const packages = [...new Set(declared)].map(name => ({
    ecosystem: 'npm' as const,
    name,
    line: located.get(name) ?? 1,
  }));
  return { packages, problems };
}

/**
 * `require` lines and blocks. Indirect requirements are left out: they are
 * what the service's dependencies chose, not the service.
 */
function readGoMod(lines: readonly string[]): ManifestReading {
  const packages: DeclaredPackage[] = [];
  let block: string | undefined;
  lines.forEach((raw, index) => {
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const code = raw.replace(/\/\/.*$/, '').trim();
    if (code === '') return;
    if (block) {
      if (code === ')') block = undefined;
      else if (block === 'require' && !indirect) {
        const m = /^(\S+)\s+\S+/.exec(code);
        if (m) packages.push({ ecosystem: 'go', name: m[1], line: index + 1 });
      }
      return;
    }
    const opens = /^(\w+)\s*\($/.exec(code);
    if (opens) {
      block = opens[1];
      return;
    }
    const single = /^require\s+(\S+)\s+\S+/.exec(code);
    if (single && !indirect) {
      packages.push({ ecosystem: 'go', name: single[1], line: index + 1 });
    }
  });
  return { packages, problems: [] };
}

/** The project name at the start of a PEP 508 requirement. */
function requirementName(requirement: string): string | undefined {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(
    requirement,
  );
  return m ? normalisePypiName(m[1]) : undefined;
}

function readRequirements(lines: readonly string[]): ManifestReading {
  const packages: DeclaredPackage[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let name: string | undefined;
    if (line.startsWith('-')) {
      // Options; only an editable VCS install names a project (#egg=name).
      name = /#egg=([A-Za-z0-9._-]+)/.exec(line)?.[1];
      name = name ? normalisePypiName(name) : undefined;
    } else {
      name = requirementName(line.replace(/\s#.*$/, ''));
    }
    if (name) packages.push({ ecosystem: 'pypi', name, line: index + 1 });
  });
  return { packages, problems: [] };
}

/** Removes a TOML comment, leaving `#` inside strings alone. */
function stripTomlComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

const POETRY_TABLE =
  /^tool\.poetry\.(?:dependencies|dev-dependencies|group\.[^.]+\.dependencies)$/;

/**
 * PEP 621 `dependencies` and optional dependencies, PEP 735 dependency
 * groups, uv's dev-dependencies, and Poetry's dependency tables.
 */
function readPyproject(lines: readonly string[]): ManifestReading {
  const packages: DeclaredPackage[] = [];
  let table = '';
  let inArray = false;
  const addStrings = (text: string, line: number) => {
    // `{ include-group = "test" }` names a group, not a project.
    const withoutTables = text.replace(/\{[^}]*\}/g, '');
    for (const m of withoutTables.matchAll(/"([^"]*)"|'([^']*)'/g)) {
      const name = requirementName(m[1] ?? m[2]);
      if (name) packages.push({ ecosystem: 'pypi', name, line });
    }
  };
  const arrayCloses = (text: string) =>
    text.replace(/"[^"]*"|'[^']*'/g, '').includes(']');

  lines.forEach((raw, index) => {
    const line = stripTomlComment(raw).trim();
    const lineNo = index + 1;
    if (line === '') return;
    if (inArray) {
      addStrings(line, lineNo);
      if (arrayCloses(line)) inArray = false;
      return;
    }
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (header) {
      table = header[1].replace(/["']/g, '');
      // `[tool.poetry.dependencies.requests]` declares requests.
      const parent = table.slice(0, table.lastIndexOf('.'));
      if (POETRY_TABLE.test(parent)) {
        const name = requirementName(table.slice(table.lastIndexOf('.') + 1));
        if (name) packages.push({ ecosystem: 'pypi', name, line: lineNo });
      }
      return;
    }
    const assignment = /^("[^"]+"|'[^']+'|[\w.-]+)\s*=\s*(.*)$/.exec(line);
    if (!assignment) return;
    const key = assignment[1].replace(/["']/g, '');
    const value = assignment[2];
    const isRequirementList =
      (table === 'project' && key === 'dependencies') ||
      table === 'project.optional-dependencies' ||
      table === 'dependency-groups' ||
      (table === 'tool.uv' && key === 'dev-dependencies');
    if (isRequirementList && value.startsWith('[')) {
      addStrings(value, lineNo);
      inArray = !arrayCloses(value.slice(1));
      return;
    }
    if (POETRY_TABLE.test(table) && key.toLowerCase() !== 'python') {
      const name = requirementName(key);
      if (name) packages.push({ ecosystem: 'pypi', name, line: lineNo });
    }
  });
  return { packages, problems: [] };
}

/**
 * `<dependency>` blocks, comments removed, exclusions skipped. The line is
 * the artifactId's.
 */
function readPom(lines: readonly string[]): ManifestReading {
  const packages: DeclaredPackage[] = [];
  let inComment = false;
  let inExclusion = false;
  let current:
    | { groupId?: string; artifactId?: string; line?: number }
    | undefined;
  const token =
    /<(\/?)(dependency|exclusion)>|<(groupId|artifactId)>\s*([^<]*?)\s*<\/\3>/g;

  lines.forEach((raw, index) => {
    let line = '';
    let rest = raw;
    // Keep only the parts outside <!-- … -->, which can span lines.
    while (rest.length > 0) {
      if (inComment) {
        const end = rest.indexOf('-->');
        if (end < 0) rest = '';
        else {
          inComment = false;
          rest = rest.slice(end + 3);
        }
      } else {
        const start = rest.indexOf('<!--');
        if (start < 0) {
          line += rest;
          rest = '';
        } else {
          line += rest.slice(0, start);
          inComment = true;
          rest = rest.slice(start + 4);
        }
      }
    }
    for (const m of line.matchAll(token)) {
      const [, closing, block, field, value] = m;
      if (block === 'exclusion') inExclusion = !closing;
      else if (block === 'dependency') {
        if (!closing) current = {};
        else {
          if (current?.groupId && current.artifactId) {
            packages.push({
              ecosystem: 'maven',
              name: `${current.groupId}:${current.artifactId}`,
              line: current.line ?? index + 1,
            });
          }
          current = undefined;
        }
      } else if (current && !inExclusion && field) {
        if (field === 'groupId') current.groupId = value;
        else {
          current.artifactId = value;
          current.line = index + 1;
        }
      }
    }
  });
  return { packages, problems: [] };
}

/** Removes `//` and `/* *\/` comments, leaving strings alone. */
function stripCLikeComments(line: string, state: { inBlock: boolean }): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (state.inBlock) {
      if (c === '*' && line[i + 1] === '/') {
        state.inBlock = false;
        i++;
      }
    } else if (quote) {
      out += c;
      if (c === '\\') out += line[++i] ?? '';
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
      out += c;
    } else if (c === '/' && line[i + 1] === '/') {
      break;
    } else if (c === '/' && line[i + 1] === '*') {
      state.inBlock = true;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * `"group:artifact:version"` strings and `group: 'g', name: 'a'` maps in
 * Gradle scripts and version catalogs.
 */
function readGradle(lines: readonly string[]): ManifestReading {
  const packages: DeclaredPackage[] = [];
  const state = { inBlock: false };
  lines.forEach((raw, index) => {
    const line = stripCLikeComments(raw, state);
    const add = (group: string, artifact: string) =>
      packages.push({
        ecosystem: 'maven',
        name: `${group}:${artifact}`,
        line: index + 1,
      });
    for (const m of line.matchAll(
      /["']([\w.-]+):([\w.-]+)(?::[^"'\s]*)?["']/g,
    )) {
      add(m[1], m[2]);
    }
    for (const m of line.matchAll(
      /group\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["']/g,
    )) {
      add(m[1], m[2]);
    }
  });
  return { packages, problems: [] };
}

export { stripCLikeComments };
