import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import {
  createStandardArchitectureFactRetriever,
  FACT_RETRIEVER_NAME,
} from './factRetriever';
import { readFactRetrieverSettings } from './settings';

/**
 * Adds the `standard-architecture-facts` fact retriever to the tech-insights
 * plugin. The plugin schedules it only when
 * `techInsights.factRetrievers.standardArchitectureFactRetriever.cadence`
 * is configured.
 * @public
 */
export const techInsightsModuleStandardArchitecture = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'standard-architecture',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        techInsights: techInsightsFactRetrieversExtensionPoint,
      },
      async init({ config, logger, techInsights }) {
        // Bad settings stop the start, naming the key.
        const settings = readFactRetrieverSettings(config);
        techInsights.addFactRetrievers({
          [FACT_RETRIEVER_NAME]:
            createStandardArchitectureFactRetriever(settings),
        });
        const scheduleKey = `techInsights.factRetrievers.${FACT_RETRIEVER_NAME}`;
        if (!config.has(`${scheduleKey}.cadence`)) {
          // tech-insights silently skips retrievers without a schedule.
          logger.warn(
            `The standard-architecture-facts fact retriever will not run: set ${scheduleKey}.cadence (a cron expression), see the module's README`,
          );
        }
      },
    });
  },
});
