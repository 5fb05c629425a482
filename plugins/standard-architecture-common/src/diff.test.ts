import { bundledStandard } from './__testUtils__/bundledStandard';
import { diffEditions } from './diff';

const standard = bundledStandard();
const ids = (changes: Array<{ tool: string }>) =>
  changes.map(c => c.tool).sort();

describe('diffEditions', () => {
  it('2025 → 2026 is exactly the published set of changes', () => {
    const diff = diffEditions(standard, 2025, 2026);
    expect(ids(diff.added)).toEqual(['clickhouse', 'pyroscope', 'strimzi']);
    expect(ids(diff.changed)).toEqual(['headlamp', 'opensearch', 'tempo']);
    expect(ids(diff.removed)).toEqual([
      'elasticsearch',
      'jaeger',
      'kibana',
      'lens',
    ]);
    expect(ids(diff.caution)).toEqual(['ingress-nginx']);
    expect(diff.changed.find(c => c.tool === 'headlamp')?.replaces).toEqual([
      'lens',
    ]);
    expect(diff.removed.find(c => c.tool === 'kibana')?.replacedBy).toEqual([
      'grafana',
    ]);
    for (const change of [
      ...diff.added,
      ...diff.changed,
      ...diff.removed,
      ...diff.caution,
    ]) {
      expect(change.reason?.en).toBeTruthy();
      expect(change.reason?.ko).toBeTruthy();
      expect(change.year).toBe(2026);
    }
  });

  it('2024 → 2025 matches the article', () => {
    const diff = diffEditions(standard, 2024, 2025);
    expect(ids(diff.added)).toEqual(['kubevirt', 'teleport']);
    expect(ids(diff.changed)).toEqual(['falco', 'lens']);
    expect(ids(diff.removed)).toEqual([
      'kyverno',
      'openlens',
      'tracee',
      'trivy',
    ]);
    expect(diff.caution).toEqual([]);
  });

  it('spans several editions, taking reasons from the edition that made each change', () => {
    const diff = diffEditions(standard, 2023, 2026);
    expect(ids(diff.removed)).toEqual([
      'elasticsearch',
      'karmada',
      'kibana',
      'kyverno',
      'openlens',
      'tracee',
      'trivy',
    ]);
    expect(diff.removed.find(c => c.tool === 'karmada')?.year).toBe(2024);
    // Lens left in 2023 and came back in 2025 only to leave again: absent at both ends.
    expect(ids(diff.added)).toContain('headlamp');
    expect(ids(diff.added)).not.toContain('lens');
  });

  it('reversed, reports what the older edition had that the newer lacks as added', () => {
    const diff = diffEditions(standard, 2026, 2025);
    expect(ids(diff.added)).toEqual([
      'elasticsearch',
      'jaeger',
      'kibana',
      'lens',
    ]);
    expect(ids(diff.removed)).toEqual([
      'clickhouse',
      'headlamp',
      'opensearch',
      'pyroscope',
      'strimzi',
      'tempo',
    ]);
  });

  it('is empty for one edition against itself and rejects unknown years', () => {
    const same = diffEditions(standard, 2026, 2026);
    expect([same.added, same.removed, same.changed, same.caution]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(() => diffEditions(standard, 2019, 2026)).toThrow('No edition 2019');
  });
});
