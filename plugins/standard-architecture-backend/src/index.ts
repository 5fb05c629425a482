/**
 * The Kubernetes Standard Architecture backend: a REST API plugin, a catalog
 * module that ingests the standard as entities, and a scaffolder module with
 * the `standard-architecture:check` action.
 *
 * @packageDocumentation
 */

export { standardArchitecturePlugin as default } from './plugin';
export { catalogModuleStandardArchitecture } from './catalog/catalogModule';
export { scaffolderModuleStandardArchitecture } from './scaffolder/scaffolderModule';
export { StandardArchitectureEntityProvider } from './catalog/StandardArchitectureEntityProvider';
export { standardToEntities } from './catalog/standardEntities';
export type { StandardEntityOptions } from './catalog/standardEntities';
export {
  ReplacementRelationProcessor,
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
} from './catalog/ReplacementRelationProcessor';
export type { StandardDocument } from './lib/StandardApiClient';
