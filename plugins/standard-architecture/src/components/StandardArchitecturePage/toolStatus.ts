import {
  Tool,
  ToolLifecycle,
  ToolStatus,
} from '@internal/plugin-standard-architecture-common';
import { DisplayStatus } from '../StatusChip';

/** How each edition status reads on the page; `kept` reads as recommended. */
export const EDITION_STATUS_DISPLAY: Record<ToolStatus, DisplayStatus> = {
  added: 'added',
  kept: 'recommended',
  'changed-in': 'changed-in',
  caution: 'caution',
  removed: 'removed',
};

/** The statuses the filters offer, in the order a reader scans them. */
export const FILTERABLE_STATUSES: DisplayStatus[] = [
  'recommended',
  'added',
  'changed-in',
  'experimental',
  'caution',
  'deprecated',
  'removed',
];

/**
 * Every chip a tool gets in one edition: its edition status, plus
 * `deprecated` when its catalog lifecycle says so (a removed tool already
 * says it) and `experimental` when the article calls it that.
 */
export function toolDisplayStatuses(
  tool: Tool,
  lifecycle?: ToolLifecycle,
): DisplayStatus[] {
  const statuses: DisplayStatus[] = [EDITION_STATUS_DISPLAY[tool.status]];
  if (tool.status !== 'removed') {
    if (lifecycle === 'deprecated') statuses.push('deprecated');
    if (tool.experimental) statuses.push('experimental');
  }
  return statuses;
}
