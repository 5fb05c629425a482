import {
  EditionResponse,
  isoDay,
  ToolVerdict,
  toolVerdict,
  Verdict,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * A tool's verdict in an edition as the API sends it. A backend from before
 * verdicts sends none: then it is judged here from the edition alone (no
 * overlay), so the views still show one verdict.
 */
export function editionToolVerdict(
  edition: EditionResponse,
  toolId: string,
  today: string = isoDay(),
): ToolVerdict {
  return (
    edition.verdicts?.[toolId] ??
    toolVerdict({ editions: [edition] }, toolId, { today })
  );
}

/** Most urgent first, as a reader scans for trouble. */
export const VERDICTS_BY_URGENCY: Verdict[] = [
  'end-of-life',
  'removed',
  'deprecated',
  'caution',
  'experimental',
  'recommended',
];

/** Sorts verdicts most urgent first (for table columns). */
export function compareVerdicts(a: ToolVerdict, b: ToolVerdict): number {
  return (
    VERDICTS_BY_URGENCY.indexOf(a.verdict) -
    VERDICTS_BY_URGENCY.indexOf(b.verdict)
  );
}

/** A verdict that asks to move off the tool, or to watch it closely. */
export function isAtRisk(verdict: ToolVerdict): boolean {
  return verdict.severity === 'critical' || verdict.severity === 'warning';
}
