import LayersIcon from '@material-ui/icons/Layers';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { pageMessages } from '../translations/page';
import { standardArchitectureApi } from './api';
import { standardArchitectureGroupCard } from './groupCard';
import { standardArchitecturePage } from './page';
import { standardArchitectureRootRouteRef } from './routes';
import { standardArchitectureServiceCard } from './serviceCard';
import { standardToolEntityContent } from './toolContent';
import { standardToolPickerFormField } from './toolPickerField';

/**
 * The Kubernetes Standard Architecture for apps on the new frontend system:
 * the page and its sidebar entry, the API client, the service and team cards,
 * the tools' Standard tab and the StandardToolPicker scaffolder field.
 * @alpha
 */
export const standardArchitecturePlugin = createFrontendPlugin({
  pluginId: 'standard-architecture',
  title: pageMessages.title,
  icon: <LayersIcon fontSize="inherit" />,
  routes: { root: standardArchitectureRootRouteRef },
  extensions: [
    standardArchitectureApi,
    standardArchitecturePage,
    standardArchitectureServiceCard,
    standardArchitectureGroupCard,
    standardToolEntityContent,
    standardToolPickerFormField,
  ],
});
