import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SidebarContent } from './Sidebar';

/** The app's sidebar (nav content is the app plugin's to replace). */
export const navModule = createFrontendModule({
  pluginId: 'app',
  extensions: [SidebarContent],
});
