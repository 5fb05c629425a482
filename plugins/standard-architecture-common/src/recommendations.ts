import { adviseBaseImage, BaseImageAdvice } from './baseImages';
import { currentEdition, latestToolRecords } from './editions';
import {
  deadlineDay,
  LifecycleReason,
  overlayDecision,
  ToolLifecycle,
  toolLifecycle,
} from './lifecycle';
import { BilingualText, ToolStatus } from './schema';
import { ToolVerdict, toolVerdict, Verdict } from './verdict';
import { Standard } from './standard';

/**
 * What a service owner should do about one dependency.
 * @public
 */
export type RecommendationStatus =
  | 'recommended'
  | 'experimental'
  | 'caution'
  | 'deprecated';

/** @public */
export interface ToolRecommendation {
  tool: string;
  name: string;
  status: RecommendationStatus;
  lifecycle: ToolLifecycle;
  lifecycleReason: LifecycleReason;
  /** The tool's status in the edition judged against, if it is in it. */
  editionStatus?: ToolStatus;
  replacement?: {
    tools: Array<{ id: string; name: string }>;
    successor?: { name: string; url: string };
  };
  reason?: BilingualText;
  /** The verdict's deadline, for sorting. */
  deadline?: string;
  /** The one verdict every view shows (see `toolVerdict`). */
  verdict: ToolVerdict;
}

/** @public */
export interface Recommendations {
  edition: number;
  today: string;
  tools: ToolRecommendation[];
  baseImages: BaseImageAdvice[];
  /** Declared base images no rule knows. */
  unknownBaseImages: string[];
}

/** The coarse status of a verdict, for counts by status. */
const STATUS_OF: Record<Verdict, RecommendationStatus> = {
  recommended: 'recommended',
  experimental: 'experimental',
  caution: 'caution',
  deprecated: 'deprecated',
  removed: 'deprecated',
  'end-of-life': 'deprecated',
};

const severity: Record<RecommendationStatus, number> = {
  deprecated: 0,
  caution: 1,
  experimental: 2,
  recommended: 3,
};

/**
 * Orders recommendations: earliest deadline first, then most severe.
 * @public
 */
export function compareRecommendations(
  a: Pick<ToolRecommendation, 'deadline' | 'status' | 'tool'>,
  b: Pick<ToolRecommendation, 'deadline' | 'status' | 'tool'>,
): number {
  if (a.deadline !== b.deadline) {
    if (!a.deadline) return 1;
    if (!b.deadline) return -1;
    return deadlineDay(a.deadline) < deadlineDay(b.deadline) ? -1 : 1;
  }
  return (
    severity[a.status] - severity[b.status] || a.tool.localeCompare(b.tool)
  );
}

/**
 * Recommendations for a set of dependencies (tool ids; ids the standard does
 * not know are ignored) and declared base images.
 * @public
 */
export function recommend(
  standard: Standard,
  input: { tools: string[]; baseImages?: string[] },
  options: { edition?: number; today: string; migrationWindowMonths?: number },
): Recommendations {
  const edition = currentEdition(standard, options.edition);
  const upToEdition = standard.editions.filter(e => e.year <= edition.year);
  const records = new Map(
    latestToolRecords({ ...standard, editions: upToEdition }).map(r => [
      r.tool.id,
      r,
    ]),
  );
  const nameOf = (id: string) => records.get(id)?.tool.name ?? id;

  const tools = [...new Set(input.tools)].flatMap(id => {
    const record = records.get(id);
    if (!record) return [];
    const inEdition = edition.tools.find(t => t.id === id);
    // A tool missing from this edition was dropped earlier: its last record says why.
    const tool = inEdition ?? record.tool;
    const life = toolLifecycle(standard, id, edition, options.today);
    const decision = overlayDecision(standard, id);
    const replacedBy = decision?.replacedBy ?? tool.replacedBy ?? [];
    const verdict = toolVerdict(standard, id, {
      today: options.today,
      edition: edition.year,
      migrationWindowMonths: options.migrationWindowMonths,
    });
    const recommendation: ToolRecommendation = {
      tool: id,
      name: tool.name,
      status: STATUS_OF[verdict.verdict],
      verdict,
      lifecycle: life.lifecycle,
      lifecycleReason: life.reason,
      ...(inEdition && { editionStatus: inEdition.status }),
      ...((replacedBy.length > 0 || tool.successor) && {
        replacement: {
          tools: replacedBy.map(r => ({ id: r, name: nameOf(r) })),
          ...(tool.successor && { successor: tool.successor }),
        },
      }),
      reason: decision?.reason ?? tool.statusReason ?? tool.summary,
      ...(verdict.deadline && { deadline: verdict.deadline }),
    };
    return [recommendation];
  });

  const baseImages: BaseImageAdvice[] = [];
  const unknownBaseImages: string[] = [];
  for (const image of input.baseImages ?? []) {
    const advice =
      standard.baseImages && adviseBaseImage(standard.baseImages, image);
    if (advice) baseImages.push(advice);
    else unknownBaseImages.push(image);
  }

  return {
    edition: edition.year,
    today: options.today,
    tools: tools.sort(compareRecommendations),
    baseImages,
    unknownBaseImages,
  };
}
