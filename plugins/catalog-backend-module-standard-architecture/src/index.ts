/**
 * Catalog module for the Kubernetes Standard Architecture: provides the
 * standard the plugin accepted as a Domain, a System per layer and a
 * Component per tool, and relates replaced tools to their replacements.
 *
 * @packageDocumentation
 */

export { catalogModuleStandardArchitecture as default } from './catalogModule';
export { catalogModuleStandardArchitecture } from './catalogModule';
export { StandardArchitectureEntityProvider } from './StandardArchitectureEntityProvider';
export {
  ReplacementRelationProcessor,
  RELATION_REPLACED_BY,
  RELATION_REPLACES,
} from './ReplacementRelationProcessor';
