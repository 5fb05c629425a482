import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  readStandardArchitectureConfig,
  StandardApiClient,
} from '@k8s-standard/plugin-standard-architecture-node';
import { createStandardCheckAction } from './checkAction';

/**
 * Adds the `standard-architecture:check` action to the scaffolder.
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
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ scaffolder, config, discovery, auth }) {
        const settings = readStandardArchitectureConfig(config);
        // The accepted standard, from the plugin that ingested it.
        const client = new StandardApiClient(discovery, auth);
        scaffolder.addActions(
          createStandardCheckAction({
            standard: async () => (await client.current()).standard,
            currentEdition: settings.currentEdition,
            toolNamespace: settings.entityNamespace,
            migrationWindowMonths: settings.migrationWindowMonths,
          }),
        );
      },
    });
  },
});
