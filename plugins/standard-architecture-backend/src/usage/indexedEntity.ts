import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  DEFAULT_TOOL_NAMESPACE,
  isStandardToolEntity,
  STANDARD_PROVIDER_NAME,
  toolIdOfEntityRef,
} from '@k8s-standard/plugin-standard-architecture-common';
import { IndexedEntity } from '../database/UsageIndex';

/** Enough to tell whether an entity changed since it was indexed. */
export const LIGHT_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.etag',
  'spec.type',
  // Only this annotation, not all of them: it tells the standard's tools
  // from hand-written `type: tool` Components (the catalog reads the
  // dotted annotation key as one key).
  `metadata.annotations.${ANNOTATIONS.provider}`,
];

/** The standard's own Domain and Systems (and tools): not users of tools. */
export function isProvidedByStandard(entity: Entity): boolean {
  return (
    entity.metadata.annotations?.[ANNOTATIONS.provider] ===
    STANDARD_PROVIDER_NAME
  );
}

/** What the index keeps; owners and dependencies come from relations. */
export const INDEX_FIELDS = [
  ...LIGHT_FIELDS,
  'metadata.title',
  'metadata.annotations',
  'relations',
];

/**
 * The standard's own tool entities are what is used, never users. A
 * hand-written Component with `spec.type: tool` is not one of them: it is
 * indexed like any other entity, with the tools it depends on.
 */
export function isStandardTool(entity: Entity): boolean {
  return isStandardToolEntity(entity);
}

/** The index record of a catalog entity (fetched with INDEX_FIELDS). */
export function toIndexedEntity(
  entity: Entity,
  toolNamespace: string = DEFAULT_TOOL_NAMESPACE,
): IndexedEntity {
  const relations = entity.relations ?? [];
  const target = (type: string) =>
    relations.find(r => r.type === type)?.targetRef;
  return {
    entityRef: stringifyEntityRef(entity),
    kind: entity.kind,
    type: (entity.spec as { type?: string } | undefined)?.type,
    owner: target(RELATION_OWNED_BY),
    system: target(RELATION_PART_OF),
    title: entity.metadata.title,
    etag: entity.metadata.etag,
    baseImages: (entity.metadata.annotations?.[ANNOTATIONS.baseImage] ?? '')
      .split(',')
      .map(s => s.trim())
      .filter(Boolean),
    sourceLocation: sourceLocation(entity),
    declaredTools: [
      ...new Set(
        relations
          .filter(r => r.type === RELATION_DEPENDS_ON)
          .map(r => toolIdOfEntityRef(r.targetRef, toolNamespace))
          .filter((id): id is string => Boolean(id)),
      ),
    ],
  };
}

/**
 * Where the entity's repository is: `backstage.io/source-location`, else
 * the folder of the `url:` location it was read from. Undefined otherwise.
 */
export function sourceLocation(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const source = annotations[ANNOTATION_SOURCE_LOCATION];
  if (source?.startsWith('url:')) return source.slice(4);
  const location = annotations[ANNOTATION_LOCATION];
  if (location?.startsWith('url:')) {
    try {
      return new URL('.', location.slice(4)).toString();
    } catch {
      return undefined;
    }
  }
  return undefined;
}
