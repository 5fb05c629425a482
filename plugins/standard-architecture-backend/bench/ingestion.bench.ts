/*
 * Ingestion benchmark: how long the catalog module takes to turn the standard
 * into its catalog mutation, for the bundled editions and for a synthetic
 * standard of 2,000 tools.
 *
 * Two phases are timed separately, each BENCH_INGESTION_RUNS times (default
 * 20) after BENCH_INGESTION_WARMUPS warm-ups (default 3):
 *  - load+validate: `loadStandard` on the edition files already in memory
 *    (YAML parse, zod schema, SPDX and cross-reference checks; no disk I/O);
 *  - entity build: what `StandardArchitectureEntityProvider.refresh` does
 *    after loading: `standardToEntities`, `stringifyEntityRef` per entity
 *    (the removal-guard set) and the deferred-entity list of the mutation.
 *
 * Run from the repository root:
 *   node -r @backstage/cli/config/nodeTransform.cjs \
 *     plugins/standard-architecture-backend/bench/ingestion.bench.ts
 * Env: BENCH_SYNTHETIC_TOOLS (default 2000), BENCH_SYNTHETIC_EDITIONS
 * (default 5, for the multi-edition variant).
 */
import { promises as fs } from 'fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  DataFile,
  Edition,
  loadStandard,
  MAX_DATA_FILE_BYTES,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  bundledEditionFiles,
  standardToEntities,
} from '@k8s-standard/plugin-standard-architecture-node';
import {
  envInt,
  fmt,
  measure,
  seededRandom,
  stats,
  Stats,
  table,
  writeResult,
} from './util';

const RUNS = envInt('BENCH_INGESTION_RUNS', 20);
const WARMUPS = envInt('BENCH_INGESTION_WARMUPS', 3);
const SYNTHETIC_TOOLS = envInt('BENCH_SYNTHETIC_TOOLS', 2000);
const SYNTHETIC_EDITIONS = envInt('BENCH_SYNTHETIC_EDITIONS', 5);
const TODAY = '2026-01-15';
const PROVIDER = 'standard-architecture-provider:default';
const COMMON = '@k8s-standard/plugin-standard-architecture-common';

interface Input {
  name: string;
  editions: DataFile[];
  baseImages: DataFile;
}

function load(input: Input): Standard {
  const result = loadStandard({
    editions: input.editions,
    baseImages: input.baseImages,
  });
  if (!result.ok) {
    throw new Error(
      `${input.name} is invalid: ${result.issues
        .slice(0, 5)
        .map(i => `${i.source}:${i.path} ${i.message}`)
        .join('; ')}`,
    );
  }
  return result.value;
}

/** The provider's work between loading and `applyMutation`. */
function buildMutation(standard: Standard) {
  const entities = standardToEntities(standard, {
    owner: 'group:default/platform-team',
    providerName: PROVIDER,
    today: TODAY,
  });
  const refs = new Set(entities.map(e => stringifyEntityRef(e)));
  const mutation = {
    type: 'full' as const,
    entities: entities.map(entity => ({ entity, locationKey: PROVIDER })),
  };
  return { entities, refs, mutation };
}

// ------------------------------------------------------------ synthetic data

const LICENSES = [
  'Apache-2.0',
  'MIT',
  'BSD-3-Clause',
  'MPL-2.0',
  'AGPL-3.0-only',
  'Apache-2.0 OR MIT',
];
/** kept 85%, changed-in 5%, caution 6%, removed 4%. */
function pickStatus(roll: number): string {
  if (roll < 0.85) return 'kept';
  if (roll < 0.9) return 'changed-in';
  if (roll < 0.96) return 'caution';
  return 'removed';
}
const y = (value: string) => JSON.stringify(value); // JSON strings are YAML

/**
 * Edition files with `tools` distinct tool ids spread round-robin over the
 * bundled latest edition's layers and categories. With several editions the
 * selection grows from 60% of the tools to all of them, and statuses vary
 * (kept, added, changed-in, caution with end-of-life, removed with a
 * replacement), all valid per the zod schema and the cross-file checks.
 */
