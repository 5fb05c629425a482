import {
  compileDetectionRules,
  CompiledRule,
  isScannedPathCompiled,
} from './compileRules';
import { analyseDockerfile } from './dockerfile';
import { normalizeRepoPath } from './glob';
import { imageRepository } from './imageReference';
import { readManifest, stripCLikeComments } from './packageManifests';
import type { DetectionRules } from './schema';
import { terraformChartReferences } from './terraformCharts';
import { readYamlEntries } from './yamlEntries';
import { matchYamlRule, yamlFacts, YamlFacts } from './yamlMatchers';

/**
 * One place in a file that shows a tool in use.
 * @public
 */
export interface Detection {
  ruleId: string;
  tool: string;
  /** Repository-relative, `/`-separated. */
  path: string;
  /** 1-based. */
  line: number;
  /** The matched line, trimmed, at most 200 characters. */
  text: string;
}

/**
 * A base image a Dockerfile stage builds on.
 * @public
 */
export interface BaseImageFinding {
  path: string;
  line: number;
  /** As written, ARGs substituted: `eclipse-temurin:21-jre`. */
  image: string;
  /** The stage's `AS` name, or its 0-based index as text. */
  stage: string;
  /** The image the final stage runs on: the service's runtime image. */
  final: boolean;
  /** The Dockerfile has more than one FROM. */
  multiStage: boolean;
}

/**
 * Everything found in one file. Problems are readable sentences that name
 * the file and, where known, the line.
 * @public
 */
export interface FileDetectionResult {
  detections: Detection[];
  baseImages: BaseImageFinding[];
  problems: string[];
}

/** Lines longer than this are cut before matching. @public */
export const MAX_LINE_LENGTH = 10_000;
/** Files larger than this are not scanned (they are not hand-written). @public */
export const MAX_SCANNED_FILE_CHARS = 5_000_000;
const MAX_TEXT_LENGTH = 200;

/**
 * Whether the scanner should read a file at all: false for ignored paths
 * (vendored code, build output, prose) and for paths no rule reads.
 * @public
 */
export function isScannedPath(rules: DetectionRules, path: string): boolean {
  try {
    return isScannedPathCompiled(compileDetectionRules(rules), path);
  } catch {
    return false;
  }
}

/**
 * Finds the tools a file shows and, for Dockerfiles, its base images.
 * Pure and total: it never throws, whatever the content.
 * @public
 */
export function detectInFile(
  rules: DetectionRules,
  path: string,
  content: string,
): FileDetectionResult {
  const result: FileDetectionResult = {
    detections: [],
    baseImages: [],
    problems: [],
  };
  const repoPath = normalizeRepoPath(String(path ?? ''));
  try {
    scanFile(rules, repoPath, content, result);
  } catch (error) {
    result.problems.push(
      `${repoPath}: scanning stopped: ${String(
        (error as Error)?.message ?? error,
      )}`,
    );
  }
  return result;
}

