import {
  Entity,
  parseEntityRef,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import { ANNOTATIONS } from '@k8s-standard/plugin-standard-architecture-common';
import { DependencyTarget } from './serviceFacts';

/** `spec.type`s of Components that are software of your own, not tools. */
export const SERVICE_TYPES: readonly string[] = ['service', 'website'];

/** The Components an entity depends on (its `dependsOn` relations). */
export function componentDependencies(entity: Entity): string[] {
  return [
    ...new Set(
      (entity.relations ?? [])
        .filter(r => r.type === RELATION_DEPENDS_ON)
        .map(r => r.targetRef)
        .filter(ref => parseEntityRef(ref).kind.toLowerCase() === 'component'),
    ),
  ];
}

/** What a `dependsOn` target is, from its catalog entity (or its absence). */
export function classifyDependencyTarget(
  entity: Entity | null | undefined,
): DependencyTarget {
  if (!entity) return 'missing';
  if (entity.metadata.annotations?.[ANNOTATIONS.toolId]) return 'standard-tool';
  const type = (entity.spec as { type?: unknown } | undefined)?.type;
  if (typeof type === 'string' && SERVICE_TYPES.includes(type.toLowerCase())) {
    return 'service';
  }
  return 'other';
}
