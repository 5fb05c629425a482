#!/usr/bin/env node
// Serves a built Backstage frontend (the `dist` of `backstage-cli package
// build`) for the browser tests: files as they are, any other path gets
// index.html so the app's router handles it. A production bundle loads in a
// fraction of the dev server's time, which compresses ~40 MB per page load.
//
// Usage: node scripts/serve-built-app.mjs <dist folder> <port>
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const [distArg, portArg] = process.argv.slice(2);
if (!distArg || !portArg) {
  console.error('usage: serve-built-app.mjs <dist folder> <port>');
  process.exit(2);
}
const dist = resolve(distArg);
const port = Number(portArg);
const index = join(dist, 'index.html');
try {
  await stat(index);
} catch {
  console.error(`✗ ${index} is missing: build the app first`);
  process.exit(1);
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The file a URL path names inside dist, or undefined (never outside dist). */
async function fileFor(urlPath) {
  let path;
  try {
    path = resolve(dist, `.${decodeURIComponent(urlPath)}`);
  } catch {
    return undefined;
  }
  if (!path.startsWith(dist + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? path : undefined;
}

createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = (await fileFor(urlPath)) ?? index;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file === index ? 'no-cache' : 'max-age=3600',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}).listen(port, () => {
  console.log(`Serving ${dist} at http://localhost:${port}`);
});
