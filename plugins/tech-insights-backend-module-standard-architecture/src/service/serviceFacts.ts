import {
  isDistrolessImage,
  RecommendationsResponse,
  toolEntityRef,
  toolIdOfEntityRef,
  Verdict,
} from '@k8s-standard/plugin-standard-architecture-common';

/** The facts stored for one service, named as in the fact schema. @public */
export interface StandardArchitectureFacts {
  deprecatedToolCount: number;
  cautionToolCount: number;
  endOfLifeToolCount: number;
  toolsOutsideStandard: string[];
  distrolessRuntimeImage: boolean;
  standardDataVersion: string;
  standardEdition: number;
}

/** What the catalog says a `dependsOn` target is. */
export type DependencyTarget =
  /** One of the standard's tool entities. */
  | 'standard-tool'
  /** Software of your own (`spec.type` service or website): not a tool. */
  | 'service'
  /** Any other Component, e.g. a library or a tool the standard does not list. */
  | 'other'
  /** Not in the catalog. */
  | 'missing';

/** Which verdicts each count adds up; a verdict not listed is not counted. @public */
export const COUNTED_VERDICTS: Record<
  'deprecatedToolCount' | 'cautionToolCount' | 'endOfLifeToolCount',
  readonly Verdict[]
> = {
  deprecatedToolCount: ['deprecated', 'removed'],
  cautionToolCount: ['caution'],
  endOfLifeToolCount: ['end-of-life'],
};

export interface ServiceFactsInput {
  /** The service's `dependsOn` targets that are Components, as entity refs. */
  dependsOn: string[];
  /** What each of those targets is (see `classifyDependencyTarget`). */
  targets: ReadonlyMap<string, DependencyTarget>;
  recommendations: RecommendationsResponse;
  /** The data version the answers were judged against. */
  standardDataVersion: string;
  toolNamespace: string;
}

/**
 * One service's facts from its recommendations: counts of its standard tools
 * by verdict, what it depends on outside the standard, and whether it runs
 * on a distroless image.
 */
export function serviceFacts(
  input: ServiceFactsInput,
): StandardArchitectureFacts {
  const { recommendations: r, toolNamespace } = input;
  const count = (verdicts: readonly Verdict[]) =>
    r.tools.filter(t => verdicts.includes(t.verdict.verdict)).length;
  return {
    deprecatedToolCount: count(COUNTED_VERDICTS.deprecatedToolCount),
    cautionToolCount: count(COUNTED_VERDICTS.cautionToolCount),
    endOfLifeToolCount: count(COUNTED_VERDICTS.endOfLifeToolCount),
    toolsOutsideStandard: toolsOutsideStandard(input),
    distrolessRuntimeImage: hasDistrolessRuntime(r),
    standardDataVersion: input.standardDataVersion,
    standardEdition: r.edition,
  };

  function toolsOutsideStandard({ dependsOn, targets }: ServiceFactsInput) {
    const judged = new Set(r.tools.map(t => t.tool));
    const outside = new Set<string>();
    for (const ref of dependsOn) {
      const toolId = toolIdOfEntityRef(ref, toolNamespace);
      if (toolId && judged.has(toolId)) continue;
      const target = targets.get(ref) ?? 'missing';
      if (target === 'standard-tool' || target === 'service') continue;
      outside.add(ref);
    }
    // A repository scan may find tools through the organisation's own
    // detection rules that the standard does not judge.
    for (const [toolId, usage] of Object.entries(r.usage)) {
      if (usage.detected && !usage.declared && !judged.has(toolId)) {
        outside.add(toolEntityRef(toolId, toolNamespace));
      }
    }
    return [...outside].sort();
  }
}

/**
 * True when the runtime images are known and all distroless. A repository
 * scan's final stages win over the declared `standard-architecture.io/base-image`
 * annotation; with neither, the runtime image is unknown and this is false.
 */
function hasDistrolessRuntime(r: RecommendationsResponse): boolean {
  const scanned = r.detectedBaseImages.filter(b => b.final);
  if (scanned.length > 0) return scanned.every(b => b.distroless);
  const declared = [...r.baseImages.map(b => b.image), ...r.unknownBaseImages];
  return declared.length > 0 && declared.every(isDistrolessImage);
}
