#!/usr/bin/env node
// Writes schema/*.schema.json from the zod schema (`yarn schema:generate`).
const fs = require('node:fs');
const path = require('node:path');

require('@backstage/cli/config/nodeTransform.cjs');
const { dataFileJsonSchemas } = require('../src/jsonSchema');
const { detectionRulesJsonSchema } = require('../src/detection/jsonSchema');

const dir = path.resolve(__dirname, '../schema');
fs.mkdirSync(dir, { recursive: true });
const schemas = {
  ...dataFileJsonSchemas(),
  'detection-rules.schema.json': detectionRulesJsonSchema(),
};
for (const [name, schema] of Object.entries(schemas)) {
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schema/${name}\n`);
}
