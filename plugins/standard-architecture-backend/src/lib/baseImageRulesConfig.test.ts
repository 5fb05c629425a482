import { readFileSync } from 'fs';
import { resolve as resolvePath } from 'path';
import { z } from 'zod';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import {
  adviseBaseImage,
  parseDataFile,
  recommend,
} from '@k8s-standard/plugin-standard-architecture-common';
import { migrateDatabase } from '../database/migrateDatabase';
import { StandardRepository } from '../database/StandardRepository';
import { StandardIngestion } from '../ingestion/StandardIngestion';
import { postgresTestDatabaseIds } from '../__testUtils__/postgresTestDatabaseIds';
import {
  readStandardArchitectureConfig,
  StandardLoader,
} from '@k8s-standard/plugin-standard-architecture-node';

const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...postgresTestDatabaseIds()],
  disableDocker: true,
});

jest.setTimeout(60_000);

const TODAY = '2026-06-01';

const chainguardNode = {
  id: 'node-chainguard',
  runtime: 'node',
  match: { repository: 'node', tag: '^(\\d+)(?:[-.].*)?$' },
  recommended: 'cgr.dev/chainguard/node:latest',
  multiStage: true,
  reason: {
    en: 'Our platform ships Node.js on Chainguard images.',
    ko: '플랫폼은 Node.js를 Chainguard 이미지로 배포합니다.',
  },
};

const settings = (data: JsonObject) =>
  readStandardArchitectureConfig(
    new ConfigReader({ standardArchitecture: data }),
  );

const loaderFor = (data: JsonObject) =>
  new StandardLoader(settings(data), mockServices.urlReader.mock());

describe('standardArchitecture.baseImages.rules', () => {
  it('is unset by default: the bundled rules apply', async () => {
    expect(settings({}).baseImageRules).toBeUndefined();
    const standard = await loaderFor({}).load();
    const advice = recommend(
      standard,
      { tools: [], baseImages: ['openjdk:21', 'node:20'] },
      { today: TODAY },
    );
    expect(advice.baseImages.map(a => [a.rule, a.recommended])).toEqual([
      ['java-openjdk', 'gcr.io/distroless/java21-debian12'],
      ['node', 'gcr.io/distroless/nodejs20-debian12'],
    ]);
  });

  it('replaces the bundled rules, keeping the article facts', async () => {
    const rules = settings({
      baseImages: { rules: [chainguardNode] },
    }).baseImageRules;
    expect(rules).toEqual([chainguardNode]);

    const standard = await loaderFor({
      baseImages: { rules: [chainguardNode] },
    }).load();
    expect(standard.baseImages?.rules.map(r => r.id)).toEqual([
      'node-chainguard',
    ]);
    expect(standard.baseImages?.facts.length).toBeGreaterThan(0);
    const advice = recommend(
      standard,
      { tools: [], baseImages: ['openjdk:21', 'node:22-bookworm'] },
      { today: TODAY },
    );
    expect(advice.baseImages).toEqual([
      expect.objectContaining({
        image: 'node:22-bookworm',
        rule: 'node-chainguard',
        recommended: 'cgr.dev/chainguard/node:latest',
      }),
    ]);
    // No bundled rule is left to advise on the JDK image.
    expect(advice.unknownBaseImages).toEqual(['openjdk:21']);
  });

  it('stops the startup naming the config key, the rule and the field', () => {
    const read = () =>
      settings({
        baseImages: {
          rules: [
            chainguardNode,
            {
              ...chainguardNode,
              id: 'bad-tag',
              match: { repository: 'node', tag: '^(20' },
            },
            { ...chainguardNode, recommended: 'cgr.dev/Chainguard/node' },
          ],
        },
      });
    expect(read).toThrow(InputError);
    expect(read).toThrow(
      /^Invalid standardArchitecture\.baseImages\.rules:\nstandardArchitecture\.baseImages\.rules\[1\]\.match\.tag: rule "bad-tag": is not a valid regular expression: .*\nstandardArchitecture\.baseImages\.rules\[2\]\.id: rule "node-chainguard": duplicate rule id, also rules\[0\]\nstandardArchitecture\.baseImages\.rules\[2\]\.recommended: rule "node-chainguard": "cgr\.dev\/Chainguard\/node" has a malformed repository path component "Chainguard"/,
    );
  });

  it('names schema problems and refuses an empty list', () => {
    expect(() =>
      settings({ baseImages: { rules: [{ id: 'half', runtime: 'node' }] } }),
    ).toThrow(
      'standardArchitecture.baseImages.rules[0].match: rule "half": is required',
    );
    expect(() => settings({ baseImages: { rules: [] } })).toThrow(
      'standardArchitecture.baseImages.rules: needs at least one rule; leave it out to use the bundled rules',
    );
  });

  it('accepts the rules documented in app-config.example.yaml', () => {
    const file = resolvePath(__dirname, '../../app-config.example.yaml');
    const example = parseDataFile(
      readFileSync(file),
      file,
      z.record(z.string(), z.any()),
    );
    if (!example.ok) throw new Error(JSON.stringify(example.issues));
    const rules = readStandardArchitectureConfig(
      new ConfigReader(example.value),
    ).baseImageRules!;
    expect(rules.map(r => r.id)).toEqual([
      'java-temurin-jre',
      'node-chainguard',
    ]);
    const advise = (image: string) =>
      adviseBaseImage(
        { source: file, published: '2026-01-01', facts: [], rules },
        image,
      )?.recommended;
    expect(advise('eclipse-temurin:21-jdk')).toBe(
      'gcr.io/distroless/java21-debian12',
    );
    expect(advise('node:22-bookworm')).toBe('cgr.dev/chainguard/node:latest');
    expect(advise('node:22-alpine')).toBeUndefined();
  });

  it.each(databases.eachSupportedId())(
    'reaches the stored standard that recommendations read, on %s',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      const logger = mockServices.logger.mock();
      await migrateDatabase(knex, logger);
      const repository = new StandardRepository(knex);
      const config = settings({ baseImages: { rules: [chainguardNode] } });
      await new StandardIngestion(
        config,
        new StandardLoader(config, mockServices.urlReader.mock()),
        repository,
        catalogServiceMock({ entities: [] }),
        mockServices.auth(),
        logger,
        '0.0.0-test',
      ).run();
      expect((await repository.lastRun('ingestion'))?.outcome).toBe('ok');

      const stored = await repository.standard();
      const advice = recommend(
        stored!.standard,
        { tools: [], baseImages: ['node:20'] },
        { today: TODAY },
      );
      expect(advice.baseImages.map(a => a.recommended)).toEqual([
        'cgr.dev/chainguard/node:latest',
      ]);
    },
  );
});
