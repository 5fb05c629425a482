import { readFileSync } from 'fs';
import { join } from 'path';
import {
  bundledFiles,
  bundledStandard,
  DATA_DIR,
} from './__testUtils__/bundledStandard';
import { currentEdition } from './editions';
import { recommend } from './recommendations';
import { loadStandard } from './standard';
import { formatIssue } from './validationIssue';

const overlayText = readFileSync(
  join(DATA_DIR, 'overlay.example.yaml'),
  'utf8',
);

describe('organisation overlay', () => {
  it('merges its own tools and categories into the latest edition only', () => {
    const standard = bundledStandard(overlayText);
    const latest = currentEdition(standard);
    expect(latest.tools.find(t => t.id === 'backstage')?.category).toBe(
      'internal-platform',
    );
    expect(
      latest.layers.find(l => l.id === 'delivery')?.categories.map(c => c.id),
    ).toContain('internal-platform');
    expect(standard.editions[3].tools.some(t => t.id === 'backstage')).toBe(
      false,
    );
    expect(standard.overlay?.organisation).toBe('Example Corp');
  });

  it('turns decisions into recommendations with the organisation reason and deadline', () => {
    const standard = bundledStandard(overlayText);
    const { tools } = recommend(
      standard,
      { tools: ['calico', 'elasticsearch', 'cilium', 'jaeger'] },
      { today: '2026-11-23' },
    );
    const byId = Object.fromEntries(tools.map(t => [t.tool, t]));
    expect(byId.calico.status).toBe('deprecated');
    expect(byId.calico.replacement?.tools).toEqual([
      { id: 'cilium', name: 'Cilium' },
    ]);
    // Allowed for a while is a caution with the organisation's deadline.
    expect(byId.elasticsearch.status).toBe('caution');
    expect(byId.elasticsearch.verdict).toEqual({
      verdict: 'caution',
      severity: 'warning',
      deadline: '2027-06-30',
      deadlineSource: 'overlay',
    });
    expect(byId.elasticsearch.deadline).toBe('2027-06-30');
    // Removed by the standard; the organisation sets when to be off it.
    expect(byId.jaeger.verdict).toEqual({
      verdict: 'removed',
      severity: 'critical',
      deadline: '2027-03',
      deadlineSource: 'overlay',
    });
    expect(byId.elasticsearch.reason?.en).toMatch(/OpenSearch migration/);
    expect(byId.cilium.status).toBe('recommended');
  });

  it('is validated like the rest: unknown tools and categories are named', () => {
    const bad = overlayText
      .replace('tool: calico', 'tool: calicoo')
      .replace('category: internal-platform', 'category: nowhere');
    const result = loadStandard({
      ...bundledFiles(),
      overlay: { source: 'overlay.yaml', content: bad },
    });
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.issues.map(formatIssue);
    expect(lines).toContain(
      'overlay.yaml:decisions[1].tool: refers to unknown tool "calicoo" (line 10, column 11)',
    );
    expect(lines).toContain(
      'overlay.yaml:tools[0].category: unknown category "nowhere"; declare it under layers (line 38, column 15)',
    );
  });
});
