import { createServer, Server } from 'http';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { StandardDataError } from '@k8s-standard/plugin-standard-architecture-common';
import { StandardLoader, UnreadableSourceError } from './StandardLoader';

/** A local server whose body is 1 MB chunks, as many as asked for. */
function chunkedServer(): Promise<{
  server: Server;
  url: (chunks: number) => string;
  sent: () => number;
}> {
  let sent = 0;
  const chunk = Buffer.alloc(1024 * 1024, '#');
  const server = createServer((req, res) => {
    const chunks = Number(new URL(req.url!, 'http://x').searchParams.get('n'));
    res.writeHead(200, { 'content-type': 'text/yaml' });
    let i = 0;
    const next = () => {
      if (i++ >= chunks || res.destroyed) {
        res.end();
        return;
      }
      sent++;
      res.write(chunk, next);
    };
    next();
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        server,
        url: n => `http://127.0.0.1:${port}/edition.yaml?n=${n}`,
        sent: () => sent,
      });
    }),
  );
}

describe('StandardLoader with URL sources', () => {
  let remote: Awaited<ReturnType<typeof chunkedServer>>;
  beforeAll(async () => {
    remote = await chunkedServer();
  });
  afterAll(
    () =>
      new Promise(resolve => {
        remote.server.closeAllConnections();
        remote.server.close(resolve);
      }),
  );

  const loader = (source: string) => {
    const host = new URL(source).host;
    const reader = UrlReaders.default({
      config: new ConfigReader({
        backend: { reading: { allow: [{ host }] } },
      }),
      logger: mockServices.logger.mock(),
    });
    return new StandardLoader(
      { sources: [source], includeBundled: false, readTimeoutMs: 10_000 },
      reader,
    );
  };

  it('stops reading a body as soon as it passes the 2 MB limit', async () => {
    const source = remote.url(50);
    const error = await loader(source)
      .load()
      .catch(e => e);
    expect(error).toBeInstanceOf(UnreadableSourceError);
    expect((error as StandardDataError).issues).toEqual([
      {
        source,
        path: '',
        message: expect.stringContaining(
          'is larger than the 2 MB limit for data files; stopped reading',
        ),
      },
    ]);
    // Far fewer than the 50 MB on offer were sent before the reader gave up.
    expect(remote.sent()).toBeLessThan(10);
  });

  it('names an unreachable source', async () => {
    const source = 'http://127.0.0.1:1/edition.yaml';
    const error = await loader(source)
      .load()
      .catch(e => e);
    expect(error).toBeInstanceOf(UnreadableSourceError);
    expect((error as StandardDataError).issues[0]).toMatchObject({
      source,
      message: expect.stringMatching(/^could not be read: /),
    });
  });
});
