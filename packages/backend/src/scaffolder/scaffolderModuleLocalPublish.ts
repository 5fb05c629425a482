import { tmpdir } from 'os';
import { join } from 'path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createPublishLocalAction } from './publishLocalAction';

/**
 * Demo only: `standard-architecture:publish-local` writes a generated service
 * to a local directory, for a portal without a git host. It writes and
 * deletes files on the host, so it is not part of the published plugin.
 */
export const scaffolderModuleLocalPublish = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'demo-local-publish',
  register(env) {
    env.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, config }) {
        scaffolder.addActions(
          createPublishLocalAction({
            directory:
              config.getOptionalString('demo.localPublishDir') ??
              join(tmpdir(), 'standard-architecture-scaffolded'),
          }),
        );
      },
    });
  },
});
