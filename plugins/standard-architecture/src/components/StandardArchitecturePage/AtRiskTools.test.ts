import { ToolAdoption } from '@internal/plugin-standard-architecture-common';
import { atRiskTools } from './AtRiskTools';

const atRisk = (tool: string, deadline?: string): ToolAdoption => ({
  tool,
  name: tool,
  status: 'caution',
  dependents: 1,
  byOwner: {},
  deadline,
});

describe('atRiskTools', () => {
  it('orders a month deadline at the end of its month', () => {
    expect(
      atRiskTools([
        atRisk('no-deadline'),
        atRisk('ingress-nginx', '2026-03'),
        atRisk('mid-march', '2026-03-15'),
        atRisk('april', '2026-04-01'),
      ]).map(t => t.tool),
    ).toEqual(['mid-march', 'ingress-nginx', 'april', 'no-deadline']);
  });
});
