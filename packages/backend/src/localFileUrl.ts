import { realpath } from 'fs/promises';
import path from 'path';
import { fileURLToPath } from 'url';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';

/** A directory the local reader may serve: as configured, and its real path. */
export interface LocalRoot {
  configured: string;
  real: string;
}

/** True when `child` is `parent` or below it (both absolute). */
export function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return (
    relative === '' ||
    (relative !== '..' &&
      !relative.startsWith(`..${path.sep}`) &&
      !path.isAbsolute(relative))
  );
}

/**
 * The configured roots resolved now, so a root that is itself a symlink is
 * compared by where it really is. A root that does not exist serves nothing.
 */
export async function resolveRoots(roots: string[]): Promise<LocalRoot[]> {
  const resolved = await Promise.all(
    roots.map(async root => {
      const configured = path.resolve(root);
      try {
        return { configured, real: await realpath(configured) };
      } catch {
        return undefined;
      }
    }),
  );
  return resolved.filter((r): r is LocalRoot => r !== undefined);
}

/** The path a `file:` URL names, refusing `..` as written. */
function urlToPath(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`Not a URL: ${url}`);
  }
  if (parsed.protocol !== 'file:') {
    throw new InputError(`Not a file: URL: ${url}`);
  }
  // URL parsing folds `..` away, so look at the text as written: a location
  // must not mean something other than what it says.
  const written = url.slice('file:'.length).split(/[?#]/)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    throw new InputError(`Malformed file: URL: ${url}`);
  }
  if (decoded.split(/[\\/]/).includes('..')) {
    throw new NotAllowedError(
      `Reading ${url} is not allowed: it contains '..'`,
    );
  }
  try {
    return fileURLToPath(parsed);
  } catch (error) {
    // Remote hosts and encoded separators end up here.
    throw new InputError(`Unsupported file: URL ${url}: ${error}`);
  }
}

/**
 * The real path a `file:` URL names, when it is inside one of the roots.
 * Outside every root (also through a symlink) is NotAllowedError, checked
 * before the file system is asked so nothing outside leaks whether it
 * exists; a missing path inside a root is NotFoundError.
 */
export async function resolveLocalUrl(
  url: string,
  roots: LocalRoot[],
): Promise<{ path: string; root: string }> {
  const target = path.resolve(urlToPath(url));
  const refused = new NotAllowedError(
    `Reading ${url} is not allowed: it is outside standardArchitecture.scanning.localRoots`,
  );
  if (
    !roots.some(r => isWithin(r.configured, target) || isWithin(r.real, target))
  ) {
    throw refused;
  }
  let real: string;
  try {
    real = await realpath(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new NotFoundError(`${url} does not exist`);
    }
    if (code === 'ELOOP') throw new InputError(`${url} is a symlink loop`);
    throw error;
  }
  const root = roots.find(r => isWithin(r.real, real));
  if (!root) throw refused;
  return { path: real, root: root.real };
}
