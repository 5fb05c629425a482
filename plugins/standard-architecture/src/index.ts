/**
 * The Kubernetes Standard Architecture in Backstage: the layered diagram
 * page, entity cards for services, tools and teams, and a scaffolder field.
 *
 * @packageDocumentation
 */

export { standardArchitecturePlugin, StandardArchitecturePage } from './plugin';
export { StandardArchitectureSidebarItem } from './components/StandardArchitectureSidebarItem';
export { standardArchitectureApiRef } from './api/StandardArchitectureApi';
export type {
  GroupReportOptions,
  PageOptions,
  StandardArchitectureApi,
  ToolDependentsOptions,
} from './api/StandardArchitectureApi';
export { StandardArchitectureClient } from './api/StandardArchitectureClient';
export {
  StandardArchitectureTechRadarClient,
  type StandardArchitectureTechRadarApi,
} from './api/StandardArchitectureTechRadarClient';
export {
  standardArchitectureTranslationRef,
  standardArchitectureTranslations,
} from './translation';
export * from './cards';
export { StandardToolPickerFieldExtension } from './components/StandardToolPicker/extension';
export type { StandardToolPickerUiOptions } from './components/StandardToolPicker/choices';
