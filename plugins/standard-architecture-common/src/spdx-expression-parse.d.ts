declare module 'spdx-expression-parse' {
  /** Parses an SPDX expression into a tree; throws on invalid input. */
  function parse(expression: string): unknown;
  export = parse;
}
