/**
 * Tech Insights facts and checks from the Kubernetes Standard Architecture:
 * a fact retriever module for `@backstage-community/plugin-tech-insights-backend`
 * and checks for its JSON rules engine fact checker.
 *
 * @packageDocumentation
 */

export { techInsightsModuleStandardArchitecture as default } from './module';
export {
  createStandardArchitectureFactRetriever,
  FACT_RETRIEVER_ID,
  FACT_RETRIEVER_NAME,
} from './factRetriever';
export {
  readFactRetrieverSettings,
  type FactRetrieverSettings,
} from './settings';
export {
  standardArchitectureChecks,
  standardArchitectureChecksConfig,
  STANDARD_ARCHITECTURE_CHECK_IDS,
  type StandardArchitectureCheck,
} from './checks/standardArchitectureChecks';
export {
  StandardArchitectureCheckRegistry,
  type StandardArchitectureCheckRegistryOptions,
  type JsonRuleCheck,
} from './checks/StandardArchitectureCheckRegistry';
export {
  COUNTED_VERDICTS,
  type StandardArchitectureFacts,
} from './service/serviceFacts';
