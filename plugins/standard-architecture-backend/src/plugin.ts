import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { standardArchitecturePermissions } from '@internal/plugin-standard-architecture-common';
import { readStandardArchitectureConfig } from './lib/config';
import { createStandardSource } from './lib/standardSource';
import { StandardLoader } from './lib/StandardLoader';
import { standardStoreServiceRef } from './lib/standardStore';
import { DependencyQueries } from './service/dependencyQueries';
import { createRouter } from './service/router';

/**
 * The standard-architecture backend plugin: the REST API under
 * `/api/standard-architecture`.
 * @public
 */
export const standardArchitecturePlugin = createBackendPlugin({
  pluginId: 'standard-architecture',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        store: standardStoreServiceRef,
      },
      async init(deps) {
        const settings = readStandardArchitectureConfig(deps.config);
        const loader = new StandardLoader(settings, deps.urlReader);
        deps.permissionsRegistry.addPermissions(
          standardArchitecturePermissions,
        );
        deps.httpRouter.use(
          await createRouter({
            logger: deps.logger,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            queries: new DependencyQueries(deps.catalog),
            store: deps.store,
            standard: createStandardSource(deps.store, () => loader.load()),
            currentEdition: settings.currentEdition,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
