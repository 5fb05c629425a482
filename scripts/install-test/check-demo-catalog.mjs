// Checks that the demo's organisation and services reached the catalog of a
// running demo backend (the README's PostgreSQL path), as a guest would see it.
// Usage: node check-demo-catalog.mjs <backend-url>
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const backend = process.argv[2];
const expected = ['catalog-info/org.yaml', 'catalog-info/services.yaml'].flatMap(file =>
  parseAllDocuments(readFileSync(file, 'utf8'))
    .map(doc => doc.toJS())
    .filter(Boolean)
    .map(e => `${e.kind}:${e.metadata.namespace ?? 'default'}/${e.metadata.name}`.toLowerCase()),
);

const { backstageIdentity } = await (await fetch(`${backend}/api/auth/guest/refresh`)).json();
const headers = { authorization: `Bearer ${backstageIdentity.token}` };

// Ingestion is asynchronous: give the catalog a few minutes to process.
const deadline = Date.now() + 180_000;
let missing = expected;
while (missing.length && Date.now() < deadline) {
  const found = new Set();
  for (const kind of new Set(expected.map(ref => ref.split(':')[0]))) {
    const url = `${backend}/api/catalog/entities/by-query?filter=kind=${kind}&limit=500&fields=kind,metadata.name,metadata.namespace`;
    const { items } = await (await fetch(url, { headers })).json();
    for (const e of items) {
      found.add(`${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase());
    }
  }
  missing = expected.filter(ref => !found.has(ref));
  if (missing.length) await new Promise(resolve => setTimeout(resolve, 3000));
}
if (missing.length) {
  console.error(`✗ not in the catalog after 3 minutes: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`✓ ${expected.length} demo entities in the catalog (organisation and services)`);
