/*
 * Scanning benchmark: a first scan of BENCH_SCAN_REPOS synthetic
 * repositories of BENCH_SCAN_FILES files each, then an unchanged rescan,
 * through Backstage's real GitHub UrlReader against a local stand-in for
 * GitHub's API (commit status + tarball), into the plugin's real usage index
 * on SQLite. Prints repositories/s, files/s, both pass times and peak RSS.
 *
 * Env (defaults): BENCH_SCAN_REPOS (1000), BENCH_SCAN_FILES (200),
 * BENCH_SCAN_CONCURRENCY (4).
 */
import { readFileSync } from 'fs';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { migrateDatabase } from '../src/database/migrateDatabase';
import { ScanStatusStore } from '../src/database/ScanStatusStore';
import { UsageIndex } from '../src/database/UsageIndex';
import { bundledDetectionRules } from '../src/scanning/detectionRules';
import { RepositoryScanner } from '../src/scanning/RepositoryScanner';
import { RepositoryScanTask } from '../src/scanning/RepositoryScanTask';
import { startFakeGithub } from '../src/__testUtils__/fakeGithub';
import { rawTarball, RawEntry } from '../src/__testUtils__/rawTarball';
import { envInt, fmt, msSince, table, writeResult } from './util';

const REPOS = envInt('BENCH_SCAN_REPOS', 1000);
const FILES = envInt('BENCH_SCAN_FILES', 200);
const CONCURRENCY = envInt('BENCH_SCAN_CONCURRENCY', 4);

const cleanups: Array<() => unknown> = [];
const globals = globalThis as { afterAll?: (fn: () => unknown) => void };
globals.afterAll ??= fn => cleanups.push(fn);

/** A service repository: a few files the rules look at, the rest source code. */
function repository(r: number): RawEntry[] {
  const top = `acme-svc-${r}-sha`;
  const files: RawEntry[] = [
    {
      path: `${top}/Dockerfile`,
      content: `ARG NODE=20\nFROM node:\${NODE} AS build\nRUN npm ci\nFROM gcr.io/distroless/nodejs20-debian12\nCOPY --from=build /app /app\n`,
    },
    {
      path: `${top}/package.json`,
      content: JSON.stringify({
        name: `svc-${r}`,
        dependencies: {
          express: '^4',
          ...(r % 3 === 0 && { 'jaeger-client': '^3' }),
        },
      }),
    },
    {
      path: `${top}/deploy/ingress.yaml`,
      content: `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: svc-${r}\n  annotations:\n    nginx.ingress.kubernetes.io/rewrite-target: /\nspec:\n  ingressClassName: nginx\n`,
    },
    {
      path: `${top}/.github/workflows/ci.yml`,
      content: `on: push\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aquasecurity/trivy-action@0.28.0\n`,
    },
  ];
  for (let f = files.length; f < FILES; f++) {
    files.push(
      f % 4 === 0
        ? {
            path: `${top}/deploy/config-${f}.yaml`,
            content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${f}\ndata:\n  key: value-${f}\n`,
          }
        : {
            path: `${top}/src/module-${f}.ts`,
            content: `export const value${f} = ${f};\n`.repeat(20),
          },
    );
  }
  return files;
}

async function main() {
  console.log(
    `Scan benchmark: ${REPOS} repositories × ${FILES} files, concurrency ${CONCURRENCY}; node ${process.version}`,
  );
  const prepared = process.hrtime.bigint();
  const tarballs = Array.from({ length: REPOS }, (_, r) =>
    rawTarball(repository(r)),
  );
  console.log(
    `  ${REPOS} tarballs generated in ${fmt(
      msSince(prepared) / 1000,
      1,
    )} s (${fmt(
      tarballs.reduce((n, t) => n + t.length, 0) / 1024 / 1024,
      1,
    )} MB gzipped)`,
  );

  const github = await startFakeGithub(name => {
    const r = /^svc-(\d+)$/.exec(name)?.[1];
    return r === undefined
      ? undefined
      : { sha: `sha-${r}`, tarball: () => tarballs[Number(r)] };
  });
  const base = github.base;

  const databases = TestDatabases.create({
    ids: ['SQLITE_3'],
    disableDocker: true,
  });
  const knex = await databases.init('SQLITE_3');
  const logger = mockServices.rootLogger({ level: 'warn' });
  await migrateDatabase(knex, logger);
  const index = new UsageIndex(knex);
  await index.upsertEntities(
    Array.from({ length: REPOS }, (_, r) => ({
      entityRef: `component:default/svc-${r}`,
      kind: 'Component',
      type: 'service',
      owner: `group:default/team-${r % 20}`,
      baseImages: [],
      sourceLocation: `https://github.com/acme/svc-${r}/tree/main/`,
      declaredTools: ['argo-cd'],
    })),
    'bench',
  );
  const config = new ConfigReader({
    integrations: { github: [{ host: 'github.com', apiBaseUrl: base }] },
  });
  const task = new RepositoryScanTask(
    index,
    new ScanStatusStore(knex),
    new RepositoryScanner(
      UrlReaders.default({ config, logger }),
      ScmIntegrations.fromConfig(config),
      await bundledDetectionRules(),
      {
        maxFiles: 5000,
        maxFileBytes: 1024 * 1024,
        maxTotalBytes: 50 * 1024 * 1024,
        timeoutMs: 120_000,
      },
    ),
    logger,
    CONCURRENCY,
  );

  const first = process.hrtime.bigint();
  const firstPass = await task.run();
  const firstMs = msSince(first);
  const firstDownloads = github.tarballs();
  const rescan = process.hrtime.bigint();
  const rescanPass = await task.run();
  const rescanMs = msSince(rescan);
  github.close();

  const [{ n: scannedFiles }] = await knex('sa_scans').sum({
    n: 'files_scanned',
  });
  const detectedRows = Number(
    (await knex('sa_usage').where({ detected: true }).count({ n: '*' }))[0].n,
  );
  const peakRssMb =
    Number(
      /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1],
    ) / 1024;
  const filesInRepos = REPOS * FILES;
  const result = {
    repos: REPOS,
    filesPerRepo: FILES,
    concurrency: CONCURRENCY,
    firstScanMs: firstMs,
    reposPerSecond: REPOS / (firstMs / 1000),
    filesPerSecond: filesInRepos / (firstMs / 1000),
    filesMatchedAndRead: Number(scannedFiles),
    detectedRows,
    unchangedRescanMs: rescanMs,
    rescanDownloads: github.tarballs() - firstDownloads,
    firstPass,
    rescanPass,
    peakRssMb,
  };
  console.log();
  table(
    ['measure', 'value'],
    [
      ['first scan (s)', fmt(firstMs / 1000, 1)],
      ['repositories/s', fmt(result.reposPerSecond, 1)],
      ['files/s (all files in the trees)', fmt(result.filesPerSecond, 0)],
      ['files matched by a rule and read', result.filesMatchedAndRead],
      ['detected usage rows', detectedRows],
      ['unchanged rescan (s)', fmt(rescanMs / 1000, 2)],
      ['tarballs downloaded by the rescan', result.rescanDownloads],
      ['peak RSS (MB)', fmt(peakRssMb, 0)],
    ],
  );
  writeResult(result);
  for (const cleanup of cleanups) await cleanup();
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
