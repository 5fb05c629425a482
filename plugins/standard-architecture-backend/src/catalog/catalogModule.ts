import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { standardStoreServiceRef } from '../lib/standardStore';
import { ReplacementRelationProcessor } from './ReplacementRelationProcessor';
import { StandardArchitectureEntityProvider } from './StandardArchitectureEntityProvider';

/**
 * Ingests the Kubernetes Standard Architecture into the catalog.
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
        urlReader: coreServices.urlReader,
        store: standardStoreServiceRef,
      },
      async init({ catalog, config, logger, scheduler, urlReader, store }) {
        catalog.addEntityProvider(
          StandardArchitectureEntityProvider.fromConfig(config, {
            logger,
            scheduler,
            urlReader,
            store,
          }),
        );
        catalog.addProcessor(new ReplacementRelationProcessor());
      },
    });
  },
});
