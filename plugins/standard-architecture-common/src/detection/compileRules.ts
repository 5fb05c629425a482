import { normalizeRepoPath, PathMatcher } from './glob';
import { imagePatternRegExp } from './imageReference';
import { normalisePypiName } from './packageManifests';
import type { DetectionRule, DetectionRules, PackageEcosystem } from './schema';

/** A rule with its patterns compiled once. */
export interface CompiledRule {
  rule: DetectionRule;
  files: PathMatcher;
  images?: RegExp[];
  apiGroup?: { group: RegExp; kinds?: Set<string> };
  ciText?: RegExp;
  packages?: { ecosystem: PackageEcosystem; test: (name: string) => boolean };
}

export interface CompiledRules {
  ignore: PathMatcher;
  baseImageFiles: PathMatcher;
  rules: CompiledRule[];
  /** Rules that could not be compiled (only when built without the schema). */
  broken: string[];
}

const cache = new WeakMap<DetectionRules, CompiledRules>();

/**
 * Compiles a rule set, once per object: the scanner passes the same rules
 * for every file of every repository.
 */
export function compileDetectionRules(rules: DetectionRules): CompiledRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const broken: string[] = [];
  const compiled: CompiledRule[] = [];
  for (const rule of rules.rules ?? []) {
    if (rule.enabled === false) continue;
    try {
      compiled.push(compileRule(rule));
    } catch (error) {
      broken.push(`rule ${rule.id}: ${(error as Error).message}`);
    }
  }
  const result: CompiledRules = {
    ignore: safeMatcher(rules.ignore ?? [], 'ignore', broken),
    baseImageFiles: safeMatcher(
      rules.baseImageFiles ?? [],
      'baseImageFiles',
      broken,
    ),
    rules: compiled,
    broken,
  };
  cache.set(rules, result);
  return result;
}

function safeMatcher(
  patterns: string[],
  what: string,
  broken: string[],
): PathMatcher {
  try {
    return new PathMatcher(patterns);
  } catch (error) {
    broken.push(`${what}: ${(error as Error).message}`);
    return new PathMatcher([]);
  }
}

function compileRule(rule: DetectionRule): CompiledRule {
  const compiled: CompiledRule = { rule, files: new PathMatcher(rule.files) };
  if (rule.image) compiled.images = rule.image.map(imagePatternRegExp);
  if (rule.apiGroup) {
    compiled.apiGroup = {
      group: wildcardRegExp(rule.apiGroup.group),
      kinds: rule.apiGroup.kinds && new Set(rule.apiGroup.kinds),
    };
  }
  if (rule.ciText) compiled.ciText = new RegExp(rule.ciText);
  if (rule.package) {
    const { ecosystem, names } = rule.package;
    const normalise = (name: string) =>
      ecosystem === 'pypi' ? normalisePypiName(name) : name.toLowerCase();
    const patterns = names.map(n => wildcardRegExp(normalise(n)));
    const prefixes = names.filter(n => !n.includes('*')).map(normalise);
    compiled.packages = {
      ecosystem,
      test: name => {
        const candidate = normalise(name);
        if (patterns.some(p => p.test(candidate))) return true;
        // A Go module path also covers its sub-modules (`…/otel/sdk`).
        return (
          ecosystem === 'go' &&
          prefixes.some(p => candidate.startsWith(`${p}/`))
        );
      },
    };
  }
  return compiled;
}

/** `*` matches any characters; everything else is literal. */
export function wildcardRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/** False for ignored paths and paths no enabled rule reads. */
export function isScannedPathCompiled(
  compiled: CompiledRules,
  path: string,
): boolean {
  const normalised = normalizeRepoPath(path);
  if (normalised === '' || compiled.ignore.matches(normalised)) return false;
  return (
    compiled.baseImageFiles.matches(normalised) ||
    compiled.rules.some(r => r.files.matches(normalised))
  );
}
