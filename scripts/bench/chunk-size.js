// Prints the gzipped size of the JavaScript chunks that hold the plugin's code
// and its logos (Simple Icons), found through the build's source maps, and
// the plugin's own share of them: the generated code each source map maps
// back to the plugin's sources or to the logos, gzipped.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const dist = path.resolve(process.argv[2] ?? 'packages/app/dist');
const PLUGIN_SOURCE = /plugins\/standard-architecture(-common)?\/src\//;
const LOGO_SOURCE = /node_modules\/simple-icons\//;
const TARGET_KB = 150;
const gz = text => zlib.gzipSync(text, { level: 9 }).length;
const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment of source map VLQs into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The generated code of `code` that `map` attributes to sources matching
 * `test`, as one string (each mapped span from its segment to the next).
 */
function codeFrom(code, map, test) {
  const wanted = map.sources.map(source => test.test(source));
  if (!wanted.some(Boolean)) return '';
  const lines = code.split('\n');
  const parts = [];
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const text = lines[index] ?? '';
    let column = 0;
    const segments = line
      .split(',')
      .filter(Boolean)
      .map(segment => {
        const [dColumn, dSource] = decodeSegment(segment);
        column += dColumn;
        if (dSource !== undefined) source += dSource;
        return { column, source: dSource === undefined ? -1 : source };
      });
    segments.forEach((segment, i) => {
      if (segment.source >= 0 && wanted[segment.source]) {
        const end = segments[i + 1]?.column ?? text.length;
        parts.push(text.slice(segment.column, end));
      }
    });
  });
  return parts.join('');
}

const files = fs
  .readdirSync(path.join(dist, 'static'))
  .filter(name => name.endsWith('.js'))
  .map(name => path.join(dist, 'static', name));

let chunkGz = 0;
let allGz = 0;
const pluginCode = [];
const logoCode = [];
const rows = [];
for (const file of files) {
  const code = fs.readFileSync(file, 'utf8');
  const size = gz(code);
  allGz += size;
  const mapFile = `${file}.map`;
  if (!fs.existsSync(mapFile)) continue;
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  const pluginFiles = map.sources.filter(s => PLUGIN_SOURCE.test(s)).length;
  const logoFiles = map.sources.filter(s => LOGO_SOURCE.test(s)).length;
  if (pluginFiles === 0 && logoFiles === 0) continue;
  const own = codeFrom(code, map, PLUGIN_SOURCE);
  const logos = codeFrom(code, map, LOGO_SOURCE);
  pluginCode.push(own);
  logoCode.push(logos);
  chunkGz += size;
  rows.push({
    chunk: path.basename(file),
    gzipped: kb(size),
    pluginFiles,
    logos: logoFiles > 0 ? kb(logos.length) : '',
    pluginShare: `${Math.round(((own.length + logos.length) / code.length) * 100)}%`,
  });
}
const ownGz = gz(pluginCode.join('\n'));
const logosGz = gz(logoCode.join('\n'));
const bothGz = gz([...pluginCode, ...logoCode].join('\n'));
const verdict = bytes => (bytes / 1024 < TARGET_KB ? 'ok' : 'OVER');

console.table(rows);
console.log(
  `plugin chunks (logos included): ${rows.length}, ${kb(chunkGz)} gzipped (target < ${TARGET_KB} KB: ${verdict(chunkGz)}; whole app: ${kb(allGz)})`,
);
console.log(
  `plugin's own code and logos in them: ~${kb(bothGz)} gzipped (code ~${kb(ownGz)}, logos ~${kb(logosGz)}; target < ${TARGET_KB} KB: ${verdict(bothGz)})`,
);
