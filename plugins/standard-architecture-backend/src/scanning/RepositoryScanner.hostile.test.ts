import { randomBytes } from 'crypto';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { startFakeGithub } from '../__testUtils__/fakeGithub';
import { rawTarball, RawEntry } from '../__testUtils__/rawTarball';
import { bundledDetectionRules } from './detectionRules';
import { RepositoryScanner } from './RepositoryScanner';

jest.setTimeout(120_000);

const TOP = 'acme-hostile-sha';
const INGRESS = [
  'apiVersion: networking.k8s.io/v1',
  'kind: Ingress',
  'metadata:',
  '  name: web',
  'spec:',
  '  ingressClassName: nginx',
].join('\n');

const entries = (extra: RawEntry[]): RawEntry[] => [
  { path: `${TOP}/deploy/ingress.yaml`, content: INGRESS },
  ...extra,
];

describe('RepositoryScanner on hostile repositories', () => {
  let github: Awaited<ReturnType<typeof startFakeGithub>>;
  let scanner: RepositoryScanner;
  const scan = (repo: string) =>
    scanner.scan(`https://github.com/acme/${repo}/tree/main/`);

  beforeAll(async () => {
    const tarballs: Record<string, Buffer> = {
      many: rawTarball(
        entries(
          Array.from({ length: 20_000 }, (_, i) => ({
            path: `${TOP}/manifests/cm-${i}.yaml`,
            content: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n`,
          })),
        ),
      ),
      huge: rawTarball(
        entries([
          {
            path: `${TOP}/deploy/huge.yaml`,
            // Text that does not compress: a real 50 MB file, not a bomb.
            content: randomBytes(38 * 1024 * 1024).toString('base64'),
          },
        ]),
      ),
      bomb: rawTarball(
        entries([
          {
            path: `${TOP}/deploy/zeros.yaml`,
            content: Buffer.alloc(50 * 1024 * 1024, 'a'),
          },
        ]),
      ),
      binary: rawTarball(
        entries([
          {
            path: `${TOP}/deploy/blob.yaml`,
            content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]),
          },
        ]),
      ),
      escape: rawTarball(
        entries([
          { path: `${TOP}/../../etc/evil.yaml`, content: INGRESS },
          { path: `${TOP}/deploy/link.yaml`, link: '../../../etc/passwd' },
          { path: `${TOP}/deploy/loop.yaml`, link: 'loop.yaml' },
        ]),
      ),
      yaml: rawTarball(
        entries([
          {
            path: `${TOP}/deploy/broken.yaml`,
            content: 'apiVersion: v1\nkind: [unclosed\n  - : :\n',
          },
          {
            path: `${TOP}/deploy/many.yaml`,
            content: [
              'apiVersion: v1',
              'kind: Service',
              '---',
              'apiVersion: kafka.strimzi.io/v1beta2',
              'kind: Kafka',
              'metadata:',
              '  name: events',
            ].join('\n'),
          },
          {
            path: `${TOP}/Dockerfile`,
            content: 'ARG BASE\nFROM ${BASE}\nRUN true\n',
          },
        ]),
      ),
    };
    github = await startFakeGithub(name =>
      tarballs[name]
        ? { sha: 'sha', tarball: () => tarballs[name] }
        : undefined,
    );
    const config = new ConfigReader({
      integrations: {
        github: [{ host: 'github.com', apiBaseUrl: github.base }],
      },
    });
    scanner = new RepositoryScanner(
      UrlReaders.default({ config, logger: mockServices.logger.mock() }),
      ScmIntegrations.fromConfig(config),
      await bundledDetectionRules(),
      {
        maxFiles: 5000,
        maxFileBytes: 1024 * 1024,
        maxTotalBytes: 50 * 1024 * 1024,
        timeoutMs: 60_000,
      },
    );
  });
  afterAll(() => github.close());

  const tools = (result: Awaited<ReturnType<typeof scan>>) => [
    ...result.detections.keys(),
  ];
  const reasons = (result: Awaited<ReturnType<typeof scan>>) =>
    result.skipped.map(s => `${s.path}: ${s.reason}`);

  it('stops at the file limit, says so, and still finds what came first', async () => {
    const result = await scan('many');
    expect(result.outcome).toBe('ok');
    expect(result.filesScanned).toBe(5000);
    expect(tools(result)).toContain('ingress-nginx');
    expect(reasons(result)).toContain(
      'manifests/cm-4999.yaml: over the limit of 5000 files',
    );
    expect(reasons(result).pop()).toMatch(/^…: \d+ more skipped$/);
  });

  it('skips a 50 MB file without reading it', async () => {
    const result = await scan('huge');
    expect({ outcome: result.outcome, error: result.error }).toEqual({
      outcome: 'ok',
      error: undefined,
    });
    expect(tools(result)).toEqual(['ingress-nginx']);
    expect(reasons(result)).toEqual([
      'deploy/huge.yaml: larger than 1048576 bytes',
    ]);
  });

  it('fails one repository whose archive is a decompression bomb, with the reason', async () => {
    const result = await scan('bomb');
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatch(/^the repository archive could not be read: /);
  });

  it('skips binary files', async () => {
    const result = await scan('binary');
    expect(tools(result)).toEqual(['ingress-nginx']);
    expect(reasons(result)).toEqual(['deploy/blob.yaml: binary file']);
  });

  it('refuses entries that leave the tree; symlinks are never followed', async () => {
    const result = await scan('escape');
    expect(result.outcome).toBe('ok');
    expect(reasons(result)).toContain(
      '../../etc/evil.yaml: the path leaves the repository',
    );
    // Link entries carry no content: nothing is read through them.
    expect(reasons(result)).toEqual(
      expect.arrayContaining([
        'deploy/link.yaml: empty, or a link (links are never followed)',
        'deploy/loop.yaml: empty, or a link (links are never followed)',
      ]),
    );
    expect(result.detections.get('ingress-nginx')?.map(d => d.path)).toEqual([
      'deploy/ingress.yaml',
    ]);
  });

  it('reports malformed YAML and an unresolvable ARG, and scans the rest', async () => {
    const result = await scan('yaml');
    expect(result.outcome).toBe('ok');
    // The Dockerfile still counts as Docker use; only its FROM is unresolved.
    expect(tools(result).sort()).toEqual([
      'docker',
      'ingress-nginx',
      'strimzi',
    ]);
    expect(reasons(result).some(r => r.startsWith('deploy/broken.yaml:'))).toBe(
      true,
    );
    expect(
      reasons(result).some(r => r.startsWith('Dockerfile:') && /BASE/.test(r)),
    ).toBe(true);
    expect(result.baseImages).toEqual([]);
  });
});
