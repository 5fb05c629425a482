import { createServer, Server } from 'http';

/** One repository as the stand-in serves it: its head commit and tarball. */
export interface FakeRepository {
  sha: string;
  tarball: () => Buffer | NodeJS.ReadableStream;
}

/**
 * A local stand-in for the two GitHub API calls Backstage's GitHub reader
 * makes for `readTree`: the commit status of `main` (head commit and archive
 * URL) and the tarball. Repositories are `acme/<name>`; `repository`
 * answers undefined for one that does not exist (404).
 */
export async function startFakeGithub(
  repository: (name: string) => FakeRepository | undefined,
): Promise<{ base: string; tarballs: () => number; close: () => void }> {
  let base = '';
  let tarballs = 0;
  const server: Server = createServer((req, res) => {
    // One connection per request: a kept-alive socket that the server's idle
    // timeout closes just as the reader reuses it fails with ECONNRESET on a
    // busy machine.
    res.setHeader('connection', 'close');
    const url = req.url ?? '';
    const status = /^\/repos\/acme\/([^/]+)\/commits\/main\/status/.exec(url);
    const archive = /^\/repos\/acme\/([^/]+)\/tarball\/([^/?]+)$/.exec(url);
    const repo = repository((status ?? archive)?.[1] ?? '');
    if (repo && status) {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          sha: repo.sha,
          repository: {
            archive_url: `${base}/repos/acme/${status[1]}/{archive_format}{/ref}`,
          },
        }),
      );
      return;
    }
    if (repo && archive && archive[2] === repo.sha) {
      tarballs++;
      res.setHeader('content-type', 'application/x-gzip');
      const body = repo.tarball();
      if (Buffer.isBuffer(body)) res.end(body);
      else body.pipe(res);
      return;
    }
    res.statusCode = 404;
    res.end('{"message":"Not Found"}');
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { base, tarballs: () => tarballs, close: () => server.close() };
}
