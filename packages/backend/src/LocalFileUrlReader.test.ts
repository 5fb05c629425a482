import {
  mkdir,
  mkdtemp,
  readFile,
  realpath,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { UrlReaderService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { LocalFileUrlReader } from './LocalFileUrlReader';

const fileUrl = (p: string) => pathToFileURL(p).href;

describe('LocalFileUrlReader', () => {
  let base: string;
  let root: string;
  let repo: string;
  let reader: UrlReaderService;

  beforeEach(async () => {
    base = await realpath(await mkdtemp(path.join(tmpdir(), 'local-reader-')));
    root = path.join(base, 'repositories');
    repo = path.join(root, 'payments-api');
    await mkdir(path.join(repo, 'deploy'), { recursive: true });
    await mkdir(path.join(repo, '.git'), { recursive: true });
    await writeFile(path.join(repo, 'Dockerfile'), 'FROM openjdk:21\n');
    await writeFile(
      path.join(repo, 'deploy', 'ingress.yaml'),
      'kind: Ingress\n',
    );
    await writeFile(path.join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(path.join(base, 'secret.txt'), 'outside the root\n');
    // Through the real UrlReaders mux, as the backend wires it.
    reader = UrlReaders.create({
      config: new ConfigReader({
        standardArchitecture: { scanning: { localRoots: [root] } },
      }),
      logger: mockServices.logger.mock(),
      factories: [LocalFileUrlReader.factory],
    });
  });

  afterEach(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const paths = async (url: string, filter?: (p: string) => boolean) => {
    const response = await reader.readTree(url, { filter });
    const files = await response.files();
    return files.map(f => f.path).sort();
  };

  it('reads a tree with its content and an etag, leaving .git out', async () => {
    const response = await reader.readTree(`${fileUrl(repo)}/`);
    expect(response.etag).toMatch(/^local-[0-9a-f]{40}$/);
    const files = await response.files();
    expect(files.map(f => f.path).sort()).toEqual([
      'Dockerfile',
      'deploy/ingress.yaml',
    ]);
    const docker = files.find(f => f.path === 'Dockerfile')!;
    expect((await docker.content()).toString()).toBe('FROM openjdk:21\n');
    expect(docker.lastModifiedAt).toBeInstanceOf(Date);
  });

  it('answers NotModified to the same etag, and a changed file changes it', async () => {
    const { etag } = await reader.readTree(fileUrl(repo));
    await expect(
      reader.readTree(fileUrl(repo), { etag }),
    ).rejects.toMatchObject({
      name: 'NotModifiedError',
    });

    await writeFile(
      path.join(repo, 'Dockerfile'),
      'FROM gcr.io/distroless/java21\n',
    );
    const changed = await reader.readTree(fileUrl(repo), { etag });
    expect(changed.etag).not.toBe(etag);

    // Same size, new time: still a change.
    await utimes(path.join(repo, 'deploy', 'ingress.yaml'), 1, 1);
    expect((await reader.readTree(fileUrl(repo))).etag).not.toBe(changed.etag);
  });

  it('applies the filter with sizes before reading, but not to the etag', async () => {
    const seen: Array<[string, number | undefined]> = [];
    const response = await reader.readTree(fileUrl(repo), {
      filter: (p, info) => {
        seen.push([p, info?.size]);
        return p.endsWith('.yaml');
      },
    });
    expect(seen).toContainEqual(['Dockerfile', 16]);
    expect((await response.files()).map(f => f.path)).toEqual([
      'deploy/ingress.yaml',
    ]);
    const unfiltered = await reader.readTree(fileUrl(repo));
    expect(response.etag).toBe(unfiltered.etag);
  });

  it('extracts to a directory and archives through the factory response', async () => {
    const target = path.join(base, 'out');
    const dir = await (
      await reader.readTree(fileUrl(repo))
    ).dir({ targetDir: target });
    expect(dir).toBe(target);
    await expect(
      readFile(path.join(dir, 'deploy', 'ingress.yaml'), 'utf8'),
    ).resolves.toBe('kind: Ingress\n');

    const archive = await (await reader.readTree(fileUrl(repo))).archive();
    const chunks: Buffer[] = [];
    for await (const chunk of archive) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString('latin1')).toContain(
      'deploy/ingress.yaml',
    );
  });

  it('refuses anything outside the roots', async () => {
    await expect(reader.readUrl('file:///etc/passwd')).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    await expect(reader.readTree('file:///etc/')).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    await expect(
      reader.readUrl(fileUrl(path.join(base, 'secret.txt'))),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it('refuses .. in the URL, also when it would stay inside', async () => {
    for (const url of [
      `${fileUrl(repo)}/../../secret.txt`,
      `${fileUrl(repo)}/../payments-api/Dockerfile`,
      `${fileUrl(repo)}/%2e%2e/%2E%2E/secret.txt`,
    ]) {
      await expect(reader.readUrl(url)).rejects.toMatchObject({
        name: 'NotAllowedError',
      });
    }
  });

  it('refuses a symlink out of the root and skips one in a tree', async () => {
    await symlink(path.join(base, 'secret.txt'), path.join(repo, 'leak.txt'));
    await symlink(base, path.join(repo, 'up'));
    await expect(
      reader.readUrl(fileUrl(path.join(repo, 'leak.txt'))),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    await expect(
      reader.readTree(fileUrl(path.join(repo, 'up'))),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    expect(await paths(fileUrl(repo))).toEqual([
      'Dockerfile',
      'deploy/ingress.yaml',
    ]);
  });

  it('refuses a file swapped for a symlink after the tree was listed', async () => {
    const response = await reader.readTree(fileUrl(repo));
    await rm(path.join(repo, 'Dockerfile'));
    await symlink(path.join(base, 'secret.txt'), path.join(repo, 'Dockerfile'));
    const docker = (await response.files()).find(f => f.path === 'Dockerfile')!;
    await expect(docker.content()).rejects.toMatchObject({ code: 'ELOOP' });
  });

  it('keeps a symlinked file that stays in the tree', async () => {
    await symlink('Dockerfile', path.join(repo, 'Containerfile'));
    const response = await reader.readTree(fileUrl(repo));
    const files = await response.files();
    expect(files.map(f => f.path).sort()).toEqual([
      'Containerfile',
      'Dockerfile',
      'deploy/ingress.yaml',
    ]);
    const linked = files.find(f => f.path === 'Containerfile')!;
    expect((await linked.content()).toString()).toBe('FROM openjdk:21\n');
  });

  it('does not hang on symlink loops', async () => {
    await symlink(repo, path.join(repo, 'deploy', 'again'));
    await symlink(path.join(repo, 'b'), path.join(repo, 'a'));
    await symlink(path.join(repo, 'a'), path.join(repo, 'b'));
    expect(await paths(fileUrl(repo))).toEqual([
      'Dockerfile',
      'deploy/ingress.yaml',
    ]);
    await expect(
      reader.readUrl(fileUrl(path.join(repo, 'a'))),
    ).rejects.toMatchObject({
      name: 'InputError',
    });
  });

  it('says NotFound for a missing directory inside a root', async () => {
    await expect(
      reader.readTree(fileUrl(path.join(root, 'no-such-service'))),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('reads one file with etag and lastModifiedAfter', async () => {
    const url = fileUrl(path.join(repo, 'Dockerfile'));
    const response = await reader.readUrl(url);
    expect((await response.buffer()).toString()).toBe('FROM openjdk:21\n');
    await expect(
      reader.readUrl(url, { etag: response.etag }),
    ).rejects.toMatchObject({
      name: 'NotModifiedError',
    });
    await expect(
      reader.readUrl(url, { lastModifiedAfter: new Date(Date.now() + 60_000) }),
    ).rejects.toMatchObject({ name: 'NotModifiedError' });
    await expect(
      reader.readUrl(url, { lastModifiedAfter: new Date(0) }),
    ).resolves.toBeDefined();
  });

  it('resolves relative roots against the working directory, and symlinked roots', async () => {
    await symlink(root, path.join(base, 'linked-root'));
    for (const configured of [
      path.relative(process.cwd(), root),
      path.join(base, 'linked-root'),
    ]) {
      const relativeReader = UrlReaders.create({
        config: new ConfigReader({
          standardArchitecture: { scanning: { localRoots: [configured] } },
        }),
        logger: mockServices.logger.mock(),
        factories: [LocalFileUrlReader.factory],
      });
      const response = await relativeReader.readTree(fileUrl(repo));
      expect((await response.files()).map(f => f.path).sort()).toEqual([
        'Dockerfile',
        'deploy/ingress.yaml',
      ]);
      await expect(
        relativeReader.readUrl(fileUrl(path.join(base, 'secret.txt'))),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
    }
  });

  it('serves nothing without localRoots', () => {
    const tuples = LocalFileUrlReader.factory({
      config: new ConfigReader({}),
      logger: mockServices.logger.mock(),
      treeResponseFactory: {} as any,
    });
    expect(tuples).toEqual([]);
  });
});
