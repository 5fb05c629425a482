/**
 * The Kubernetes Standard Architecture plugin for the new frontend system.
 * The default export is the plugin, so `app.packages: all` discovers it.
 *
 * @packageDocumentation
 */

import { standardArchitecturePlugin } from './alpha/plugin';

export { standardArchitectureRootRouteRef } from './alpha/routes';
export { standardArchitectureApi } from './alpha/api';
export { standardArchitecturePage } from './alpha/page';
export { standardArchitectureServiceCard } from './alpha/serviceCard';
export { standardArchitectureGroupCard } from './alpha/groupCard';
export { standardToolEntityContent } from './alpha/toolContent';
export { standardToolPickerFormField } from './alpha/toolPickerField';
export {
  standardArchitectureTranslation,
  standardArchitectureTranslationsModule,
} from './alpha/translations';

export default standardArchitecturePlugin;
