import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/**
 * The value and `ui:options` of the StandardToolPicker field, declared once:
 * the new frontend system's form field takes it as is, the legacy field
 * extension takes the JSON schema made from it (`.schema`).
 */
export const standardToolPickerFieldSchema = makeFieldSchema({
  output: z =>
    z.union([
      z.string().describe('The tool id'),
      z.array(z.string()).describe('The tool ids, with multiple'),
    ]),
  uiOptions: z =>
    z.object({
      categories: z
        .array(z.string())
        .optional()
        .describe(
          'Offer the tools of these categories of the current edition, grouped in this order, e.g. [metrics, logging, tracing]',
        ),
      category: z
        .string()
        .optional()
        .describe('Offer the tools of this category, e.g. ci'),
      layer: z
        .string()
        .optional()
        .describe('Offer the tools of this layer, e.g. networking'),
      multiple: z
        .boolean()
        .optional()
        .describe(
          'Let several tools be picked; the value is an array of tool ids (also when the schema is type: array). Off by default',
        ),
      allowDeprecated: z
        .boolean()
        .optional()
        .describe(
          'Let tools with a critical verdict (removed, deprecated, end of life) be chosen. Off by default',
        ),
    }),
});
