import { createHash } from 'crypto';
import { BigIntStats, Dirent } from 'fs';
import { lstat, readdir, realpath } from 'fs/promises';
import path from 'path';
import { isWithin } from './localFileUrl';

/** One regular file of a local tree. */
export interface LocalTreeFile {
  /** Relative to the tree, `/`-separated, as UrlReader filters expect. */
  path: string;
  /** Where the content is read from (a symlink's target). */
  realPath: string;
  size: number;
  mtimeNs: bigint;
}

// Git metadata is not part of the tree a remote reader would return, and
// its churn would change the etag without any file changing.
const SKIPPED_DIRECTORIES = new Set(['.git']);

/**
 * Lists the regular files under `dir` (a real path), sorted by path.
 * Symlinked files are kept when their target is inside `dir`; symlinks
 * leaving it, dangling or looping are skipped. Symlinked directories are
 * never followed: an in-tree target is listed under its own path anyway,
 * and not following them is what keeps a loop from hanging the walk.
 * Sockets, FIFOs and devices are skipped (reading a FIFO would block).
 */
export async function listLocalTree(
  dir: string,
  signal?: AbortSignal,
): Promise<LocalTreeFile[]> {
  const files: LocalTreeFile[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    signal?.throwIfAborted();
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
        continue;
      }
      const file = await regularFile(dir, full, entry);
      if (file) files.push(file);
    }
  }
  // Code-unit order, not locale order, so the etag is the same everywhere;
  // paths are unique, so there are no ties.
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The entry as a tree file, or undefined when it is not one to serve. */
async function regularFile(
  dir: string,
  full: string,
  entry: Dirent,
): Promise<LocalTreeFile | undefined> {
  let realPath = full;
  if (entry.isSymbolicLink()) {
    try {
      realPath = await realpath(full);
    } catch {
      return undefined; // dangling or a loop
    }
    if (!isWithin(dir, realPath)) return undefined;
  } else if (!entry.isFile()) {
    return undefined;
  }
  // lstat on the real path: if it was swapped for a symlink since, skip it.
  const info = await lstat(realPath, { bigint: true }).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return {
    path: path.relative(dir, full).split(path.sep).join('/'),
    realPath,
    size: Number(info.size),
    mtimeNs: info.mtimeNs,
  };
}

/**
 * The tree's etag: a hash of every path, size and modification time, so
 * any added, removed or rewritten file changes it without reading content.
 */
export function localTreeEtag(files: LocalTreeFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file.path}\0${file.size}\0${file.mtimeNs}\n`);
  }
  return `local-${hash.digest('hex').slice(0, 40)}`;
}

/** A single file's etag, on the same terms as the tree's. */
export function localFileEtag(info: BigIntStats): string {
  return `local-${createHash('sha256')
    .update(`${info.size}\0${info.mtimeNs}`)
    .digest('hex')
    .slice(0, 40)}`;
}
