import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { ANNOTATIONS } from '@internal/plugin-standard-architecture-common';
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
        catalogService: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init(deps) {
        const { catalog, config, logger, scheduler, urlReader, store } = deps;
        const existingRefs = async (providerName: string) => {
          const { items } = await deps.catalogService.getEntities(
            {
              filter: {
                [`metadata.annotations.${ANNOTATIONS.provider}`]: providerName,
              },
              fields: ['kind', 'metadata.namespace', 'metadata.name'],
            },
            { credentials: await deps.auth.getOwnServiceCredentials() },
          );
          return items.map(e => stringifyEntityRef(e));
        };
        catalog.addEntityProvider(
          StandardArchitectureEntityProvider.fromConfig(config, {
            logger,
            scheduler,
            urlReader,
            store,
            existingRefs,
          }),
        );
        catalog.addProcessor(new ReplacementRelationProcessor());
      },
    });
  },
});
