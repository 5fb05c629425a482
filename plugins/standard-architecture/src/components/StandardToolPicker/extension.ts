import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { standardArchitecturePlugin } from '../../plugin';
import {
  StandardToolPicker,
  standardToolPickerValidation,
} from './StandardToolPicker';
import { StandardToolPickerUiOptions } from './choices';

/**
 * The `StandardToolPicker` scaffolder field: add it inside
 * `<ScaffolderFieldExtensions>` and use `ui:field: StandardToolPicker` with
 * `ui:options` `categories` (or `layer`), `multiple` and `allowDeprecated`.
 * @public
 */
export const StandardToolPickerFieldExtension =
  standardArchitecturePlugin.provide(
    createScaffolderFieldExtension<
      string | string[],
      StandardToolPickerUiOptions
    >({
      name: 'StandardToolPicker',
      component: StandardToolPicker,
      validation: standardToolPickerValidation,
      schema: {
        returnValue: {
          oneOf: [
            { type: 'string', description: 'The tool id' },
            {
              type: 'array',
              items: { type: 'string' },
              description: 'The tool ids, with multiple',
            },
          ],
        },
        uiOptions: {
          type: 'object',
          properties: {
            categories: {
              type: 'array',
              items: { type: 'string' },
              description:
                'Offer the tools of these categories of the current edition, grouped in this order, e.g. [metrics, logging, tracing]',
            },
            category: {
              type: 'string',
              description: 'Offer the tools of this category, e.g. ci',
            },
            layer: {
              type: 'string',
              description: 'Offer the tools of this layer, e.g. networking',
            },
            multiple: {
              type: 'boolean',
              default: false,
              description:
                'Let several tools be picked; the value is an array of tool ids (also when the schema is type: array)',
            },
            allowDeprecated: {
              type: 'boolean',
              default: false,
              description:
                'Let tools with a critical verdict (removed, deprecated, end of life) be chosen',
            },
          },
        },
      },
    }),
  );
