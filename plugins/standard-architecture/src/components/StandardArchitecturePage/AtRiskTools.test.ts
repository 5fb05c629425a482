import {
  ToolAdoption,
  ToolVerdict,
  Verdict,
  VERDICT_SEVERITY,
} from '@k8s-standard/plugin-standard-architecture-common';
import { atRiskTools } from './AtRiskTools';

const adoption = (
  tool: string,
  verdict: Verdict,
  deadline?: string,
): ToolAdoption => {
  const judged: ToolVerdict = {
    verdict,
    severity: VERDICT_SEVERITY[verdict],
    ...(deadline && { deadline, deadlineSource: 'standard' as const }),
  };
  return {
    tool,
    name: tool,
    status: verdict === 'caution' ? 'caution' : 'deprecated',
    verdict: judged,
    dependents: 1,
    byOwner: {},
    deadline,
  };
};

describe('atRiskTools', () => {
  it('orders a month deadline at the end of its month', () => {
    expect(
      atRiskTools([
        adoption('no-deadline', 'caution'),
        adoption('ingress-nginx', 'end-of-life', '2026-03'),
        adoption('mid-march', 'caution', '2026-03-15'),
        adoption('april', 'removed', '2026-04-01'),
      ]).map(t => t.tool),
    ).toEqual(['mid-march', 'ingress-nginx', 'april', 'no-deadline']);
  });

  it('keeps the tools whose verdict asks to move or to watch, most urgent first on the same day', () => {
    expect(
      atRiskTools([
        adoption('fine', 'recommended'),
        adoption('trial', 'experimental'),
        adoption('watch', 'caution', '2027-01-01'),
        adoption('gone', 'removed', '2027-01-01'),
        adoption('over', 'end-of-life', '2027-01-01'),
        adoption('rejected', 'deprecated', '2027-01-01'),
      ]).map(t => t.tool),
    ).toEqual(['over', 'gone', 'rejected', 'watch']);
  });

  it('leaves out tools nobody uses', () => {
    expect(
      atRiskTools([{ ...adoption('unused', 'removed'), dependents: 0 }]),
    ).toEqual([]);
  });
});
