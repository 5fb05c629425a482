import parseSpdx from 'spdx-expression-parse';

/**
 * Whether a string is a valid SPDX license expression, such as `Apache-2.0`,
 * `MIT OR Apache-2.0` or `LicenseRef-Lens-Proprietary`.
 * @public
 */
export function isValidSpdxExpression(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

/**
 * The license ids an SPDX expression mentions, e.g. `['MIT', 'Apache-2.0']`
 * for `MIT OR Apache-2.0`. Returns `[expression]` when it does not parse.
 * @public
 */
export function spdxLicenseIds(expression: string): string[] {
  type Node = { license?: string; left?: Node; right?: Node };
  const walk = (node: Node): string[] =>
    node.license
      ? [node.license]
      : [
          ...(node.left ? walk(node.left) : []),
          ...(node.right ? walk(node.right) : []),
        ];
  try {
    return walk(parseSpdx(expression) as Node);
  } catch {
    return [expression];
  }
}
