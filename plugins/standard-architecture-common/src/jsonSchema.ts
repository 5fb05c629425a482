import { z } from 'zod';
import { baseImageRulesSchema, editionSchema, overlaySchema } from './schema';

/**
 * JSON Schemas of the data files, for editors and people who write their own
 * files. Generated from the zod schema so the two never drift.
 * @public
 */
export function dataFileJsonSchemas(): Record<string, object> {
  const toJson = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  });
  return {
    'edition.schema.json': toJson(
      editionSchema,
      'Kubernetes Standard Architecture edition',
    ),
    'overlay.schema.json': toJson(overlaySchema, 'Organisation overlay'),
    'base-images.schema.json': toJson(baseImageRulesSchema, 'Base-image rules'),
  };
}
