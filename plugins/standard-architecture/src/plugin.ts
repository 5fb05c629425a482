import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { standardArchitectureApiRef } from './api/StandardArchitectureApi';
import { StandardArchitectureClient } from './api/StandardArchitectureClient';
import { rootRouteRef } from './routes';

/** @public */
export const standardArchitecturePlugin = createPlugin({
  id: 'standard-architecture',
  apis: [
    createApiFactory({
      api: standardArchitectureApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new StandardArchitectureClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * The layered diagram, changes, adoption and licenses, at `/standard-architecture`.
 * @public
 */
export const StandardArchitecturePage: () => JSX.Element = standardArchitecturePlugin.provide(
  createRoutableExtension({
    name: 'StandardArchitecturePage',
    component: () =>
      import('./components/StandardArchitecturePage').then(
        m => m.StandardArchitecturePage,
      ),
    mountPoint: rootRouteRef,
  }),
);
