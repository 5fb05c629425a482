import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import { standardToolPickerFieldSchema } from '../components/StandardToolPicker/fieldSchema';

/**
 * The `StandardToolPicker` scaffolder field (`ui:field: StandardToolPicker`),
 * loaded only when the scaffolder opens a template.
 * @alpha
 */
export const standardToolPickerFormField = FormFieldBlueprint.make({
  name: 'standard-tool-picker',
  params: {
    field: () =>
      import('../components/StandardToolPicker').then(m =>
        createFormField({
          name: 'StandardToolPicker',
          component: m.StandardToolPicker,
          validation: m.standardToolPickerValidation,
          schema: standardToolPickerFieldSchema,
        }),
      ),
  },
});
