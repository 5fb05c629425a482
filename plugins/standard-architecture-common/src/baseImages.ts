import { BaseImageRule, BaseImageRules, BilingualText } from './schema';

// Validation lives in its own file; exported from here with the advice.
export {
  baseImageRuleIssues,
  imageReferenceProblem,
  loadBaseImageRules,
  parseBaseImageRuleList,
} from './baseImageRules';

/**
 * Advice for one declared base image.
 * @public
 */
export interface BaseImageAdvice {
  image: string;
  rule: string;
  runtime: string;
  recommended: string;
  multiStage: boolean;
  reason: BilingualText;
  sizes?: { beforeMb: number; afterMb: number };
}

/**
 * Splits `registry/repo/name:tag@digest` into the last path segment of the
 * repository (`openjdk`) and the tag (`21-jdk`, default `latest`).
 * @public
 */
export function parseImageReference(image: string): {
  repository: string;
  tag: string;
} {
  const withoutDigest = image.trim().split('@')[0];
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  return {
    repository: path.slice(path.lastIndexOf('/') + 1),
    tag: hasTag ? withoutDigest.slice(colon + 1) : 'latest',
  };
}

/**
 * The first rule whose repository and tag pattern match the image, with
 * `{1}`, `{2}`… in the recommendation filled from the tag's capture groups.
 * @public
 */
export function adviseBaseImage(
  rules: BaseImageRules,
  image: string,
): BaseImageAdvice | undefined {
  const { repository, tag } = parseImageReference(image);
  for (const rule of rules.rules) {
    if (rule.match.repository !== repository) continue;
    const match = tagPattern(rule)?.exec(tag);
    if (!match) continue;
    return toAdvice(image, rule, match);
  }
  return undefined;
}

const compiledTags = new WeakMap<BaseImageRule, RegExp | null>();

/**
 * The rule's tag pattern, compiled once per rule object: advice runs for
 * every image of every request. Rules are validated when loaded; a pattern
 * that still does not compile (data stored by an older version) matches
 * nothing rather than failing the request.
 */
function tagPattern(rule: BaseImageRule): RegExp | undefined {
  let compiled = compiledTags.get(rule);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(rule.match.tag);
    } catch {
      compiled = null;
    }
    compiledTags.set(rule, compiled);
  }
  return compiled ?? undefined;
}

function toAdvice(
  image: string,
  rule: BaseImageRule,
  match: RegExpExecArray,
): BaseImageAdvice {
  return {
    image,
    rule: rule.id,
    runtime: rule.runtime,
    recommended: rule.recommended.replace(
      /\{(\d)\}/g,
      (_, group) => match[Number(group)] ?? '',
    ),
    multiStage: rule.multiStage,
    reason: rule.reason,
    ...(rule.sizes && { sizes: rule.sizes }),
  };
}
