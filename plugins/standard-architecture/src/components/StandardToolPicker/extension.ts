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
 * `ui:options` `layer`, `category` and `allowDeprecated`.
 * @public
 */
export const StandardToolPickerFieldExtension =
  standardArchitecturePlugin.provide(
    createScaffolderFieldExtension<string, StandardToolPickerUiOptions>({
      name: 'StandardToolPicker',
      component: StandardToolPicker,
      validation: standardToolPickerValidation,
      schema: {
        returnValue: { type: 'string' },
        uiOptions: {
          type: 'object',
          properties: {
            layer: {
              type: 'string',
              description: 'Offer the tools of this layer, e.g. networking',
            },
            category: {
              type: 'string',
              description: 'Offer the tools of this category, e.g. ingress',
            },
            allowDeprecated: {
              type: 'boolean',
              default: false,
              description: 'Let removed and deprecated tools be chosen',
            },
          },
        },
      },
    }),
  );
