import { gzipSync } from 'zlib';

/** One entry of a hand-made tarball: a file, or a symlink when `link` is set. */
export interface RawEntry {
  path: string;
  content?: Buffer | string;
  link?: string;
}

function header(entry: RawEntry, size: number): Buffer {
  const block = Buffer.alloc(512);
  const octal = (value: number, length: number) =>
    value.toString(8).padStart(length - 1, '0');
  block.write(entry.path, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(0, 12), 136);
  block.write('        ', 148);
  block.write(entry.link ? '2' : '0', 156);
  if (entry.link) block.write(entry.link, 157, 100, 'utf8');
  block.write('ustar\u000000', 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${octal(sum, 7)}\u0000`, 148);
  return block;
}

/**
 * A gzipped tarball written byte by byte, so tests can hold what real tools
 * refuse to write: `../` paths, symlinks out of the tree.
 */
export function rawTarball(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const content = entry.link
      ? Buffer.alloc(0)
      : Buffer.from(entry.content ?? '');
    parts.push(header(entry, content.length), content);
    const pad = (512 - (content.length % 512)) % 512;
    parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}
