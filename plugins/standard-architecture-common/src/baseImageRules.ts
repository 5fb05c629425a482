import { z } from 'zod';
import { staticImageReference } from './detection/imageReference';
import { parseDataFile, ParseResult } from './parseDataFile';
import {
  BaseImageRule,
  baseImageRuleSchema,
  BaseImageRules,
  baseImageRulesSchema,
} from './schema';
import type { DataFile } from './standard';
import { formatPath, ValidationIssue } from './validationIssue';

/** One path component of a repository name, as registries accept it. */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const REGISTRY_HOST = /^(?:localhost|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*)(?::\d+)?$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
/** `{1}`…`{9}` in `recommended`, filled from the tag's capture groups. */
const PLACEHOLDER = /\{(\d)\}/g;

/**
 * Why an image reference (`gcr.io/distroless/java21-debian12`,
 * `registry:5000/team/app:1.2@sha256:…`) is not one a registry would
 * accept, or undefined when it is well-formed. Templated references
 * (`{{ }}`, `${}`) are refused: a recommendation must be pullable as written.
 * @public
 */
export function imageReferenceProblem(reference: string): string | undefined {
  if (reference !== reference.trim() || reference === '') {
    return 'is empty or has surrounding spaces';
  }
  if (staticImageReference(reference) !== reference) {
    return 'is not a plain image reference (no templating, spaces or quotes)';
  }
  const [nameAndTag, digest, ...extra] = reference.split('@');
  if (extra.length > 0) return 'has more than one digest';
  if (digest !== undefined && !DIGEST.test(digest)) {
    return `has a malformed digest "${digest}"`;
  }
  const colon = nameAndTag.lastIndexOf(':');
  const hasTag = colon > nameAndTag.lastIndexOf('/');
  const name = hasTag ? nameAndTag.slice(0, colon) : nameAndTag;
  const tag = hasTag ? nameAndTag.slice(colon + 1) : undefined;
  if (tag !== undefined && !TAG.test(tag)) return `has a malformed tag "${tag}"`;
  const segments = name.split('/');
  // A first segment with a dot, a port or `localhost` names a registry.
  const registry =
    segments.length > 1 && /[.:]|^localhost$/.test(segments[0])
      ? segments.shift()!
      : undefined;
  if (registry !== undefined && !REGISTRY_HOST.test(registry)) {
    return `has a malformed registry "${registry}"`;
  }
  const bad = segments.find(s => !PATH_COMPONENT.test(s));
  if (bad !== undefined) {
    return `has a malformed repository path component "${bad}" (lower-case letters, digits and single separators)`;
  }
  return undefined;
}

/** How many capture groups a (valid) regular expression has. */
function captureGroups(source: string): number {
  return new RegExp(`(?:${source})|`).exec('')!.length - 1;
}

/**
 * The checks the schema cannot make: the tag pattern compiles, the
 * repository is a name rules can match, the recommendation is a
 * well-formed image reference whose placeholders exist, and ids are
 * unique. Each issue names the rule's index (in the path) and its id.
 * @public
 */
export function baseImageRuleIssues(
  rules: readonly BaseImageRule[],
  source: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const firstIndexOfId = new Map<string, number>();
  rules.forEach((rule, i) => {
    const issue = (field: string, message: string) =>
      issues.push({
        source,
        path: `rules[${i}].${field}`,
        message: `rule "${rule.id}": ${message}`,
      });

    const first = firstIndexOfId.get(rule.id);
    if (first !== undefined) {
      issue('id', `duplicate rule id, also rules[${first}]`);
    } else firstIndexOfId.set(rule.id, i);

    // Rules compare the last segment of an image's repository: `openjdk`.
    if (!PATH_COMPONENT.test(rule.match.repository)) {
      issue(
        'match.repository',
        `"${rule.match.repository}" is not an image name; rules match the last segment of the repository, without registry, owner or tag (e.g. openjdk)`,
      );
    }

    let groups: number | undefined;
    try {
      RegExp(rule.match.tag); // compiling is the check
      groups = captureGroups(rule.match.tag);
    } catch (error) {
      issue(
        'match.tag',
        `is not a valid regular expression: ${(error as Error).message}`,
      );
    }

    const used = [...rule.recommended.matchAll(PLACEHOLDER)].map(m =>
      Number(m[1]),
    );
    const missing = used.filter(n => groups !== undefined && n > groups);
    if (missing.length > 0) {
      issue(
        'recommended',
        `uses {${missing[0]}}, but match.tag has ${groups} capture group${
          groups === 1 ? '' : 's'
        }`,
      );
    }
    // A placeholder stands for a version such as `21`; check the rest.
    const problem = imageReferenceProblem(
      rule.recommended.replace(PLACEHOLDER, '0'),
    );
    if (problem) {
      issue('recommended', `"${rule.recommended}" ${problem}`);
    }
  });
  return issues;
}

/**
 * Reads and validates a base-image rules file (`base-images.yaml`): the
 * schema, then baseImageRuleIssues and unique fact ids, each issue with
 * its line where the file gives one. Never throws.
 * @public
 */
export function loadBaseImageRules(file: DataFile): ParseResult<BaseImageRules> {
  const parsed = parseDataFile(file.content, file.source, baseImageRulesSchema);
  if (!parsed.ok) return parsed;
  const issues = baseImageRuleIssues(parsed.value.rules, file.source);
  const factIds = new Set<string>();
  parsed.value.facts.forEach((fact, i) => {
    if (factIds.has(fact.id)) {
      issues.push({
        source: file.source,
        path: `facts[${i}].id`,
        message: `duplicate fact id "${fact.id}"`,
      });
    }
    factIds.add(fact.id);
  });
  if (issues.length === 0) return parsed;
  return {
    ok: false,
    issues: issues.map(issue => {
      const position = parsed.locate?.(pathKeys(issue.path));
      return position
        ? { ...issue, line: position.line, column: position.col }
        : issue;
    }),
  };
}

const ruleListSchema = z.object({
  rules: z
    .array(baseImageRuleSchema)
    .min(1, 'needs at least one rule; leave it out to use the bundled rules'),
});

/**
 * Validates rules given as plain values (from configuration), as
 * loadBaseImageRules does for a file. Issues have paths like
 * `rules[2].match.tag` under `source`.
 * @public
 */
export function parseBaseImageRuleList(
  value: unknown,
  source: string,
): ParseResult<BaseImageRule[]> {
  const parsed = ruleListSchema.safeParse(
    { rules: value },
    // As in data files: a missing field reads "is required".
    {
      error: issue =>
        issue.code === 'invalid_type' && issue.input === undefined
          ? 'is required'
          : undefined,
    },
  );
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map(issue => {
        const id = ruleIdAt(value, issue.path);
        return {
          source,
          path: formatPath(issue.path),
          message: id ? `rule "${id}": ${issue.message}` : issue.message,
        };
      }),
    };
  }
  const issues = baseImageRuleIssues(parsed.data.rules, source);
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: parsed.data.rules };
}

/** The id of the rule a zod issue is about, when it has a usable one. */
function ruleIdAt(value: unknown, path: ReadonlyArray<PropertyKey>) {
  const index = path[1];
  if (!Array.isArray(value) || typeof index !== 'number') return undefined;
  const id = (value[index] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** `rules[2].match.tag` → ['rules', 2, 'match', 'tag']. */
function pathKeys(path: string): Array<string | number> {
  return path
    .split(/\.|(?=\[)/)
    .map(key => (/^\[\d+\]$/.test(key) ? Number(key.slice(1, -1)) : key));
}
