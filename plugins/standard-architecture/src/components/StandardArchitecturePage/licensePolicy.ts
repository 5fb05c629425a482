import { judgeSpdxExpression } from '@k8s-standard/plugin-standard-architecture-common';

/** How the policy treats a license, or a tool's whole license expression. */
export type Verdict = 'flagged' | 'allowed' | 'notAllowed' | 'unreviewed';

/** `standardArchitecture.licensePolicy`: both lists optional. */
export interface LicensePolicy {
  /** SPDX ids accepted; without the list, anything not flagged is. */
  allowed?: string[];
  flagged: Set<string>;
}

/** Worst first: an AND takes its worst part, an OR its best alternative. */
const RANK: Record<Verdict, number> = {
  flagged: 0,
  notAllowed: 1,
  unreviewed: 2,
  allowed: 3,
};

/** The policy on one SPDX license id. */
export function licenseVerdict(id: string, policy: LicensePolicy): Verdict {
  if (policy.flagged.has(id)) return 'flagged';
  if (!policy.allowed) return 'unreviewed';
  return policy.allowed.includes(id) ? 'allowed' : 'notAllowed';
}

/** Whether a verdict lets a license be used. */
export function isAcceptable(verdict: Verdict): boolean {
  return RANK[verdict] >= RANK.unreviewed;
}

/** A tool's whole license expression judged against the policy. */
export interface ExpressionVerdict {
  /** The best alternative's verdict, each alternative judged by its worst part. */
  verdict: Verdict;
  acceptable: boolean;
  /** More than one license id: an OR, an AND or both. */
  compound: boolean;
  /** More than one way to comply (an OR). */
  hasAlternatives: boolean;
  /** The alternatives that pass, each as its ids (`A AND B` → ['A', 'B']). */
  passing: string[][];
  /** When nothing passes: the ids that fail, in the order they appear. */
  rejected: string[];
}

/**
 * Judges an SPDX expression as a whole: `A OR B` passes when any
 * alternative passes, `A AND B` only when every part does.
 */
export function judgeLicense(
  expression: string,
  policy: LicensePolicy,
): ExpressionVerdict {
  const verdictOf = (id: string) => licenseVerdict(id, policy);
  const judged = judgeSpdxExpression(expression, id =>
    isAcceptable(verdictOf(id)),
  );
  const alternativeVerdict = (licenses: string[]) =>
    licenses
      .map(verdictOf)
      .reduce((worst, v) => (RANK[v] < RANK[worst] ? v : worst), 'allowed');
  const verdict = judged.alternatives
    .map(a => alternativeVerdict(a.licenses))
    .reduce<Verdict>((best, v) => (RANK[v] > RANK[best] ? v : best), 'flagged');
  const ids = new Set(judged.alternatives.flatMap(a => a.licenses));
  return {
    verdict,
    acceptable: judged.acceptable,
    compound: ids.size > 1,
    hasAlternatives: judged.alternatives.length > 1,
    passing: judged.alternatives.filter(a => a.acceptable).map(a => a.licenses),
    rejected: judged.acceptable
      ? []
      : [...new Set(judged.alternatives.flatMap(a => a.rejected))],
  };
}
