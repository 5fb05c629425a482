#!/usr/bin/env node
/*
 * Runs the benchmarks of this package, each in its own Node process, and
 * prints the summary tables with the targets:
 *   1. bench/ingestion.bench.ts
 *   2. bench/api.bench.ts for every scale in BENCH_SCALES (default
 *      10000,100000) on SQLite and on every PostgreSQL found in
 *      BACKSTAGE_TEST_DATABASE_POSTGRES<N>_CONNECTION_STRING
 *      (scripts/postgres.sh starts one).
 *
 * Usage (from this package): node bench/run.js [ingestion] [api] [scan]
 * or `yarn bench` here, or `yarn bench` at the repository root
 * (scripts/bench.sh, which also starts a throwaway PostgreSQL).
 * Env: BENCH_SCALES, BENCH_LOAD_SECONDS (default 30), and the knobs at the
 * top of each *.bench.ts file.
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
const scales = (process.env.BENCH_SCALES || '10000,100000')
  .split(',')
  .map(s => Number(s.trim()))
  .filter(n => n > 0);
const realCatalogMax = Number(process.env.BENCH_REAL_CATALOG_MAX || 10000);

// The targets of the issue.
const TARGET = {
  p99Ms: 250,
  p99AtServices: 100000,
  adoptionBodyKb: 64,
  fullSyncS: 60,
  fullSyncAtServices: 100000,
  rssMb: 1536,
};

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
      ['--expose-gc', '-r', transform, path.join(here, file), ...args],
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
const k = n => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const mark = ok => (ok ? 'OK' : 'OVER');

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
  const started = Date.now();
  const runs = [];
  if (wants('ingestion')) {
    runs.push(await runBench('ingestion.bench.ts', [], 'Ingestion'));
  }
  if (wants('api')) {
    for (const services of scales) {
      for (const id of ['SQLITE_3', ...postgresIds()]) {
        runs.push(
          await runBench(
            'api.bench.ts',
            [id, String(services)],
            `API ${k(services)} services on ${id} (${
              services > realCatalogMax
                ? 'sync: synthetic catalog reader; API: real backend'
                : 'real catalog'
            })`,
          ),
        );
      }
    }
  }

  if (wants('scan')) {
    runs.push(
      await runBench(
        'scan.bench.ts',
        [],
        'Repository scan (GitHub UrlReader against a local stand-in)',
      ),
    );
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

  const scan = runs.find(r => r.label.startsWith('Repository scan') && r.ok);
  if (scan) {
    const r = scan.result;
    console.log(
      `\nRepository scan: first scan of ${r.repos} repositories × ${r.filesPerRepo} files, concurrency ${r.concurrency}, then an unchanged rescan\n`,
    );
    table(
      [
        'first scan s',
        'repos/s',
        'files/s',
        'files read',
        'detected rows',
        'unchanged rescan s',
        'rescan downloads',
        'peak RSS MB',
      ],
      [
        [
          f(r.firstScanMs / 1000, 1),
          f(r.reposPerSecond, 1),
          f(r.filesPerSecond, 0),
          r.filesMatchedAndRead,
          r.detectedRows,
          f(r.unchangedRescanMs / 1000, 2),
          r.rescanDownloads,
          f(r.peakRssMb, 0),
        ],
      ],
    );
  }

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

  const results = runs
    .filter(r => r.label.startsWith('API') && r.ok)
    .map(r => r.result);
  const targets = [];
  const target = (name, ok, figure) => targets.push({ name, ok, figure });
  const run = r => `${k(r.services)} ${r.database}`;

  if (results.length > 0) {
    // ------------------------------------------------------------ sync
    console.log(
      `\nUsage-index sync (s). "real catalog": the plugin's scheduled task against the catalog, figures from GET /status sync.details. "synthetic catalog reader": the plugin's UsageIndexSync + UsageIndex on the same real database, fed from memory (bench/syntheticCatalog.ts); "reader s" is the time spent inside that reader. Incremental = after changing 1% of the services. Target: full sync of ${k(
        TARGET.fullSyncAtServices,
      )} < ${TARGET.fullSyncS} s.\n`,
    );
    const syncRows = [];
    for (const r of results) {
      const rows = [[r.sync.source, r.sync]];
      if (r.calibration) {
        rows.unshift(['synthetic catalog reader (calibration)', r.calibration]);
      }
      for (const [source, s] of rows) {
        let verdict = '';
        if (
          r.services >= TARGET.fullSyncAtServices &&
          source === r.sync.source
        ) {
          const ok = s.full.ms / 1000 < TARGET.fullSyncS;
          target(
            `full sync of ${k(r.services)} on ${r.database} < ${
              TARGET.fullSyncS
            } s (${source})`,
            ok,
            `${f(s.full.ms / 1000, 1)} s`,
          );
          verdict = mark(ok);
        }
        syncRows.push([
          run(r),
          source,
          f(s.full.ms / 1000, 2),
          s.full.seen,
          s.full.changed,
          s.full.pages,
          s.full.readerMs === undefined ? '-' : f(s.full.readerMs / 1000, 2),
          f(s.incremental.ms / 1000, 2),
          s.incremental.changed,
          s.incremental.readerMs === undefined
            ? '-'
            : f(s.incremental.readerMs / 1000, 2),
          verdict,
        ]);
      }
    }
    table(
      [
        'run',
        'catalog source',
        'full s',
        'seen',
        'changed',
        'pages',
        'reader s',
        'incr s',
        'changed',
        'reader s',
        'full<60s',
      ],
      syncRows,
    );
    for (const r of results.filter(x => x.calibration)) {
      const ratio = r.sync.full.ms / r.calibration.full.ms;
      console.log(
        `  ${run(r)}: real catalog / synthetic reader = ${f(
          ratio,
          1,
        )}× (full), ${f(
          r.sync.incremental.ms / r.calibration.incremental.ms,
          1,
        )}× (incremental)`,
      );
      for (const big of results.filter(
        x => x.mode === 'synthetic' && x.database === r.database,
      )) {
        console.log(
          `  ${run(big)}: with that ratio a real catalog would take ~${f(
            (big.sync.full.ms * ratio) / 1000,
            0,
          )} s for the full sync (an extrapolation from ${k(
            r.services,
          )}, not a measurement)`,
        );
      }
    }

    // ------------------------------------------------------ sequential
    console.log(
      `\nOne client, sequential (ms; ${
        results[0].runs
      } requests per endpoint after ${
        results[0].warmups
      } warm-ups). /adoption and the report are served by a real backend from the index; "floor" is the catalog's GET /entities/by-name/component/default/service-00001. Target: /adoption body < ${
        TARGET.adoptionBodyKb
      } KB at ${k(TARGET.p99AtServices)}.\n`,
    );
    const seqRows = [];
    for (const r of results) {
      for (const name of ['adoption', 'report', 'floor']) {
        const s = r.sequential[name];
        let verdict = '';
        if (name === 'adoption' && r.services >= TARGET.p99AtServices) {
          const ok = s.bytes / 1024 < TARGET.adoptionBodyKb;
          target(
            `/adoption body at ${k(r.services)} on ${r.database} < ${
              TARGET.adoptionBodyKb
            } KB`,
            ok,
            `${f(s.bytes / 1024, 1)} KB`,
          );
          verdict = mark(ok);
        }
        seqRows.push([
          run(r),
          endpointLabel(r, name),
          f(s.p50),
          f(s.p95),
          f(s.bytes / 1024, 1),
          verdict,
        ]);
      }
    }
    table(
      ['run', 'endpoint (data source)', 'p50', 'p95', 'body KB', 'body<64KB'],
      seqRows,
    );

    // ------------------------------------------------------------ load
    const withLoad = results.filter(r => r.load && r.load.floor);
    if (withLoad.length > 0) {
      const l0 = withLoad[0].load.floor;
      console.log(
        `\nLoad: ${l0.connections} clients for ${
          l0.seconds
        } s per endpoint, one endpoint at a time (autocannon in a child process). cpu = CPU during the load in % of one core (the machine has ${
          l0.cpu ? l0.cpu.cores : '?'
        }): the backend process / the PostgreSQL server / autocannon / everything else on the machine. errors = errors + timeouts + non-2xx; target 0. p99/floor = the endpoint's p99 over the floor's p99 in the same run. Target: p99 < ${
          TARGET.p99Ms
        } ms for /adoption and the report at ${k(TARGET.p99AtServices)}.\n`,
      );
      const loadRows = [];
      for (const r of withLoad) {
        for (const name of ['adoption', 'report', 'floor']) {
          const l = r.load[name];
          const errors = l.errors + l.timeouts + l.non2xx;
          target(`0 errors: ${name} at ${run(r)}`, errors === 0, `${errors}`);
          let verdict = '';
          if (name !== 'floor' && r.services >= TARGET.p99AtServices) {
            const ok = l.p99 < TARGET.p99Ms;
            target(
              `p99 < ${TARGET.p99Ms} ms: ${name} at ${run(r)}, ${
                l.connections
              } clients`,
              ok,
              `${f(l.p99, 0)} ms`,
            );
            verdict = mark(ok);
          }
          loadRows.push([
            run(r),
            endpointLabel(r, name),
            l.requests,
            f(l.rps, 1),
            `${errors}${
              errors ? ` (${l.errors}/${l.timeouts}/${l.non2xx})` : ''
            } ${mark(errors === 0)}`,
            f(l.p50, 0),
            f(l.p99, 0),
            f(l.max, 0),
            name === 'floor' ? '1.0' : f(l.p99 / r.load.floor.p99, 1),
            verdict,
            l.cpu
              ? `${f(l.cpu.backendPct, 0)}/${f(l.cpu.postgresPct, 0)}/${f(
                  l.cpu.loadGeneratorPct,
                  0,
                )}/${f(
                  l.cpu.machinePct -
                    l.cpu.backendPct -
                    l.cpu.postgresPct -
                    l.cpu.loadGeneratorPct,
                  0,
                )}`
              : '',
          ]);
        }
      }
      table(
        [
          'run',
          'endpoint (data source)',
          'requests',
          'req/s',
          'errors',
          'p50 ms',
          'p99 ms',
          'max ms',
          'p99/floor',
          'p99<250',
          'cpu % backend/pg/ac/other',
        ],
        loadRows,
      );
    }

    // ---------------------------------------------------------- memory
    console.log(
      `\nMemory: peak RSS of the bench process, which hosts the backend (/proc/self/status VmHWM, reset between windows). Windows: start-up (bench data), calibration/sync (synthetic reader runs; at ${k(
        TARGET.p99AtServices,
      )} the window also holds the reader's in-memory copy of every service), backend (real backend: seeding, sync task, API, loads). RSS beyond the V8 heap is native memory: on SQLite the in-memory database (DB MB) and better-sqlite3's prepared statements, which knex prepares anew for every query. Target: < ${
        TARGET.rssMb
      } MB.\n`,
    );
    table(
      [
        'run',
        'peak RSS MB',
        'per window: peak (RSS at end / V8 heap at end), MB',
        'DB MB',
        'index rows',
        '<1.5GB',
      ],
      results.map(r => {
        const ok = r.memory.peakMb < TARGET.rssMb;
        target(
          `peak RSS at ${run(r)} < ${TARGET.rssMb} MB`,
          ok,
          `${f(r.memory.peakMb, 0)} MB`,
        );
        return [
          run(r),
          f(r.memory.peakMb, 0),
          r.memory.windows
            .map(
              w =>
                `${w.name.split(':')[0].split(' ')[0]} ${f(w.peakMb, 0)} (${f(
                  w.endRssMb,
                  0,
                )}/${f(w.endHeapMb, 0)})`,
            )
            .join('; '),
          f(r.databaseMb, 0),
          `${r.index.entities} ent / ${r.index.usages} usage`,
          mark(ok),
        ];
      }),
    );

    // ---------------------------------------------------------- phases
    console.log('\nPhases (wall s)\n');
    for (const r of results) {
      console.log(
        `  ${run(r)} (${f(r.wallMs / 1000, 0)} s): ${r.phases
          .map(p => `${p.name.replace(/,.*$/, '')} ${f(p.ms / 1000, 1)}`)
          .join(' | ')}`,
      );
    }

    // ------------------------------------------------------- provenance
    console.log('\nWhat is measured against what\n');
    for (const r of results) {
      if (r.mode === 'real') {
        console.log(
          `  ${run(r)}: all real. ${
            r.services
          } services processed by the real catalog; the plugin's scheduled sync task read it; the API answered from the index and checked read permission against that catalog.`,
        );
      } else {
        console.log(
          `  ${run(r)}: sync = synthetic catalog reader (${
            r.services
          } services in memory) into the plugin's real UsageIndex on ${
            r.database
          }; API = real backend (catalog + plugin) on that same database, answering from the ${
            r.index.entities
          }-entity index, with a real catalog holding only ${
            r.realCatalog.groups
          } groups + ${
            r.realCatalog.services
          } services (the report's first pages and service-00000…) for the report's permission check and the floor call.`,
        );
      }
    }
  }

  // --------------------------------------------------------- targets
  if (targets.length > 0) {
    console.log('\nTargets\n');
    table(
      ['target', 'figure', 'verdict'],
      targets.map(t => [t.name, t.figure, mark(t.ok)]),
    );
  }
  const saved = path.join(
    os.tmpdir(),
    `standard-architecture-bench-${Date.now()}.json`,
  );
  fs.writeFileSync(saved, JSON.stringify({ runs, targets }, null, 2));
  console.log(`\nAll figures: ${saved}`);
  const failed = runs.filter(r => !r.ok);
  const missed = targets.filter(t => !t.ok);
  let verdict = `${missed.length} of ${targets.length} targets NOT met (OVER above)`;
  if (targets.length === 0) verdict = 'no targets evaluated';
  else if (missed.length === 0) verdict = `all ${targets.length} targets met`;
  console.log(
    `\n${
      failed.length === 0
        ? 'All benchmarks ran'
        : `${failed.length} benchmark(s) FAILED`
    } in ${f((Date.now() - started) / 60000, 1)} min; ${verdict}.`,
  );
  process.exit(failed.length === 0 ? 0 : 1);
}

function endpointLabel(r, name) {
  const small = `real catalog of ${
    r.realCatalog.services + r.realCatalog.groups
  }`;
  const source =
    r.mode === 'real'
      ? 'real catalog'
      : {
          adoption: `index of ${k(r.index.entities)}`,
          report: `index of ${k(r.index.entities)}; permission: ${small}`,
          floor: small,
        }[name];
  const endpoint = {
    adoption: '/adoption',
    report: '/groups/default/team-01/report',
    floor: 'floor: catalog by-name',
  }[name];
  return `${endpoint} (${source})`;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
