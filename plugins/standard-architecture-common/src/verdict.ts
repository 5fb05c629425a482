import { currentEdition } from './editions';
import { isPastDeadline, overlayDecision } from './lifecycle';
import { Edition, Tool } from './schema';
import { Standard } from './standard';

/**
 * What the standard says about using a tool, as every view shows it.
 * @public
 */
export const VERDICTS = [
  'recommended',
  'experimental',
  'caution',
  'deprecated',
  'removed',
  'end-of-life',
] as const;

/** @public */
export type Verdict = (typeof VERDICTS)[number];

/**
 * The label of each verdict: the frontend's translations use exactly these.
 * @public
 */
export const VERDICT_LABELS: Record<Verdict, { en: string; ko: string }> = {
  recommended: { en: 'Recommended', ko: '권장' },
  experimental: { en: 'Experimental', ko: '실험적' },
  caution: { en: 'Caution', ko: '주의' },
  deprecated: { en: 'Deprecated', ko: '사용 중단' },
  removed: { en: 'Removed', ko: '제외됨' },
  'end-of-life': { en: 'End of life', ko: '지원 종료' },
};

/**
 * How urgent a verdict is: `critical` means move off it.
 * @public
 */
export type VerdictSeverity = 'ok' | 'info' | 'warning' | 'critical';

/** @public */
export const VERDICT_SEVERITY: Record<Verdict, VerdictSeverity> = {
  recommended: 'ok',
  experimental: 'info',
  caution: 'warning',
  deprecated: 'critical',
  removed: 'critical',
  'end-of-life': 'critical',
};

/**
 * Where a deadline comes from: the edition's data (an end of life), the
 * organisation's overlay, or the default migration window.
 * @public
 */
export type DeadlineSource = 'standard' | 'overlay' | 'default';

/** @public */
export interface ToolVerdict {
  verdict: Verdict;
  severity: VerdictSeverity;
  /** A day, or a month where the source gives only a month. */
  deadline?: string;
  deadlineSource?: DeadlineSource;
  /** The deadline is over. */
  overdue?: boolean;
}

/** @public */
export interface VerdictOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** The edition to judge against; default the latest. */
  edition?: number;
  /**
   * Months to move off a removed or rejected tool when neither the overlay
   * nor the data gives a deadline, counted from the edition that removed it.
   */
  migrationWindowMonths?: number;
}

/** @public */
export const DEFAULT_MIGRATION_WINDOW_MONTHS = 12;

/**
 * The one verdict on a tool for an edition, a day and the organisation's
 * overlay. The overlay decides first; then the edition: removed, past its
 * end of life (whatever its status), caution, experimental, recommended.
 * @public
 */
export function toolVerdict(
  standard: Standard,
  toolId: string,
  options: VerdictOptions,
): ToolVerdict {
  const edition = currentEdition(standard, options.edition);
  const window =
    options.migrationWindowMonths ?? DEFAULT_MIGRATION_WINDOW_MONTHS;
  const decision = overlayDecision(standard, toolId);
  const judged = (
    verdict: Verdict,
    deadline?: string,
    deadlineSource?: DeadlineSource,
  ): ToolVerdict => ({
    verdict,
    severity: VERDICT_SEVERITY[verdict],
    ...(deadline && {
      deadline,
      deadlineSource,
      ...(isPastDeadline(deadline, options.today) && { overdue: true }),
    }),
  });

  if (decision?.decision === 'approved') return judged('recommended');
  if (decision?.decision === 'allowed') {
    if (!decision.until) return judged('caution');
    return isPastDeadline(decision.until, options.today)
      ? judged('deprecated', decision.until, 'overlay')
      : judged('caution', decision.until, 'overlay');
  }
  // A migration deadline of the organisation's, else the data's, else the default.
  const migrationDeadline = (
    dataDeadline: string | undefined,
    removedIn: Edition | undefined,
  ): [string | undefined, DeadlineSource | undefined] => {
    if (decision?.deadline) return [decision.deadline, 'overlay'];
    if (dataDeadline) return [dataDeadline, 'standard'];
    if (removedIn) return [addMonths(removedIn.published, window), 'default'];
    return [undefined, undefined];
  };
  if (decision?.decision === 'rejected') {
    return judged('deprecated', ...migrationDeadline(undefined, edition));
  }

  const tool = edition.tools.find(t => t.id === toolId);
  if (tool) return fromEditionTool(tool, edition);

  const earlier = standard.editions.filter(
    e => e.year < edition.year && e.tools.some(t => t.id === toolId),
  );
  if (earlier.length === 0) return judged('experimental');
  // Absent now, listed before: removed by the first edition without it.
  const last = earlier[earlier.length - 1];
  const removedIn = standard.editions.find(
    e => e.year > last.year && e.year <= edition.year,
  );
  const record = last.tools.find(t => t.id === toolId)!;
  return judged('removed', ...migrationDeadline(record.endOfLife, removedIn));

  function fromEditionTool(t: Tool, e: Edition): ToolVerdict {
    if (t.status === 'removed') {
      return judged('removed', ...migrationDeadline(t.endOfLife, e));
    }
    if (t.endOfLife && isPastDeadline(t.endOfLife, options.today)) {
      return judged('end-of-life', t.endOfLife, 'standard');
    }
    const deadline = t.endOfLife;
    const source = deadline ? 'standard' : undefined;
    if (t.status === 'caution') return judged('caution', deadline, source);
    if (t.experimental) return judged('experimental', deadline, source);
    return judged('recommended', deadline, source);
  }
}

/** Every tool of an edition with its verdict, by tool id. @public */
export function editionVerdicts(
  standard: Standard,
  options: VerdictOptions,
): Record<string, ToolVerdict> {
  const edition = currentEdition(standard, options.edition);
  return Object.fromEntries(
    edition.tools.map(t => [t.id, toolVerdict(standard, t.id, options)]),
  );
}

/** `2025-12-18` plus 12 months is `2026-12-18`; month ends clamp. */
function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