function scanFile(
  rules: DetectionRules,
  path: string,
  content: string,
  result: FileDetectionResult,
): void {
  const compiled = compileDetectionRules(rules);
  result.problems.push(...compiled.broken.map(b => `detection rules: ${b}`));
  if (!isScannedPathCompiled(compiled, path)) return;
  if (typeof content !== 'string') {
    result.problems.push(`${path}: content is not text; not scanned`);
    return;
  }
  if (content.length > MAX_SCANNED_FILE_CHARS) {
    result.problems.push(
      `${path}: ${content.length} characters is over the ${MAX_SCANNED_FILE_CHARS} limit; not scanned`,
    );
    return;
  }
  if (content.includes('\u0000')) {
    result.problems.push(`${path}: looks binary; not scanned`);
    return;
  }

  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const { lines, cut } = splitLines(content);
  if (cut > 0) {
    result.problems.push(
      `${path}: ${cut} line(s) over ${MAX_LINE_LENGTH} characters were cut; anything past that is not matched`,
    );
  }
  const applicable = compiled.rules.filter(r => r.files.matches(path));
  const found = new Map<string, Detection>();
  const detect = (rule: CompiledRule, line: number) => {
    const key = `${rule.rule.id}\u0000${line}`;
    if (found.has(key) || line < 1 || line > lines.length) return;
    found.set(key, {
      ruleId: rule.rule.id,
      tool: rule.rule.tool,
      path,
      line,
      text: lines[line - 1].trim().slice(0, MAX_TEXT_LENGTH),
    });
  };
  const problem = (message: string, line?: number) =>
    result.problems.push(`${path}${line ? `:${line}` : ''}: ${message}`);

  const isDockerfile =
    compiled.baseImageFiles.matches(path) || looksLikeDockerfile(fileName);
  const isYaml =
    /\.(?:ya?ml|json)$/i.test(fileName) && fileName !== 'package.json';
  const isTerraform = /\.(?:tf|hcl)$/i.test(fileName);

  if (isDockerfile) {
    const analysis = analyseDockerfile(lines);
    analysis.problems.forEach(p => problem(p.message, p.line));
    if (compiled.baseImageFiles.matches(path)) {
      result.baseImages = analysis.baseImages.map(b => ({
        path,
        ...b,
        multiStage: analysis.multiStage,
      }));
    }
    const references = analysis.imageReferences.map(r => ({
      repository: imageRepository(r.image),
      line: r.line,
    }));
    for (const rule of applicable) {
      if (!rule.images) continue;
      for (const ref of references) {
        if (rule.images.some(p => p.test(ref.repository)))
          detect(rule, ref.line);
      }
    }
  }

  const yamlRules = applicable.filter(isYamlRule);
  if (isYaml && yamlRules.length > 0) {
    const read = readYamlEntries(content, lines, { linesWereCut: cut > 0 });
    read.problems.forEach(p => problem(p.message, p.line));
    const facts = yamlFacts(read.entries, fileName);
    for (const rule of yamlRules) {
      for (const line of matchYamlRule(rule, facts)) detect(rule, line);
    }
  }
  if (isTerraform && yamlRules.some(r => r.rule.helmDependency)) {
    const facts: YamlFacts = {
      entries: [],
      images: [],
      charts: terraformChartReferences(lines),
      resources: [],
    };
    for (const rule of yamlRules) {
      if (!rule.rule.helmDependency) continue;
      for (const line of matchYamlRule(rule, facts)) detect(rule, line);
    }
  }

  const packageRules = applicable.filter(r => r.packages);
  if (packageRules.length > 0) {
    const manifest = readManifest(path, lines, content);
    manifest.problems.forEach(p => problem(p.message, p.line));
    for (const rule of packageRules) {
      const { ecosystem, test } = rule.packages!;
      for (const declared of manifest.packages) {
        if (declared.ecosystem === ecosystem && test(declared.name)) {
          detect(rule, declared.line);
        }
      }
    }
  }

  const textRules = applicable.filter(r => r.ciText);
  if (textRules.length > 0) {
    const code = codeLines(lines, fileName);
    code.forEach((line, index) => {
      if (line === '') return;
      for (const rule of textRules) {
        if (rule.ciText!.test(line)) detect(rule, index + 1);
      }
    });
  }

  for (const rule of applicable) {
    if (rule.rule.presence) detect(rule, firstContentLine(lines));
  }

  result.detections = [...found.values()].sort(
    (a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId),
  );
}

function isYamlRule(rule: CompiledRule): boolean {
  const r = rule.rule;
  return Boolean(
    rule.images ||
      r.helmDependency ||
      rule.apiGroup ||
      r.ingressClass ||
      r.annotationPrefix ||
      r.action,
  );
}

/** `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`. */
function looksLikeDockerfile(fileName: string): boolean {
  return (
    /^(?:Dockerfile|Containerfile)(?:[.-].+)?$/i.test(fileName) ||
    /\.(?:Dockerfile|Containerfile)$/i.test(fileName)
  );
}

/** The file's lines, each cut to MAX_LINE_LENGTH; `cut` counts the cut ones. */
function splitLines(content: string): { lines: string[]; cut: number } {
  let cut = 0;
  const lines = content.split(/\r\n|\r|\n/).map(line => {
    if (line.length <= MAX_LINE_LENGTH) return line;
    cut++;
    return line.slice(0, MAX_LINE_LENGTH);
  });
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { lines, cut };
}

const C_LIKE_FILE =
  /(?:^Jenkinsfile(?:\..+)?|\.(?:groovy|gradle|kts|java|go|[cm]?[jt]sx?|tf|hcl))$/;

/**
 * The lines with comments blanked out: `#` lines everywhere (YAML, shell,
 * Dockerfile, and shell inside Jenkins steps) and `//`, `/* *\/` in
 * C-like files.
 */
function codeLines(lines: readonly string[], fileName: string): string[] {
  const cLike = C_LIKE_FILE.test(fileName);
  const state = { inBlock: false };
  return lines.map(line => {
    const code = cLike ? stripCLikeComments(line, state) : line;
    return code.trim().startsWith('#') ? '' : code;
  });
}

/** Where a presence rule points: the first line that is not blank or a comment. */
function firstContentLine(lines: readonly string[]): number {
  const index = lines.findIndex(l => {
    const t = l.trim();
    return t !== '' && !t.startsWith('#') && !t.startsWith('//');
  });
  return index < 0 ? 1 : index + 1;
}
