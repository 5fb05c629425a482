import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  TOOL_COMPONENT_TYPE,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * Whether an entity is a tool of the standard: a Component of type `tool`.
 * Kept apart from the tab so `cards.ts` can export it without loading the tab.
 * @public
 */
export function isStandardTool(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    entity.spec?.type === TOOL_COMPONENT_TYPE
  );
}

/** The tool id of a tool entity: its tool-id annotation, else its name. */
export function toolIdOf(entity: Entity): string {
  return (
    entity.metadata.annotations?.[ANNOTATIONS.toolId] ?? entity.metadata.name
  );
}
