import { bundledStandard } from './__testUtils__/bundledStandard';
import { currentEdition, getEdition, listEditions } from './editions';
import { SOURCED_FACTS, ToolStatus } from './schema';

const standard = bundledStandard();

const statuses = (year: number) => {
  const out: Partial<Record<ToolStatus, string[]>> = {};
  for (const tool of getEdition(standard, year)!.tools) {
    (out[tool.status] ??= []).push(tool.id);
  }
  for (const list of Object.values(out)) list!.sort();
  return out;
};

// The selections and statuses as each article publishes them.
const KEPT_2025_TO_2026 = [
  'argo-cd',
  'calico',
  'ceph',
  'cilium',
  'containerd',
  'docker',
  'falco',
  'fluent-bit',
  'github-actions',
  'gitlab',
  'grafana',
  'haproxy',
  'harbor',
  'helm',
  'istio',
  'jenkins',
  'k8gb',
  'keycloak',
  'knative',
  'kubeadm',
  'kubeflow',
  'kubespray',
  'kubevirt',
  'metallb',
  'opentelemetry',
  'prometheus',
  'rook',
  'teleport',
  'terraform',
  'vault',
  'velero',
];

describe('bundled editions', () => {
  it('lists the five editions, oldest first, with the latest as current', () => {
    expect(listEditions(standard).map(e => e.year)).toEqual([
      2022, 2023, 2024, 2025, 2026,
    ]);
    expect(currentEdition(standard).year).toBe(2026);
    for (const e of listEditions(standard)) {
      expect(e.source).toMatch(/^https:\/\//);
      expect(e.title.ko).toContain(String(e.year));
    }
  });

  it('2022: the first edition, every tool kept', () => {
    expect(statuses(2022)).toEqual({
      kept: [
        'argo-cd',
        'calico',
        'ceph',
        'cluster-api',
        'docker',
        'elasticsearch',
        'fluent-bit',
        'github-actions',
        'gitlab',
        'grafana',
        'haproxy',
        'harbor',
        'helm',
        'ingress-nginx',
        'istio',
        'jenkins',
        'kibana',
        'knative',
        'kubeadm',
        'kubeflow',
        'kubespray',
        'lens',
        'metallb',
        'prometheus',
        'rook',
        'vault',
        'velero',
      ],
    });
  });

  it('2023: the security area, Karmada and OpenLens arrive', () => {
    const s = statuses(2023);
    // The source drops Cluster API and adds Karmada; it never says one replaces the other.
    expect(s.added).toEqual([
      'containerd',
      'k8gb',
      'karmada',
      'keycloak',
      'kyverno',
      'terraform',
      'tracee',
      'trivy',
    ]);
    expect(s['changed-in']).toEqual(['openlens']);
    const edition = getEdition(standard, 2023)!;
    expect(edition.tools.find(t => t.id === 'karmada')!.replaces).toBeUndefined();
    expect(
      edition.tools.find(t => t.id === 'cluster-api')!.replacedBy,
    ).toBeUndefined();
    expect(s.removed).toEqual(['cluster-api', 'lens']);
  });

  it('2024: Karmada removed; Cilium, OpenTelemetry and Jaeger added', () => {
    const s = statuses(2024);
    expect(s.removed).toEqual(['karmada']);
    expect(s.added).toEqual(['cilium', 'jaeger', 'opentelemetry']);
    expect(s['changed-in']).toBeUndefined();
  });

  it('2025: Kyverno, Trivy, Tracee and OpenLens out; Teleport and KubeVirt in', () => {
    const s = statuses(2025);
    expect(s.removed).toEqual(['kyverno', 'openlens', 'tracee', 'trivy']);
    expect(s.added).toEqual(['kubevirt', 'teleport']);
    expect(s['changed-in']).toEqual(['falco', 'lens']);
    const edition = getEdition(standard, 2025)!;
    const tool = (id: string) => edition.tools.find(t => t.id === id)!;
    // Trivy now runs inside Harbor: the source says so, not that Harbor replaces it.
    expect(tool('trivy').replacedBy).toBeUndefined();
    expect(tool('tracee').replacedBy).toEqual(['falco']);
    expect(tool('openlens').replacedBy).toEqual(['lens']);
    expect(tool('kubevirt').experimental).toBe(true);
  });

  it('2026: the published removals, replacements, additions and caution', () => {
    expect(statuses(2026)).toEqual({
      kept: KEPT_2025_TO_2026,
      added: ['clickhouse', 'pyroscope', 'strimzi'],
      'changed-in': ['headlamp', 'opensearch', 'tempo'],
      removed: ['elasticsearch', 'jaeger', 'kibana', 'lens'],
      caution: ['ingress-nginx'],
    });
    const nginx = getEdition(standard, 2026)!.tools.find(
      t => t.id === 'ingress-nginx',
    )!;
    // The source gives a month ("after March 2026"): recorded at month precision.
    expect(nginx.endOfLife).toBe('2026-03');
    expect(nginx.successor?.name).toBe('Gateway API');
    expect(nginx.alternatives?.map(a => a.name).join(' ')).toMatch(/Envoy/);
  });

  it('keeps Rook and Ceph as two tools', () => {
    const ids = getEdition(standard, 2026)!.tools.map(t => t.id);
    expect(ids).toContain('rook');
    expect(ids).toContain('ceph');
  });

  it('records the alternatives the articles name', () => {
    const names = new Set(
      standard.editions.flatMap(e =>
        e.tools.flatMap(t => t.alternatives ?? []).map(a => a.name),
      ),
    );
    for (const name of [
      'Longhorn',
      'Podman',
      'CRI-O',
      'OPA',
      'Vector',
      'Loki',
      'Zipkin',
      'OpenTofu',
    ]) {
      expect([...names].some(n => n.includes(name))).toBe(true);
    }
  });

  it('gives every tool a bilingual summary and an SPDX license', () => {
    for (const edition of standard.editions) {
      for (const tool of edition.tools) {
        expect(tool.summary.en.length).toBeGreaterThan(20);
        expect(tool.summary.ko).toMatch(/[가-힣]/);
      }
    }
  });
});

describe('corrected facts (see DATA-CHANGELOG.md)', () => {
  const tool = (year: number, id: string) =>
    getEdition(standard, year)!.tools.find(t => t.id === id)!;

  it("records HAProxy's licence as its LICENSE file states it, in every edition", () => {
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      expect(tool(year, 'haproxy').license).toBe(
        'GPL-2.0-or-later AND LGPL-2.1-only',
      );
    }
    expect(tool(2026, 'haproxy').sources.license).toMatchObject({
      url: 'https://github.com/haproxy/haproxy/blob/master/LICENSE',
    });
  });

  it('records the three licences Elastic offers since August 2024', () => {
    for (const id of ['elasticsearch', 'kibana']) {
      expect(tool(2025, id).license).toBe(
        'AGPL-3.0-only OR SSPL-1.0 OR Elastic-2.0',
      );
    }
  });

  it('keeps Pyroscope out of the Kibana replacement in the 2026 summary', () => {
    const summary = getEdition(standard, 2026)!.summary.en;
    expect(summary).not.toMatch(/Pyroscope[^.]*Kibana/);
    expect(tool(2026, 'kibana').replacedBy).toEqual(['grafana']);
  });

  it('links the 2024 edition to its article', () => {
    expect(getEdition(standard, 2024)!.source).toBe(
      'https://yozm.wishket.com/magazine/detail/2371/',
    );
  });

  it('gives every fact of every tool a source the edition can resolve', () => {
    const problems: string[] = [];
    for (const edition of standard.editions) {
      for (const t of edition.tools) {
        for (const fact of SOURCED_FACTS) {
          const source = t.sources[fact];
          if (t[fact] !== undefined && !source) {
            problems.push(`${edition.year} ${t.id}.${fact}: no source`);
          } else if (
            source &&
            'section' in source &&
            !edition.sections.includes(source.section)
          ) {
            problems.push(`${edition.year} ${t.id}.${fact}: unknown section`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
