import { readFileSync } from 'fs';
import { join } from 'path';
import { detectionRulesJsonSchema } from './jsonSchema';

describe('detection rules JSON Schema', () => {
  it('schema/detection-rules.schema.json is up to date (run yarn schema:generate)', () => {
    const committed = JSON.parse(
      readFileSync(
        join(__dirname, '../../schema/detection-rules.schema.json'),
        'utf8',
      ),
    );
    expect(committed).toEqual(
      JSON.parse(JSON.stringify(detectionRulesJsonSchema())),
    );
  });

  it('asks for exactly one matcher per rule', () => {
    const rule = (detectionRulesJsonSchema() as any).properties.rules.items;
    expect(rule.required).toEqual(['id', 'tool', 'files']);
    expect(rule.additionalProperties).toBe(false);
    expect(rule.oneOf.map((o: any) => o.required[0])).toEqual([
      'image',
      'helmDependency',
      'apiGroup',
      'ingressClass',
      'annotationPrefix',
      'action',
      'ciText',
      'package',
      'presence',
    ]);
  });
});
