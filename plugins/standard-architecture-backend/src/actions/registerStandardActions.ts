import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { registerCheckStackAction } from './checkStackAction';
import { registerDiffEditionsAction } from './diffEditionsAction';
import { registerGetEditionAction } from './getEditionAction';
import { registerGetRecommendationsAction } from './getRecommendationsAction';
import { registerListDependentsAction } from './listDependentsAction';
import { StandardActionSources } from './StandardActionSources';

/**
 * Registers the plugin's actions (MCP tools through mcp-actions-backend).
 * Each acts with the caller's credentials, so catalog permissions apply.
 */
export function registerStandardActions(
  registry: ActionsRegistryService,
  sources: StandardActionSources,
) {
  registerGetEditionAction(registry, sources);
  registerDiffEditionsAction(registry, sources);
  registerGetRecommendationsAction(registry, sources);
  registerCheckStackAction(registry, sources);
  registerListDependentsAction(registry, sources);
}
