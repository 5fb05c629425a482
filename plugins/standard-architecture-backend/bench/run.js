#!/usr/bin/env node
/*
 * Runs the benchmarks of this package, each in its own Node process, and
 * prints a summary table:
 *   1. bench/ingestion.bench.ts
 *   2. bench/api.bench.ts on SQLite, then once per PostgreSQL found in
 *      BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING (scripts/postgres.sh).
 *
 * Usage (from this package): node bench/run.js [ingestion] [api]
 * or `yarn bench` here, or `yarn bench` at the repository root
 * (scripts/bench.sh, which also starts a throwaway PostgreSQL).
 * The env knobs are documented at the top of each *.bench.ts file; the most
 * useful one is BENCH_LOAD_SECONDS (default 30) for shorter trials.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const here = __dirname;

require('@backstage/cli/config/nodeTransform.cjs');
const {
  postgresTestDatabaseIds: postgresIds,
} = require('../src/__testUtils__/postgresTestDatabaseIds');

const transform = require.resolve('@backstage/cli/config/nodeTransform.cjs', {
  paths: [here],
});
const only = process.argv.slice(2);
const wants = name => only.length === 0 || only.includes(name);

function runBench(file, args, label) {
  const resultFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'sa-bench-')),
    'result.json',
  );
  console.log(`\n════ ${label}\n`);
  const started = Date.now();
  return new Promise(resolve => {
    const child = spawn(
      process.execPath,
      ['-r', transform, path.join(here, file), ...args],
      {
        cwd: path.resolve(here, '..'),
        env: { ...process.env, BENCH_RESULT_FILE: resultFile },
        stdio: 'inherit',
      },
    );
    child.on('exit', code => {
      let result;
      try {
        result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
      } catch {
        result = undefined;
      }
      fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
      resolve({
        label,
        ok: code === 0 && result !== undefined,
        code,
        seconds: (Date.now() - started) / 1000,
        result,
      });
    });
  });
}

const f = (n, d = 1) =>
  typeof n === 'number' && Number.isFinite(n) ? n.toFixed(d) : 'n/a';

function table(header, rows) {
  const cells = [header, ...rows.map(r => r.map(String))];
  const widths = header.map((_, c) =>
    Math.max(...cells.map(r => (r[c] ?? '').length)),
  );
  const line = r =>
    r
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map(w => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

async function main() {
  const runs = [];
  if (wants('ingestion')) {
    runs.push(await runBench('ingestion.bench.ts', [], 'Ingestion'));
  }
  if (wants('api')) {
    for (const id of ['SQLITE_3', ...postgresIds()]) {
      runs.push(await runBench('api.bench.ts', [id], `API on ${id}`));
    }
  }

  console.log('\n════ Summary\n');
  table(
    ['benchmark', 'status', 'wall s'],
    runs.map(r => [
      r.label,
      r.ok ? 'ok' : `FAILED (exit ${r.code})`,
      f(r.seconds, 0),
    ]),
  );

  const ingestion = runs.find(r => r.label === 'Ingestion' && r.ok);
  if (ingestion) {
    const { rows, runs: n, warmups } = ingestion.result;
    const base = rows[0];
    const perTool = (s, r) => s.p50 / r.tools;
    console.log(
      `\nIngestion (ms; ${n} runs after ${warmups} warm-ups; ratio = per-tool p50 vs bundled)\n`,
    );
    table(
      [
        'input',
        'tools',
        'entities',
        'load+validate p50',
        'p95',
        'entity build p50',
        'p95',
        'load ratio/tool',
        'build ratio/tool',
      ],
      rows.map(r => [
        r.name,
        r.tools,
        r.entities,
        f(r.load.p50, 2),
        f(r.load.p95, 2),
        f(r.build.p50, 2),
        f(r.build.p95, 2),
        f(perTool(r.load, r) / perTool(base.load, base), 2),
        f(perTool(r.build, r) / perTool(base.build, base), 2),
      ]),
    );
  }

  const api = runs.filter(r => r.label.startsWith('API') && r.ok);
  const results = api.flatMap(r => r.result.results);
  let targetsMet = true;
  if (results.length > 0) {
    const meta = api[0].result;
    console.log(
      `\nAPI (ms; ${meta.runs} sequential interleaved requests after ${meta.warmups} warm-ups; p95 ratio target ≤ 1.5)\n`,
    );
    const rows = [];
    for (const r of results) {
      const ratio = p => p.plugin.p95 / p.bare.p95;
      for (const [name, pair] of [
        ['adoption', r.adoption],
        [`report ${r.report.group.replace('group:default/', '')}`, r.report],
      ]) {
        const ok = ratio(pair) <= 1.5;
        targetsMet &&= ok;
        rows.push([
          `${r.database} ${name}`,
          f(pair.plugin.p50),
          f(pair.plugin.p95),
          f(pair.bare.p50),
          f(pair.bare.p95),
          `${f(ratio(pair), 2)} ${ok ? 'ok' : 'OVER'}`,
        ]);
      }
    }
    table(
      [
        'database / endpoint',
        'plugin p50',
        'plugin p95',
        'bare p50',
        'bare p95',
        'p95 ratio',
      ],
      rows,
    );

    console.log('\nSeeding (s, from applyMutation)\n');
    table(
      [
        'database',
        'services',
        'edges',
        'applyMutation',
        'all listed',
        'relations stitched',
      ],
      results.map(r => [
        r.database,
        r.services,
        r.edges,
        f(r.seed.applyMutationMs / 1000, 2),
        f(r.seed.listedMs / 1000, 1),
        f(r.seed.stitchedMs / 1000, 1),
      ]),
    );

    const loads = results.filter(r => r.load);
    if (loads.length > 0) {
      console.log(
        `\nLoad on /adoption (${loads[0].load.connections} connections, ${loads[0].load.seconds} s; non-2xx and errors must be 0)\n`,
      );
      table(
        [
          'database',
          'requests',
          'req/s',
          'non-2xx',
          'errors',
          'timeouts',
          'p50 ms',
          'p99 ms',
          'max ms',
        ],
        loads.map(r => {
          targetsMet &&= r.load.non2xx === 0 && r.load.errors === 0;
          return [
            r.database,
            r.load.requests,
            f(r.load.rps, 2),
            r.load.non2xx,
            r.load.errors,
            r.load.timeouts,
            f(r.load.p50, 0),
            f(r.load.p99, 0),
            f(r.load.max, 0),
          ];
        }),
      );
    }
  }

  const failed = runs.filter(r => !r.ok);
  console.log(
    `\n${
      failed.length === 0
        ? 'All benchmarks ran'
        : `${failed.length} benchmark(s) FAILED`
    }; targets ${
      targetsMet ? 'met' : 'NOT met (see OVER / non-zero errors above)'
    }.`,
  );
  process.exit(failed.length === 0 ? 0 : 1);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
