import {
  ApiBlueprint,
  createFrontendModule,
  discoveryApiRef,
  errorApiRef,
  fetchApiRef,
  identityApiRef,
  storageApiRef,
} from '@backstage/frontend-plugin-api';
import { UserSettingsStorage } from '@backstage/plugin-user-settings';

/**
 * User settings (starred entities, language, theme) stored by the backend's
 * user-settings plugin, without live updates: the discovered
 * `@backstage/plugin-app-module-user-settings` wants the Signals API, which
 * this demo doesn't install. Same extension id, so this one replaces it
 * (the app's own features are installed after the discovered ones).
 */
const userSettingsStorage = ApiBlueprint.make({
  name: 'user-settings-storage',
  params: defineParams =>
    defineParams({
      api: storageApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        errorApi: errorApiRef,
        fetchApi: fetchApiRef,
        identityApi: identityApiRef,
      },
      factory: deps => UserSettingsStorage.create(deps),
    }),
});

export const storageModule = createFrontendModule({
  pluginId: 'app',
  extensions: [userSettingsStorage],
});
