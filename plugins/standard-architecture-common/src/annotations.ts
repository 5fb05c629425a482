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
  /** YYYY-MM-DD. */
  endOfLife: `${ANNOTATION_PREFIX}/end-of-life`,
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
