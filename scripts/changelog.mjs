// Builds the top-level CHANGELOG.md from the packages' CHANGELOG.md files that
// `changeset version` writes: one section per version, newest first, with
// each package's entries under its name.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const byVersion = new Map();

for (const dir of readdirSync(join(root, 'plugins')).sort()) {
  const file = join(root, 'plugins', dir, 'CHANGELOG.md');
  if (!existsSync(file)) continue;
  const name = JSON.parse(readFileSync(join(root, 'plugins', dir, 'package.json'), 'utf8')).name;
  // Changesets writes "## <version>" and then "### Minor Changes" etc.
  const sections = readFileSync(file, 'utf8').split(/^## /m).slice(1);
  for (const section of sections) {
    const [version, ...body] = section.split('\n');
    const entries = body.join('\n').trim().replace(/^### /gm, '#### ');
    if (!byVersion.has(version.trim())) byVersion.set(version.trim(), []);
    byVersion.get(version.trim()).push(`### ${name}\n\n${entries}`);
  }
}

const semverDescending = (a, b) => {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pb[i] - pa[i];
  return 0;
};

const text = [
  '# Changelog',
  '',
  'Generated from the packages\' changelogs by `yarn release:version`',
  '(changesets, then `scripts/changelog.mjs`); edit the changesets, not this file.',
  '',
  ...[...byVersion.keys()].sort(semverDescending).flatMap(version => [
    `## ${version}`,
    '',
    byVersion.get(version).join('\n\n'),
    '',
  ]),
].join('\n');

writeFileSync(join(root, 'CHANGELOG.md'), text);
process.stdout.write(`CHANGELOG.md: ${byVersion.size} version(s)\n`);
