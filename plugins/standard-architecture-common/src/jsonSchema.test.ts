import { readFileSync } from 'fs';
import { join } from 'path';
import { dataFileJsonSchemas } from './jsonSchema';

describe('generated JSON Schemas', () => {
  it.each(Object.entries(dataFileJsonSchemas()))(
    'schema/%s is up to date (run yarn schema:generate)',
    (name, schema) => {
      const committed = JSON.parse(
        readFileSync(join(__dirname, '../schema', name), 'utf8'),
      );
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    },
  );

  it('describes the tool fields people write', () => {
    const edition = dataFileJsonSchemas()['edition.schema.json'] as any;
    const tool = edition.properties.tools.items;
    expect(tool.required).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'nameKo',
        'category',
        'license',
        'status',
        'summary',
      ]),
    );
    expect(tool.properties.status.enum).toEqual([
      'added',
      'kept',
      'changed-in',
      'caution',
      'removed',
    ]);
  });
});
