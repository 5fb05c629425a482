import { createServer, IncomingMessage, Server } from 'http';
import { DiscoveryService } from '@backstage/backend-plugin-api';

/** A request one of the fake plugins received. */
export interface SeenRequest {
  method: string;
  /** The path after `/api/<pluginId>`, with its query. */
  path: string;
  pluginId: string;
  authorization?: string;
  body?: any;
}

export type FakeRoute = (
  request: SeenRequest,
) => Promise<{ status?: number; body: unknown }>;

/**
 * A local HTTP server standing in for other plugins' REST APIs, and a
 * discovery service that points at it: `/api/<pluginId>/...` is answered
 * by `routes[pluginId]`.
 */
export async function startFakePlugins(
  routes: Record<string, FakeRoute>,
): Promise<{
  discovery: DiscoveryService;
  seen: SeenRequest[];
  close: () => Promise<void>;
}> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const match = /^\/api\/([^/]+)(\/.*)$/.exec(req.url ?? '');
    const route = match && routes[match[1]];
    if (!match || !route) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const request: SeenRequest = {
      method: req.method ?? 'GET',
      pluginId: match[1],
      path: match[2],
      authorization: req.headers.authorization,
      body: await readJson(req),
    };
    seen.push(request);
    try {
      const { status = 200, body } = await route(request);
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: { message: String(error) } }));
    }
  });
  await new Promise<void>(resolve =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as { port: number };
  const base = (pluginId: string) =>
    Promise.resolve(`http://127.0.0.1:${port}/api/${pluginId}`);
  return {
    discovery: { getBaseUrl: base, getExternalBaseUrl: base },
    seen,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
