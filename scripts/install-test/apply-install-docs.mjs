// Applies the install pages' marked blocks to an app, so that the install
// test does what the pages say and nothing else. A block is marked by the
// HTML comment on the line before its fence:
//   <!-- install-test: run -->         shell lines, printed for the caller to run
//   <!-- install-test: backend -->     imports go to the top of
//                                      packages/backend/src/index.ts, the rest
//                                      before `backend.start()`
//   <!-- install-test: app-config -->  merged into app-config.yaml
//
// Usage: node apply-install-docs.mjs <app-dir> <mode> <file>...
//   run <page>...           prints the shell lines of the run blocks, in page order
//   files <page>...         edits index.ts and app-config.yaml
//   merge-config <yaml>     merges a config file into app-config.yaml (lists
//                           are appended, maps merged key by key)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';

const [appDir, mode, ...pages] = process.argv.slice(2);

function markedBlocks(page) {
  const blocks = [];
  const lines = readFileSync(page, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const marker = lines[i].match(/^<!-- install-test: ([a-z-]+) -->$/);
    if (!marker) continue;
    if (!lines[i + 1]?.startsWith('```')) {
      throw new Error(`${page}:${i + 1}: the install-test marker must precede a code fence`);
    }
    const end = lines.findIndex((line, j) => j > i + 1 && line.startsWith('```'));
    blocks.push({ kind: marker[1], text: lines.slice(i + 2, end).join('\n'), page });
    i = end;
  }
  return blocks;
}

function merged(existing, addition) {
  if (Array.isArray(existing) && Array.isArray(addition)) return [...existing, ...addition];
  if (isMap(existing) && isMap(addition)) {
    const result = { ...existing };
    for (const [key, value] of Object.entries(addition)) result[key] = merged(existing[key], value);
    return result;
  }
  return addition;
}
const isMap = value => value !== null && typeof value === 'object' && !Array.isArray(value);

function mergeConfig(addition) {
  const configFile = join(appDir, 'app-config.yaml');
  const config = parseDocument(readFileSync(configFile, 'utf8')).toJS();
  writeFileSync(configFile, stringify(merged(config, addition)));
}

const blocks = mode === 'merge-config' ? [] : pages.flatMap(markedBlocks);
const unknown = blocks.find(b => !['run', 'backend', 'app-config'].includes(b.kind));
if (unknown) throw new Error(`${unknown.page}: unknown install-test block "${unknown.kind}"`);

if (mode === 'run') {
  for (const block of blocks.filter(b => b.kind === 'run')) {
    process.stdout.write(`${block.text.trim()}\n`);
  }
} else if (mode === 'files') {
  const indexFile = join(appDir, 'packages/backend/src/index.ts');
  let index = readFileSync(indexFile, 'utf8');
  for (const block of blocks.filter(b => b.kind === 'backend')) {
    // An import statement runs to its `from '...';` line.
    const imports = block.text.match(/^import[\s\S]*?from '[^']+';$/gm) ?? [];
    let rest = block.text;
    for (const statement of imports) rest = rest.replace(statement, '');
    if (!index.includes('backend.start();')) {
      throw new Error(`${indexFile}: no backend.start() to add features before`);
    }
    index = `${imports.join('\n')}\n${index}`.replace(
      'backend.start();',
      `${rest.trim()}\n\nbackend.start();`,
    );
  }
  writeFileSync(indexFile, index);

  for (const block of blocks.filter(b => b.kind === 'app-config')) {
    mergeConfig(parseDocument(block.text).toJS());
  }
} else if (mode === 'merge-config') {
  mergeConfig(parseDocument(readFileSync(pages[0], 'utf8')).toJS());
} else {
  throw new Error(`unknown mode "${mode}" (run or files)`);
}
