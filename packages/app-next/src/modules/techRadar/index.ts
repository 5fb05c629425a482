import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { techRadarApi } from './techRadarApi';
import { techRadarPage } from './techRadarPage';

/**
 * The Tech Radar, fed by the Standard Architecture. A module of the
 * `tech-radar` plugin, so its API and page replace the ones the discovered
 * community plugin brings (`api:tech-radar`, `page:tech-radar`): that plugin
 * would read a tech-radar backend the demo doesn't run.
 */
export const techRadarModule = createFrontendModule({
  pluginId: 'tech-radar',
  extensions: [techRadarApi, techRadarPage],
});
