import parseSpdx from 'spdx-expression-parse';

type SpdxNode = {
  license?: string;
  conjunction?: 'and' | 'or';
  left?: SpdxNode;
  right?: SpdxNode;
};

/**
 * The ways to comply with an SPDX expression, each the license ids that
 * apply together: `A OR B` → `[['A'], ['B']]`, `A AND B` → `[['A', 'B']]`,
 * `(A OR B) AND C` → `[['A', 'C'], ['B', 'C']]`. Ids as `spdxLicenseIds`
 * gives them (without `+` or `WITH` exception). An expression that does not
 * parse is one alternative of itself.
 * @public
 */
export function spdxAlternatives(expression: string): string[][] {
  const walk = (node: SpdxNode): string[][] => {
    if (node.license) return [[node.license]];
    const left = node.left ? walk(node.left) : [];
    const right = node.right ? walk(node.right) : [];
    if (node.conjunction === 'or') return [...left, ...right];
    // AND distributes over OR: (A OR B) AND C = (A AND C) OR (B AND C).
    return left.flatMap(l => right.map(r => [...new Set([...l, ...r])]));
  };
  try {
    return walk(parseSpdx(expression) as SpdxNode);
  } catch {
    return [[expression]];
  }
}

/** One way to comply with an expression, judged. @public */
export interface SpdxAlternativeJudgement {
  /** The license ids that apply together. */
  licenses: string[];
  /** Whether every one of them is acceptable. */
  acceptable: boolean;
  /** The ones that are not. */
  rejected: string[];
}

/** An SPDX expression judged against a policy. @public */
export interface SpdxJudgement {
  /** Whether at least one alternative is acceptable as a whole. */
  acceptable: boolean;
  alternatives: SpdxAlternativeJudgement[];
}

/**
 * Judges an SPDX expression by a policy on single license ids: under
 * `A OR B` the licensee may pick, so one acceptable alternative is enough;
 * under `A AND B` every part applies, so every part must be acceptable.
 * @public
 */
export function judgeSpdxExpression(
  expression: string,
  isAcceptable: (licenseId: string) => boolean,
): SpdxJudgement {
  const alternatives = spdxAlternatives(expression).map(licenses => {
    const rejected = licenses.filter(id => !isAcceptable(id));
    return { licenses, acceptable: rejected.length === 0, rejected };
  });
  return {
    acceptable: alternatives.some(a => a.acceptable),
    alternatives,
  };
}
