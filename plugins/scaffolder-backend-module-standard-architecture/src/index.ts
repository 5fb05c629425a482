/**
 * Scaffolder module for the Kubernetes Standard Architecture: the
 * `standard-architecture:check` action.
 *
 * @packageDocumentation
 */

export { scaffolderModuleStandardArchitecture as default } from './scaffolderModule';
export { scaffolderModuleStandardArchitecture } from './scaffolderModule';
