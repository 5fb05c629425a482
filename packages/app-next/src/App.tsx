import { createApp } from '@backstage/frontend-defaults';
import { standardArchitectureTranslationsModule } from '@k8s-standard/plugin-standard-architecture/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';
import { storageModule } from './modules/storage';
import { techRadarModule } from './modules/techRadar';

/**
 * The demo portal on Backstage's new frontend system. The plugins themselves,
 * ours included, are discovered from package.json (`app.packages: all` in
 * app-config.next.yaml); here are only the app's own modules.
 */
export default createApp({
  features: [
    navModule,
    signInModule,
    storageModule,
    techRadarModule,
    // Korean strings: translations must be installed by the app.
    standardArchitectureTranslationsModule,
  ],
});
