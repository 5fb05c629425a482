import { z } from 'zod';
import { DETECTION_MATCHERS, detectionRulesSchema } from './schema';

/**
 * The JSON Schema of data/detection-rules.yaml, generated from the zod
 * schema. "Exactly one matcher" is a refinement zod cannot export, so it is
 * added here as a oneOf over the matcher fields.
 * @public
 */
export function detectionRulesJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(detectionRulesSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, any>;
  const rule = schema.properties.rules.items;
  rule.oneOf = DETECTION_MATCHERS.map(matcher => ({ required: [matcher] }));
  return { ...schema, title: 'Repository detection rules' };
}
