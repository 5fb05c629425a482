import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { parse } from 'yaml';
import { bundledDetectionRules } from '../__testUtils__/bundledDetectionRules';
import { detectInFile, isScannedPath } from './detectInFile';

/**
 * Precision and recall of the bundled rules over hand-labelled fixture
 * repositories (the labelling guideline is in __fixtures__/expectations.yaml).
 */

const FIXTURES = join(__dirname, '__fixtures__');

interface Expectations {
  scanAs: Record<string, string>;
  problems: string[];
  files: Record<string, string[]>;
}

interface FixtureSet {
  dir: string;
  fixtures: string[];
  expectations: Expectations;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function fixtureSet(folder: string, expectationsFile: string): FixtureSet {
  const dir = join(FIXTURES, folder);
  return {
    dir,
    fixtures: listFiles(dir)
      .map(f => relative(dir, f).split('\\').join('/'))
      .sort(),
    expectations: parse(readFileSync(join(FIXTURES, expectationsFile), 'utf8')),
  };
}

/** The path the scanner sees: without the repository folder, or scanAs. */
function repoPath(set: FixtureSet, fixture: string): string {
  return (
    set.expectations.scanAs[fixture] ?? fixture.slice(fixture.indexOf('/') + 1)
  );
}

/** What the scanner would store for one fixture: `tool@line`s and problems. */
function scan(
  set: FixtureSet,
  fixture: string,
): { found: Set<string>; problems: string[] } {
  const rules = bundledDetectionRules();
  const path = repoPath(set, fixture);
  // The scanner filters paths before reading files.
  if (!isScannedPath(rules, path)) return { found: new Set(), problems: [] };
  const content = readFileSync(join(set.dir, fixture), 'utf8');
  const result = detectInFile(rules, path, content);
  return {
    found: new Set(result.detections.map(d => `${d.tool}@${d.line}`)),
    problems: result.problems,
  };
}

function measure(set: FixtureSet, title: string) {
  let truePositives = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const fixture of set.fixtures) {
    const expected = new Set(set.expectations.files[fixture] ?? []);
    const { found } = scan(set, fixture);
    for (const hit of found) {
      if (expected.has(hit)) truePositives++;
      else falsePositives.push(`${fixture} ${hit}`);
    }
    for (const want of expected) {
      if (!found.has(want)) falseNegatives.push(`${fixture} ${want}`);
    }
  }
  const precision =
    truePositives / Math.max(1, truePositives + falsePositives.length);
  const recall =
    truePositives / Math.max(1, truePositives + falseNegatives.length);
  const report = [
    `${title}: ${set.fixtures.length} files, ${
      truePositives + falseNegatives.length
    } labelled detections`,
    `  precision ${precision.toFixed(3)} (${truePositives} true, ${
      falsePositives.length
    } false positives)`,
    `  recall    ${recall.toFixed(3)} (${truePositives} found, ${
      falseNegatives.length
    } missed)`,
    ...falsePositives.map(f => `  false positive: ${f}`),
    ...falseNegatives.map(f => `  missed:         ${f}`),
  ].join('\n');
  // The numbers are the point of this test; print them for the run log.
  process.stdout.write(`${report}\n`);
  return { precision, recall };
}

describe('labelled fixture repositories', () => {
  const labelled = fixtureSet('repos', 'expectations.yaml');
  const heldOut = fixtureSet('holdout', 'holdout-expectations.yaml');

  it('has an expectation for every fixture file and a file for every expectation', () => {
    expect(labelled.fixtures.length).toBeGreaterThanOrEqual(40);
    for (const set of [labelled, heldOut]) {
      expect(Object.keys(set.expectations.files).sort()).toEqual(set.fixtures);
    }
  });

  it('finds the labelled tools with precision and recall of at least 0.95', () => {
    const { precision, recall } = measure(labelled, 'detection fixtures');
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('prints precision and recall on the held-out fixtures', () => {
    const { precision, recall } = measure(heldOut, 'held-out fixtures');
    // Not a target: these files were labelled blind and never tuned for.
    expect(Number.isFinite(precision) && Number.isFinite(recall)).toBe(true);
  });

  it('reports problems exactly for the broken fixtures', () => {
    const withProblems = labelled.fixtures.filter(
      f => scan(labelled, f).problems.length > 0,
    );
    expect(withProblems).toEqual([...labelled.expectations.problems].sort());
    expect(
      scan(labelled, 'ledger-java/docker/migrations.Dockerfile').problems,
    ).toEqual([
      'docker/migrations.Dockerfile:4: cannot resolve FROM "${FLYWAY_IMAGE}": ARG FLYWAY_IMAGE has no default value',
    ]);
  });

  it('finds the runtime base images of the fixture Dockerfiles', () => {
    const rules = bundledDetectionRules();
    const runtime = (fixture: string) =>
      detectInFile(
        rules,
        repoPath(labelled, fixture),
        readFileSync(join(labelled.dir, fixture), 'utf8'),
      ).baseImages.find(b => b.final)?.image;
    expect(runtime('orders-api/Dockerfile')).toBe(
      'gcr.io/distroless/nodejs20-debian12:nonroot',
    );
    expect(runtime('billing-go/Dockerfile')).toBe(
      'gcr.io/distroless/static-debian12:nonroot',
    );
    expect(runtime('ledger-java/Dockerfile')).toBe('eclipse-temurin:21-jre');
    expect(runtime('search-py/Dockerfile')).toBe('python:3.12-slim');
    expect(runtime('ledger-java/docker/migrations.Dockerfile')).toBeUndefined();
  });
});
