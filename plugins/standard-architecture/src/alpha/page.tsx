import LayersIcon from '@material-ui/icons/Layers';
import { compatWrapper } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { commonMessages } from '../translations/common';
import { standardArchitectureRootRouteRef } from './routes';

/**
 * The layered diagram, changes, adoption and licenses at
 * `/standard-architecture`. Its title and icon make the sidebar entry
 * (the new frontend system derives nav items from pages); the title is the
 * translation's English sidebar title, as nav titles are plain strings.
 * @alpha
 */
export const standardArchitecturePage = PageBlueprint.make({
  params: {
    path: '/standard-architecture',
    routeRef: standardArchitectureRootRouteRef,
    title: commonMessages.sidebarTitle,
    icon: <LayersIcon fontSize="inherit" />,
    // The page draws its own header (title, subtitle, language switch).
    noHeader: true,
    loader: () =>
      import('../components/StandardArchitecturePage').then(m =>
        compatWrapper(<m.StandardArchitecturePage />),
      ),
  },
});
