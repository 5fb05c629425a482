import { tmpdir } from 'os';
import { join } from 'path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { readStandardArchitectureConfig } from '../lib/config';
import { createStandardSource } from '../lib/standardSource';
import { StandardLoader } from '../lib/StandardLoader';
import { standardStoreServiceRef } from '../lib/standardStore';
import { createStandardCheckAction } from './checkAction';
import { createPublishLocalAction } from './publishLocalAction';

/**
 * Adds the `standard-architecture:check` and `standard-architecture:publish-local`
 * actions to the scaffolder.
 * @public
 */
export const scaffolderModuleStandardArchitecture = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'standard-architecture',
  register(env) {
    env.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        urlReader: coreServices.urlReader,
        store: standardStoreServiceRef,
      },
      async init({ scaffolder, config, urlReader, store }) {
        const settings = readStandardArchitectureConfig(config);
        const loader = new StandardLoader(settings, urlReader);
        scaffolder.addActions(
          createStandardCheckAction({
            standard: createStandardSource(store, () => loader.load()),
            currentEdition: settings.currentEdition,
          }),
          createPublishLocalAction({
            directory:
              config.getOptionalString(
                'standardArchitecture.scaffolder.localPublishDir',
              ) ?? join(tmpdir(), 'standard-architecture-scaffolded'),
          }),
        );
      },
    });
  },
});
