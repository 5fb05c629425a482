import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { standardArchitecturePlugin } from '../../plugin';
import {
  StandardToolPicker,
  standardToolPickerValidation,
} from './StandardToolPicker';
import { StandardToolPickerUiOptions } from './choices';
import { standardToolPickerFieldSchema } from './fieldSchema';

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
      schema: standardToolPickerFieldSchema.schema,
    }),
  );
