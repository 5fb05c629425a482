export {
  StandardToolPicker,
  standardToolPickerValidation,
} from './StandardToolPicker';
export type { StandardToolPickerUiOptions } from './choices';
