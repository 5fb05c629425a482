import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  isStandardToolEntity,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * Whether an entity is a tool of the standard: a Component of type `tool`
 * written by the standard's catalog provider (its
 * `standard-architecture.io/provider` annotation). A hand-written Component
 * with `spec.type: tool` from another location is an ordinary entity.
 * Kept apart from the tab so `cards.ts` can export it without loading the tab.
 * @public
 */
export function isStandardTool(entity: Entity): boolean {
  return isStandardToolEntity(entity);
}

/** The tool id of a tool entity: its tool-id annotation, else its name. */
export function toolIdOf(entity: Entity): string {
  return (
    entity.metadata.annotations?.[ANNOTATIONS.toolId] ?? entity.metadata.name
  );
}
