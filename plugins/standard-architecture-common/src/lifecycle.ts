import { Edition, OverlayDecision, Tool } from './schema';
import { Standard } from './standard';

/**
 * The catalog's `spec.lifecycle` values this plugin uses.
 * @public
 */
export type ToolLifecycle = 'production' | 'experimental' | 'deprecated';

/**
 * Why a tool got its lifecycle, for annotations and UI.
 * @public
 */
export type LifecycleReason =
  | 'selected'
  | 'experimental'
  | 'removed'
  | 'end-of-life'
  | 'not-yet-selected'
  | 'organisation-approved'
  | 'organisation-allowed'
  | 'organisation-allowance-expired'
  | 'organisation-rejected';

/** @public */
export interface LifecycleResult {
  lifecycle: ToolLifecycle;
  reason: LifecycleReason;
  /** The date after which the tool is deprecated, when one is known. */
  deadline?: string;
}

/**
 * The lifecycle of a tool as of an edition and a day. See the package README
 * for the table this implements; the organisation's overlay comes first.
 * @public
 */
export function toolLifecycle(
  standard: Standard,
  toolId: string,
  edition: Edition,
  today: string,
): LifecycleResult {
  const decision = overlayDecision(standard, toolId);
  // `migrate` only sets a deadline: the standard's lifecycle stands.
  if (decision && decision.decision !== 'migrate') {
    return fromDecision(decision, today);
  }

  const tool = edition.tools.find(t => t.id === toolId);
  if (!tool) {
    const appearedBefore = standard.editions.some(
      e => e.year < edition.year && e.tools.some(t => t.id === toolId),
    );
    return appearedBefore
      ? { lifecycle: 'deprecated', reason: 'removed' }
      : { lifecycle: 'experimental', reason: 'not-yet-selected' };
  }
  return fromTool(tool, today);
}

function fromTool(tool: Tool, today: string): LifecycleResult {
  const deadline = tool.endOfLife;
  if (tool.status === 'removed') {
    return { lifecycle: 'deprecated', reason: 'removed', deadline };
  }
  if (deadline && isPastDeadline(deadline, today)) {
    return { lifecycle: 'deprecated', reason: 'end-of-life', deadline };
  }
  if (tool.experimental) {
    return { lifecycle: 'experimental', reason: 'experimental', deadline };
  }
  return { lifecycle: 'production', reason: 'selected', deadline };
}

function fromDecision(
  decision: OverlayDecision,
  today: string,
): LifecycleResult {
  switch (decision.decision) {
    case 'approved':
      return { lifecycle: 'production', reason: 'organisation-approved' };
    case 'rejected':
      return { lifecycle: 'deprecated', reason: 'organisation-rejected' };
    default:
      return decision.until && decision.until < today
        ? {
            lifecycle: 'deprecated',
            reason: 'organisation-allowance-expired',
            deadline: decision.until,
          }
        : {
            lifecycle: 'production',
            reason: 'organisation-allowed',
            deadline: decision.until,
          };
  }
}

/** @public */
export function overlayDecision(
  standard: Standard,
  toolId: string,
): OverlayDecision | undefined {
  return standard.overlay?.decisions.find(d => d.tool === toolId);
}

/**
 * The last day a deadline covers: the day itself, or the last day of the
 * month when the source gives only a month (`2026-03` → `2026-03-31`).
 * @public
 */
export function deadlineDay(deadline: string): string {
  if (deadline.length !== 7) return deadline;
  const [year, month] = deadline.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Whether a deadline (a day or a month) is over on `today`.
 * @public
 */
export function isPastDeadline(deadline: string, today: string): boolean {
  return deadlineDay(deadline) < today;
}

/**
 * Today as YYYY-MM-DD in UTC, the form every date in the data uses.
 * @public
 */
export function isoDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
