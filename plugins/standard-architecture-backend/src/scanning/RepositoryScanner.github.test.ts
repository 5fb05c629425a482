import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import * as tar from 'tar';
import { startFakeGithub } from '../__testUtils__/fakeGithub';
import { migrateDatabase } from '../database/migrateDatabase';
import { ScanStatusStore } from '../database/ScanStatusStore';
import { UsageIndex } from '../database/UsageIndex';
import { bundledDetectionRules } from './detectionRules';
import { RepositoryScanner } from './RepositoryScanner';
import { RepositoryScanTask } from './RepositoryScanTask';

/** GitHub's tarballs hold one top-level folder named after the commit. */
function tarballOf(sha: string, files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'sa-gh-'));
  const top = `acme-payments-${sha}`;
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, top, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const stream = tar.create({ gzip: true, cwd: root }, [top]);
  stream.on('end', () => rmSync(root, { recursive: true, force: true }));
  return stream as unknown as NodeJS.ReadableStream;
}

/** The repository acme/payments, changed by the test as it goes. */
const payments = {
  sha: 'sha-1',
  files: {} as Record<string, string>,
  gone: false,
};

const LOCATION = 'https://github.com/acme/payments/tree/main/';
const ENTITY = 'component:default/payments';
const databases = TestDatabases.create({
  ids: ['SQLITE_3'],
  disableDocker: true,
});

describe("RepositoryScanner with Backstage's GitHub UrlReader", () => {
  let github: Awaited<ReturnType<typeof startFakeGithub>>;
  beforeAll(async () => {
    github = await startFakeGithub(name =>
      name === 'payments' && !payments.gone
        ? {
            sha: payments.sha,
            tarball: () => tarballOf(payments.sha, payments.files),
          }
        : undefined,
    );
  });
  afterAll(() => github.close());

  it('scans, skips an unchanged repository, rescans a changed one, and keeps detections of a gone one', async () => {
    const config = new ConfigReader({
      integrations: {
        github: [{ host: 'github.com', apiBaseUrl: github.base }],
      },
    });
    const logger = mockServices.logger.mock();
    const reader = UrlReaders.default({ config, logger });
    const scanner = new RepositoryScanner(
      reader,
      ScmIntegrations.fromConfig(config),
      await bundledDetectionRules(),
      {
        maxFiles: 100,
        maxFileBytes: 100_000,
        maxTotalBytes: 1_000_000,
        timeoutMs: 30_000,
      },
    );
    const knex = await databases.init('SQLITE_3');
    await migrateDatabase(knex, logger);
    const index = new UsageIndex(knex);
    const scans = new ScanStatusStore(knex);
    await index.upsertEntities(
      [
        {
          entityRef: ENTITY,
          kind: 'Component',
          type: 'service',
          owner: 'group:default/team-payments',
          baseImages: [],
          sourceLocation: LOCATION,
          declaredTools: ['argo-cd'],
        },
      ],
      'sync-1',
    );
    const task = new RepositoryScanTask(index, scans, scanner, logger, 2);

    payments.files = {
      'deploy/ingress.yaml': [
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: payments',
        'spec:',
        '  ingressClassName: nginx',
      ].join('\n'),
      'README.md': 'We used to send traces to Jaeger.\n',
    };

    // First scan: one status request, one tarball.
    await task.run();
    let usage = await index.entityUsage(ENTITY);
    expect(usage?.tools).toEqual(
      expect.arrayContaining([
        { toolId: 'argo-cd', declared: true, detected: false },
        { toolId: 'ingress-nginx', declared: false, detected: true },
      ]),
    );
    expect(usage?.tools.map(t => t.toolId)).not.toContain('jaeger');
    const [evidence] = (await index.evidence(ENTITY)).get('ingress-nginx')!;
    expect(evidence).toMatchObject({
      path: 'deploy/ingress.yaml',
      line: 6,
      at: 'sha-1',
      url: 'https://github.com/acme/payments/tree/main/deploy/ingress.yaml#L6',
    });
    expect(await scans.get(ENTITY)).toMatchObject({
      outcome: 'ok',
      etag: 'sha-1',
    });
    expect(github.tarballs()).toBe(1);

    // Unchanged: the commit matches the etag, no download.
    await task.run();
    expect(github.tarballs()).toBe(1);
    expect(await scans.get(ENTITY)).toMatchObject({
      outcome: 'unchanged',
      etag: 'sha-1',
    });

    // Changed: a new commit drops the ingress and adds a Strimzi Kafka.
    payments.sha = 'sha-2';
    payments.files = {
      'deploy/kafka.yaml': [
        'apiVersion: kafka.strimzi.io/v1beta2',
        'kind: Kafka',
        'metadata:',
        '  name: payments-events',
      ].join('\n'),
    };
    await task.run();
    expect(github.tarballs()).toBe(2);
    usage = await index.entityUsage(ENTITY);
    expect(usage?.tools.map(t => t.toolId).sort()).toEqual([
      'argo-cd',
      'strimzi',
    ]);
    expect(await scans.get(ENTITY)).toMatchObject({
      outcome: 'ok',
      etag: 'sha-2',
    });

    // Gone: detections stay, the status says stale.
    payments.gone = true;
    await task.run();
    usage = await index.entityUsage(ENTITY);
    expect(usage?.tools.map(t => t.toolId).sort()).toEqual([
      'argo-cd',
      'strimzi',
    ]);
    expect(await scans.get(ENTITY)).toMatchObject({
      outcome: 'stale',
      etag: 'sha-2',
      error: expect.stringContaining('404'),
    });
    expect(await index.dependentCount({ toolIds: ['strimzi'] })).toBe(1);
    expect(await index.dependentCount({ toolIds: ['ingress-nginx'] })).toBe(0);
  });
});
