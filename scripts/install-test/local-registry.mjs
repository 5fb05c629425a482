// A read-only npm registry for the install test: it serves the packed
// tarballs in a folder under their own names, so that an app installs them
// with the same `yarn add` an adopter types. Packages it doesn't hold answer
// 404, and yarn takes those from the real registry (see the scope setting in
// scripts/install-test.sh).
//
// Usage: node local-registry.mjs <folder-of-tgz> <port>
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const [folder, portArg] = process.argv.slice(2);
const port = Number(portArg);
const base = `http://127.0.0.1:${port}`;

/** The package.json inside a tarball (tar entries are 512-byte blocks). */
function manifestOf(tgz) {
  const tar = gunzipSync(tgz);
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = tar.subarray(offset, offset + 100).toString().replace(/\0.*$/s, '');
    const size = parseInt(tar.subarray(offset + 124, offset + 136).toString().trim(), 8) || 0;
    if (name === 'package/package.json') {
      return JSON.parse(tar.subarray(offset + 512, offset + 512 + size).toString());
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error('no package/package.json in tarball');
}

const packages = new Map();
const tarballs = new Map();
for (const file of readdirSync(folder).filter(f => f.endsWith('.tgz'))) {
  const tgz = readFileSync(join(folder, file));
  const manifest = manifestOf(tgz);
  const tarballPath = `/-/${encodeURIComponent(file)}`;
  tarballs.set(tarballPath, tgz);
  const published = new Date().toISOString();
  packages.set(manifest.name, {
    name: manifest.name,
    'dist-tags': { latest: manifest.version },
    time: { created: published, modified: published, [manifest.version]: published },
    versions: {
      [manifest.version]: {
        ...manifest,
        dist: {
          tarball: `${base}${tarballPath}`,
          shasum: createHash('sha1').update(tgz).digest('hex'),
          integrity: `sha512-${createHash('sha512').update(tgz).digest('base64')}`,
        },
      },
    },
  });
}

createServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
  const tarball = tarballs.get(req.url ?? '');
  if (tarball) {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(tarball);
    return;
  }
  const packument = packages.get(path.slice(1));
  if (packument) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(packument));
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: 'not found' }));
}).listen(port, '127.0.0.1', () => {
  process.stdout.write(`serving ${[...packages.keys()].join(', ')} on ${base}\n`);
});
