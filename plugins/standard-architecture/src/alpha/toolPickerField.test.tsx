import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import {
  StandardToolPicker,
  standardToolPickerValidation,
} from '../components/StandardToolPicker';
import { standardToolPickerFormField } from './toolPickerField';

/**
 * What the scaffolder reads from a form field. The type is opaque to
 * plugins; the scaffolder unwraps it to these properties.
 */
type UnwrappedFormField = {
  $$type: string;
  name: string;
  component: unknown;
  validation?: unknown;
  schema?: { schema: { returnValue: any; uiOptions?: any } };
};

async function loadField(): Promise<UnwrappedFormField> {
  const tester = createExtensionTester(standardToolPickerFormField);
  const loader = tester.get(FormFieldBlueprint.dataRefs.formFieldLoader);
  return (await loader()) as unknown as UnwrappedFormField;
}

describe('standardToolPickerFormField', () => {
  it('registers the StandardToolPicker field with its component and validation', async () => {
    const field = await loadField();
    expect(field.$$type).toBe('@backstage/scaffolder/FormField');
    expect(field.name).toBe('StandardToolPicker');
    expect(field.component).toBe(StandardToolPicker);
    expect(field.validation).toBe(standardToolPickerValidation);
  });

  it('documents the value (a tool id or ids) and the ui:options templates use', async () => {
    const { schema } = await loadField();
    const { returnValue, uiOptions } = schema!.schema;
    expect(returnValue.anyOf.map((option: any) => option.type)).toEqual([
      'string',
      'array',
    ]);
    expect(Object.keys(uiOptions.properties).sort()).toEqual([
      'allowDeprecated',
      'categories',
      'category',
      'layer',
      'multiple',
    ]);
    expect(uiOptions.properties.categories).toMatchObject({
      type: 'array',
      items: { type: 'string' },
    });
  });
});
