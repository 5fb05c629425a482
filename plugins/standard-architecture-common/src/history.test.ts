import { bundledStandard } from './__testUtils__/bundledStandard';
import { toolHistory } from './history';

const standard = bundledStandard();

describe('toolHistory', () => {
  it('lists every edition a tool appears in, sorted by year', () => {
    expect(toolHistory(standard, 'lens').map(h => [h.year, h.status])).toEqual([
      [2022, 'kept'],
      [2023, 'removed'],
      [2025, 'changed-in'],
      [2026, 'removed'],
    ]);
    const nginx = toolHistory(standard, 'ingress-nginx');
    expect(nginx.map(h => h.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(nginx[4]).toMatchObject({
      status: 'caution',
      layer: 'networking',
      category: 'l4-l7-network',
    });
  });

  it('is empty for an unknown tool', () => {
    expect(toolHistory(standard, 'nope')).toEqual([]);
  });
});
