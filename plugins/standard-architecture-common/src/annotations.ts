/**
 * Annotations the catalog module writes on tool entities, and the one teams
 * put on their own services. One prefix so they are easy to find and filter.
 * @public
 */
export const ANNOTATION_PREFIX = 'standard-architecture.io';

/** @public */
export const ANNOTATIONS = {
  /** The provider that wrote the entity, e.g. `standard-architecture-provider:default`. */
  provider: `${ANNOTATION_PREFIX}/provider`,
  /** The tool's id in the standard's data. */
  toolId: `${ANNOTATION_PREFIX}/tool-id`,
  /** SPDX license expression. */
  license: `${ANNOTATION_PREFIX}/license`,
  /** Status in the current edition: added, kept, changed-in, caution, removed; `absent` when it left earlier. */
  status: `${ANNOTATION_PREFIX}/status`,
  /** Why the lifecycle is what it is (see `LifecycleReason`). */
  lifecycleReason: `${ANNOTATION_PREFIX}/lifecycle-reason`,
  /** Comma-separated years the tool appears in. */
  editions: `${ANNOTATION_PREFIX}/editions`,
  /** Comma-separated entity refs of the replacements. */
  replacedBy: `${ANNOTATION_PREFIX}/replaced-by`,
  /** The non-tool successor, such as Gateway API. */
  successor: `${ANNOTATION_PREFIX}/successor`,
  /** YYYY-MM-DD, or YYYY-MM where the source gives only a month. */
  endOfLife: `${ANNOTATION_PREFIX}/end-of-life`,
  /** The version of the data the entity was built from (`data/dataset.yaml`). */
  dataVersion: `${ANNOTATION_PREFIX}/data-version`,
  stars: `${ANNOTATION_PREFIX}/github-stars`,
  starsAsOf: `${ANNOTATION_PREFIX}/github-stars-as-of`,
  /** The Korean description. */
  descriptionKo: `${ANNOTATION_PREFIX}/description-ko`,
  /** Set by teams on their services: comma-separated base images, e.g. `openjdk:21`. */
  baseImage: `${ANNOTATION_PREFIX}/base-image`,
} as const;

/**
 * The well-known GitHub annotation, so GitHub plugins work on tool entities.
 * @public
 */
export const GITHUB_PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';

/**
 * The `spec.type` of tool components.
 * @public
 */
export const TOOL_COMPONENT_TYPE = 'tool';

/**
 * The namespace of the tool entities unless configured otherwise
 * (`standardArchitecture.entityNamespace`).
 * @public
 */
export const DEFAULT_TOOL_NAMESPACE = 'default';

/**
 * The catalog ref of a tool's entity, e.g. `component:default/jaeger`.
 * @public
 */
export function toolEntityRef(
  toolId: string,
  namespace: string = DEFAULT_TOOL_NAMESPACE,
): string {
  return `component:${namespace}/${toolId}`;
}

/**
 * The tool id in a tool entity's ref, or undefined for any other ref.
 * @public
 */
export function toolIdOfEntityRef(
  entityRef: string,
  namespace: string = DEFAULT_TOOL_NAMESPACE,
): string | undefined {
  const prefix = `component:${namespace}/`;
  return entityRef.startsWith(prefix) && entityRef.length > prefix.length
    ? entityRef.slice(prefix.length)
    : undefined;
}
