/**
 * Node library shared by the Kubernetes Standard Architecture backend plugin
 * and its catalog and scaffolder modules: the plugin's config, the loading of
 * the standard's sources, the client for the accepted standard, and the
 * catalog entities made from it.
 *
 * @packageDocumentation
 */

export {
  readStandardArchitectureConfig,
  DEFAULT_CATALOG_SCHEDULE,
} from './config';
export type { StandardArchitectureConfig } from './config';
export type { ConfiguredBaseImageRules } from './baseImageRulesConfig';
export {
  StandardLoader,
  UnreadableSourceError,
  bundledEditionFiles,
} from './StandardLoader';
export { StandardApiClient } from './StandardApiClient';
export type { StandardDocument } from './StandardApiClient';
export { standardToEntities } from './standardEntities';
export type { StandardEntityOptions } from './standardEntities';
