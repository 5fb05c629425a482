import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { standardArchitectureTranslations } from '../translation';

/**
 * The plugin's Korean messages as a translation extension. Translations
 * attach to an input of the app plugin that accepts only the app's own
 * extensions, so this ships in {@link standardArchitectureTranslationsModule}
 * rather than in the plugin, whose copy the app would ignore.
 * @alpha
 */
export const standardArchitectureTranslation = TranslationBlueprint.make({
  name: 'standard-architecture',
  params: { resource: standardArchitectureTranslations },
});

/**
 * Adds the plugin's translations (Korean) to the app; install it next to the
 * plugin and list the languages in `api:app/app-language`'s config.
 * @alpha
 */
export const standardArchitectureTranslationsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [standardArchitectureTranslation],
});
