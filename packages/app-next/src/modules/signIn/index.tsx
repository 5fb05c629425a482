import { SignInPage } from '@backstage/core-components';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * Guest sign-in, the demo backend's only provider (`auth.providers.guest`);
 * like the legacy app, a returning guest is signed in again automatically.
 */
const guestSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props =>
      <SignInPage {...props} auto providers={['guest']} />,
  },
});

/** Replaces the app's sign-in page (an input only the app plugin may fill). */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [guestSignInPage],
});
