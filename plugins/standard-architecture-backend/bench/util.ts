/*
 * Shared helpers for the benchmark scripts in this folder. Not a benchmark
 * itself and not a test: jest only picks up `*.test.ts` files.
 */
import { writeFileSync } from 'fs';

/** mulberry32: a small seeded PRNG, so every run generates the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nearest-rank percentile of already collected samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  return {
    runs: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** Milliseconds since `start` (from `process.hrtime.bigint()`). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `fn` `warmups` times untimed, then `runs` times timed, in sequence. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  runs: number,
  warmups: number,
): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(msSince(start));
  }
  return samples;
}

export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  }
  return value;
}

export const fmt = (ms: number, digits = 1) =>
  Number.isFinite(ms) ? ms.toFixed(digits) : 'n/a';

/** Prints rows as an aligned text table. */
export function table(header: string[], rows: Array<Array<string | number>>) {
  const cells = [header, ...rows.map(r => r.map(String))];
  const widths = header.map((_, c) =>
    Math.max(...cells.map(r => (r[c] ?? '').length)),
  );
  const line = (r: string[]) =>
    r
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map(w => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** Writes the machine-readable summary `bench/run.js` collects, if asked to. */
export function writeResult(result: unknown) {
  const file = process.env.BENCH_RESULT_FILE;
  if (file) writeFileSync(file, JSON.stringify(result, null, 2));
}
