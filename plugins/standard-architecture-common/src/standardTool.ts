import { ANNOTATIONS, TOOL_COMPONENT_TYPE } from './annotations';

/**
 * The name of the catalog provider that writes the standard's entities. It
 * is written to every one of them as `standard-architecture.io/provider`.
 * @public
 */
export const STANDARD_PROVIDER_NAME = 'standard-architecture-provider:default';

/**
 * The fields of a catalog entity that tell whether it is a standard tool;
 * structural, so the common package needs no catalog-model dependency.
 * @public
 */
export interface StandardToolCandidate {
  kind: string;
  metadata: { annotations?: Record<string, string> };
  spec?: { [key: string]: unknown };
}

/**
 * Whether an entity is one of the standard's tools: a Component of type
 * `tool` that our provider wrote. `spec.type: tool` alone is not enough: a
 * team may describe its own tooling that way in a catalog-info.yaml, and
 * that entity is theirs, not the standard's.
 * @public
 */
export function isStandardToolEntity(entity: StandardToolCandidate): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    entity.spec?.type === TOOL_COMPONENT_TYPE &&
    entity.metadata.annotations?.[ANNOTATIONS.provider] ===
      STANDARD_PROVIDER_NAME
  );
}
