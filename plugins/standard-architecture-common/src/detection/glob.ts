/**
 * A small glob matcher for repository-relative paths, so the rules need no
 * extra dependency. Supported syntax:
 *
 * - `**` any number of path segments (`**\/Dockerfile` also matches `Dockerfile`)
 * - `*` any characters except `/`; `?` one character except `/`
 * - `?(a|b)` zero or one of the alternatives, `@(a|b)` exactly one,
 *   `*(a|b)` zero or more, `+(a|b)` one or more
 * - `{a,b}` either alternative; `[abc]`, `[a-z]`, `[!abc]` character classes
 * - `\x` a literal `x`
 *
 * Patterns always match the whole path; a pattern without `/` matches only a
 * file at the repository root. In lists, a leading `!` re-includes what an
 * earlier pattern matched (the last matching pattern wins).
 */

/** Turns `./a\\b//c` into `a/b/c`: the form every pattern is matched against. @public */
export function normalizeRepoPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/^\/+/, '');
}

/** Why a pattern cannot be used, or undefined when it is fine. */
export function globSyntaxError(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is an empty pattern';
  try {
    globToRegExp(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Compiles one glob (without a leading `!`) to an anchored RegExp. */
export function globToRegExp(pattern: string): RegExp {
  const source = translate(pattern, 0, pattern.length);
  return new RegExp(`^${source}$`);
}

const EXTGLOB_SUFFIX: Record<string, string> = {
  '?': '?',
  '@': '',
  '*': '*',
  '+': '+',
};

function translate(pattern: string, from: number, to: number): string {
  let out = '';
  let i = from;
  while (i < to) {
    const c = pattern[i];
    const next = pattern[i + 1];
    if (c === '\\') {
      if (i + 1 >= to) throw new Error(`ends with a lone "\\" in "${pattern}"`);
      out += escapeRegExp(pattern[i + 1]);
      i += 2;
    } else if (c in EXTGLOB_SUFFIX && next === '(') {
      const close = matchingClose(pattern, i + 1, to, '(', ')');
      const alternatives = splitTopLevel(pattern, i + 2, close, '|');
      out += `(?:${alternatives
        .map(([a, b]) => translate(pattern, a, b))
        .join('|')})${EXTGLOB_SUFFIX[c]}`;
      i = close + 1;
    } else if (c === '*' && next === '*') {
      const atSegmentStart = i === from || pattern[i - 1] === '/';
      const afterStars = i + 2;
      if (atSegmentStart && pattern[afterStars] === '/') {
        out += '(?:.*/)?';
        i = afterStars + 1;
      } else if (atSegmentStart && afterStars === to) {
        out += '.*';
        i = afterStars;
      } else {
        // `a**b` is not a globstar; treat it like `*`.
        out += '[^/]*';
        i = afterStars;
      }
    } else if (c === '*') {
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '{') {
      const close = matchingClose(pattern, i, to, '{', '}');
      const alternatives = splitTopLevel(pattern, i + 1, close, ',');
      out += `(?:${alternatives
        .map(([a, b]) => translate(pattern, a, b))
        .join('|')})`;
      i = close + 1;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0 || close >= to) {
        throw new Error(`has an unclosed "[" in "${pattern}"`);
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const escaped = body.replace(/[\\\]^]/g, '\\$&');
      out += negated ? `[^/${escaped}]` : `[${escaped}]`;
      i = close + 1;
    } else if (c === '(' || c === ')' || c === '}' || c === '|') {
      throw new Error(`has an unbalanced "${c}" in "${pattern}"`);
    } else {
      out += escapeRegExp(c);
      i++;
    }
  }
  return out;
}

function matchingClose(
  pattern: string,
  open: number,
  to: number,
  opener: string,
  closer: string,
): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === opener) depth++;
    else if (pattern[i] === closer && --depth === 0) return i;
  }
  throw new Error(`has an unclosed "${opener}" in "${pattern}"`);
}

/** Ranges of the alternatives between `from` and `to`, split at top level. */
function splitTopLevel(
  pattern: string,
  from: number,
  to: number,
  separator: string,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === separator && depth === 0) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  ranges.push([start, to]);
  return ranges;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An ordered pattern list where `!pattern` re-includes: the last pattern that
 * matches a path decides.
 */
export class PathMatcher {
  private readonly patterns: Array<{ negated: boolean; regex: RegExp }>;

  constructor(patterns: readonly string[]) {
    this.patterns = patterns.map(pattern => {
      const negated = pattern.startsWith('!');
      return {
        negated,
        regex: globToRegExp(negated ? pattern.slice(1) : pattern),
      };
    });
  }

  /** Expects a path already passed through normalizeRepoPath. */
  matches(path: string): boolean {
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      if (this.patterns[i].regex.test(path)) return !this.patterns[i].negated;
    }
    return false;
  }
}
