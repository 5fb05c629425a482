import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { techRadarPlugin } from '@backstage-community/plugin-tech-radar';

/** The legacy Tech Radar page at /tech-radar, titled for the standard. */
export const techRadarPage = PageBlueprint.make({
  params: {
    path: '/tech-radar',
    routeRef: convertLegacyRouteRef(techRadarPlugin.routes.root),
    title: 'Tech Radar',
    icon: <TrackChangesIcon fontSize="inherit" />,
    // The legacy page draws its own header.
    noHeader: true,
    loader: () =>
      import('@backstage-community/plugin-tech-radar').then(m =>
        compatWrapper(
          <m.TechRadarPage
            title="Tech Radar"
            subtitle="The Kubernetes Standard Architecture's verdicts as a radar"
            pageTitle="Kubernetes Standard Architecture"
          />,
        ),
      ),
  },
});
