import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { StandardApiClient } from '@k8s-standard/plugin-standard-architecture-node';
import { ReplacementRelationProcessor } from './ReplacementRelationProcessor';
import { StandardArchitectureEntityProvider } from './StandardArchitectureEntityProvider';

/**
 * Puts the standard that the standard-architecture plugin accepted into the
 * catalog. Needs the plugin itself in the same backend deployment.
 * @public
 */
export const catalogModuleStandardArchitecture = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'standard-architecture',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ catalog, config, logger, scheduler, discovery, auth }) {
        const client = new StandardApiClient(discovery, auth);
        catalog.addEntityProvider(
          StandardArchitectureEntityProvider.fromConfig(config, {
            logger,
            scheduler,
            standard: () => client.current(),
          }),
        );
        catalog.addProcessor(new ReplacementRelationProcessor());
      },
    });
  },
});
