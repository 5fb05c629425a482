// Prints the gzipped size of the JavaScript chunks that hold the plugin's code
// (found through the build's source maps), and the plugin's own share of them.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const dist = path.resolve(process.argv[2] ?? 'packages/app/dist');
const PLUGIN_SOURCE = /plugins\/standard-architecture(-common)?\/src\//;
const gz = text => zlib.gzipSync(text, { level: 9 }).length;
const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;

const files = fs
  .readdirSync(path.join(dist, 'static'))
  .filter(name => name.endsWith('.js'))
  .map(name => path.join(dist, 'static', name));

let chunkGz = 0;
let ownGz = 0;
let allGz = 0;
const rows = [];
for (const file of files) {
  const code = fs.readFileSync(file, 'utf8');
  const size = gz(code);
  allGz += size;
  const mapFile = `${file}.map`;
  if (!fs.existsSync(mapFile)) continue;
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  const own = map.sources
    .map((source, i) => [source, map.sourcesContent?.[i] ?? ''])
    .filter(([source]) => PLUGIN_SOURCE.test(source));
  if (own.length === 0) continue;
  const ownSourceBytes = own.reduce((sum, [, content]) => sum + content.length, 0);
  const allSourceBytes = (map.sourcesContent ?? []).reduce((s, c) => s + (c?.length ?? 0), 0);
  // The plugin's share of the chunk, estimated from original source sizes.
  const share = allSourceBytes ? ownSourceBytes / allSourceBytes : 1;
  chunkGz += size;
  ownGz += size * share;
  rows.push({ chunk: path.basename(file), gzipped: kb(size), pluginFiles: own.length, pluginShare: `${Math.round(share * 100)}%` });
}
console.table(rows);
console.log(`plugin chunks: ${rows.length}, ${kb(chunkGz)} gzipped (whole app: ${kb(allGz)})`);
console.log(`plugin's own code in them: ~${kb(ownGz)} gzipped (target ≤ 150 KB)`);