function syntheticEditionFiles(
  layers: Edition['layers'],
  tools: number,
  editions: number,
): DataFile[] {
  const random = seededRandom(20260115 + editions);
  const categories = layers.flatMap(l => l.categories.map(c => c.id));
  const id = (i: number) => `synthetic-tool-${String(i).padStart(4, '0')}`;
  const countIn = (k: number) =>
    editions === 1
      ? tools
      : Math.round(tools * (0.6 + (0.4 * k) / (editions - 1)));

  const layerYaml = layers
    .map(
      layer =>
        `  - id: ${layer.id}\n    categories:\n${layer.categories
          .map(
            c =>
              `      - id: ${c.id}\n        name: { en: ${y(
                c.name.en,
              )}, ko: ${y(c.name.ko)} }`,
          )
          .join('\n')}`,
    )
    .join('\n');

  const files: DataFile[] = [];
  for (let k = 0; k < editions; k++) {
    const year = 2027 + k;
    const count = countIn(k);
    const previous = k === 0 ? 0 : countIn(k - 1);
    const lines: string[] = [
      `year: ${year}`,
      `title: { en: ${y(`Synthetic standard ${year}`)}, ko: ${y(
        `${year}년 합성 표준`,
      )} }`,
      `source: https://example.com/standard/${year}`,
      `published: ${year - 1}-12-18`,
      `summary:`,
      `  en: ${y(`A generated edition with ${count} tools for benchmarks.`)}`,
      `  ko: ${y(`벤치마크용으로 생성한 ${count}개 도구의 판입니다.`)}`,
      `layers:`,
      layerYaml,
      `tools:`,
    ];
    for (let i = 0; i < count; i++) {
      const status = k > 0 && i >= previous ? 'added' : pickStatus(random());
      lines.push(
        `  - id: ${id(i)}`,
        `    name: ${y(`Synthetic Tool ${i}`)}`,
        `    nameKo: ${y(`합성 도구 ${i}`)}`,
        `    category: ${categories[i % categories.length]}`,
        `    github: synthetic-org/tool-${i}`,
        `    homepage: https://example.com/tools/${i}`,
        `    license: ${y(LICENSES[i % LICENSES.length])}`,
        `    stars: { count: ${Math.floor(random() * 50000)}, asOf: ${
          year - 1
        }-12-18 }`,
        `    status: ${status}`,
      );
      if (status !== 'kept') {
        lines.push(
          `    statusReason: { en: ${y(
            `Status ${status} in ${year}.`,
          )}, ko: ${y(`${year}년 상태: ${status}.`)} }`,
        );
      }
      if (status === 'removed' || status === 'changed-in') {
        // Any tool id known somewhere in the files is a valid reference.
        const other = (i + 1 + Math.floor(random() * (count - 1))) % count;
        lines.push(
          `    ${status === 'removed' ? 'replacedBy' : 'replaces'}: [${id(
            other,
          )}]`,
        );
      }
      if (status === 'caution' && random() < 0.5) {
        lines.push(`    endOfLife: ${year}-0${1 + (i % 9)}-15`);
      }
      lines.push(
        `    summary:`,
        `      en: ${y(
          `Synthetic tool ${i} for the ${
            categories[i % categories.length]
          } category, generated for benchmarks.`,
        )}`,
        `      ko: ${y(`벤치마크용으로 생성한 ${i}번 합성 도구입니다.`)}`,
      );
    }
    const content = `${lines.join('\n')}\n`;
    if (Buffer.byteLength(content) > MAX_DATA_FILE_BYTES) {
      throw new Error(
        `synthetic ${year}.yaml is ${Buffer.byteLength(
          content,
        )} bytes, over the loader's limit; use fewer tools`,
      );
    }
    files.push({ source: `synthetic/${year}.yaml`, content });
  }
  return files;
}

