/*
 * Shared helpers for the benchmark scripts in this folder. Not a benchmark
 * itself and not a test: jest only picks up `*.test.ts` files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { cpus } from 'os';

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

// ------------------------------------------------------------------ memory

const MB = 1024 * 1024;

function procStatusKb(field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The process's peak resident set size in MB since start or since the last
 * `resetPeakRss()`: `/proc/self/status` VmHWM, or the current RSS where
 * there is no /proc.
 */
export function peakRssMb(): number {
  const kb = procStatusKb('VmHWM');
  return kb === undefined ? process.memoryUsage().rss / MB : kb / 1024;
}

export function rssMb(): number {
  return process.memoryUsage().rss / MB;
}

/**
 * Starts a new peak-RSS window: writing 5 to /proc/self/clear_refs resets
 * VmHWM to the current RSS (Linux ≥ 4.0). Returns false where that is not
 * possible; the peak then stays the whole process's.
 */
export function resetPeakRss(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

// --------------------------------------------------------------------- CPU

function machineJiffies(): { busy: number; total: number } | undefined {
  try {
    const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** CPU jiffies (1/100 s) used so far by the PostgreSQL server's processes. */
function postgresJiffies(): number {
  let sum = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
        const fields = stat.slice(close + 2).split(' ');
        sum += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return sum;
}

export interface CpuShare {
  /** Busy CPU of the whole machine, in % of one core (200% = 2 cores busy). */
  machinePct?: number;
  /** CPU of this process (the backend), in % of one core. */
  backendPct: number;
  /** CPU of the PostgreSQL server's processes, in % of one core. */
  postgresPct: number;
  cores: number;
}

/**
 * Starts measuring CPU; the returned function tells how busy the machine and
 * this process were since, so other work on the machine shows.
 */
export function cpuMeter(): () => CpuShare {
  const machine = machineJiffies();
  const postgres = postgresJiffies();
  const own = process.cpuUsage();
  const start = process.hrtime.bigint();
  return () => {
    const wallMicros = Number(process.hrtime.bigint() - start) / 1000;
    const used = process.cpuUsage(own);
    const now = machineJiffies();
    const cores = cpus().length;
    return {
      cores,
      backendPct: ((used.user + used.system) / wallMicros) * 100,
      postgresPct:
        (((postgresJiffies() - postgres) * 10_000) / wallMicros) * 100,
      ...(machine &&
        now && {
          machinePct:
            ((now.busy - machine.busy) / (now.total - machine.total)) *
            cores *
            100,
        }),
    };
  };
}