// -------------------------------------------------------------------- main

interface Row {
  name: string;
  editions: number;
  tools: number;
  yamlKb: number;
  entities: number;
  load: Stats;
  build: Stats;
}

async function benchInput(input: Input): Promise<Row> {
  const standard = load(input);
  const { entities } = buildMutation(standard);
  const tools = new Set(standard.editions.flatMap(e => e.tools.map(t => t.id)))
    .size;
  const loadSamples = await measure(() => load(input), RUNS, WARMUPS);
  const buildSamples = await measure(
    () => buildMutation(standard),
    RUNS,
    WARMUPS,
  );
  return {
    name: input.name,
    editions: standard.editions.length,
    tools,
    yamlKb:
      input.editions.reduce(
        (sum, f) =>
          sum +
          (typeof f.content === 'string'
            ? Buffer.byteLength(f.content)
            : f.content.byteLength),
        0,
      ) / 1024,
    entities: entities.length,
    load: stats(loadSamples),
    build: stats(buildSamples),
  };
}

async function main() {
  console.log(
    `Ingestion benchmark: ${RUNS} runs after ${WARMUPS} warm-ups per figure; node ${process.version}`,
  );
  const bundledFiles: DataFile[] = await Promise.all(
    (
      await bundledEditionFiles()
    ).map(async source => ({ source, content: await fs.readFile(source) })),
  );
  const baseImagesPath = resolvePackagePath(COMMON, 'data/base-images.yaml');
  const baseImages: DataFile = {
    source: baseImagesPath,
    content: await fs.readFile(baseImagesPath),
  };
  const bundled = load({ name: 'bundled', editions: bundledFiles, baseImages });
  const layers = bundled.editions[bundled.editions.length - 1].layers;

  const inputs: Input[] = [
    { name: 'bundled', editions: bundledFiles, baseImages },
    {
      name: `synthetic ${SYNTHETIC_TOOLS} tools, 1 edition`,
      editions: syntheticEditionFiles(layers, SYNTHETIC_TOOLS, 1),
      baseImages,
    },
  ];
  if (SYNTHETIC_EDITIONS > 1) {
    inputs.push({
      name: `synthetic ${SYNTHETIC_TOOLS} tools, ${SYNTHETIC_EDITIONS} editions`,
      editions: syntheticEditionFiles(
        layers,
        SYNTHETIC_TOOLS,
        SYNTHETIC_EDITIONS,
      ),
      baseImages,
    });
  }

  const rows: Row[] = [];
  for (const input of inputs) {
    process.stdout.write(`  measuring ${input.name} ...`);
    const row = await benchInput(input);
    rows.push(row);
    console.log(' done');
  }

  const base = rows[0];
  const perTool = (s: Stats, r: Row) => s.p50 / r.tools;
  console.log();
  table(
    [
      'input',
      'editions',
      'tools',
      'yaml KB',
      'entities',
      'load p50 ms',
      'load p95 ms',
      'build p50 ms',
      'build p95 ms',
      'load µs/tool',
      'build µs/tool',
      'load ratio/tool',
      'build ratio/tool',
    ],
    rows.map(r => [
      r.name,
      r.editions,
      r.tools,
      fmt(r.yamlKb, 0),
      r.entities,
      fmt(r.load.p50, 2),
      fmt(r.load.p95, 2),
      fmt(r.build.p50, 2),
      fmt(r.build.p95, 2),
      fmt(perTool(r.load, r) * 1000, 1),
      fmt(perTool(r.build, r) * 1000, 1),
      fmt(perTool(r.load, r) / perTool(base.load, base), 2),
      fmt(perTool(r.build, r) / perTool(base.build, base), 2),
    ]),
  );
  console.log(
    '\nratio/tool = (p50 per tool of the input) / (p50 per tool of the bundled editions); 1.0 means linear scaling.',
  );
  writeResult({ runs: RUNS, warmups: WARMUPS, rows });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
