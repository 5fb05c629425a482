import { SEVERITY_COLOURS } from '../../VerdictChip';
import { contrastRatio } from './colour';
import { initials, toolLogo } from './logos';
import { PALETTE } from './palette';

describe('the diagram palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each<[string, string, string]>([
    ['tile text on a tile', PALETTE.tileText, PALETTE.tileBackground],
    [
      'tile text on a removed tile',
      PALETTE.tileText,
      PALETTE.removedBackground,
    ],
    [
      'dimmed text on a dimmed tile',
      PALETTE.dimmedText,
      PALETTE.dimmedBackground,
    ],
    ['arrow text on a tile', PALETTE.arrowText, PALETTE.tileBackground],
    [
      'arrow text on a removed tile',
      PALETTE.arrowText,
      PALETTE.removedBackground,
    ],
    [
      'arrow text on a dimmed tile',
      PALETTE.arrowText,
      PALETTE.dimmedBackground,
    ],
    ['category names on a band', PALETTE.categoryText, PALETTE.bandBackground],
    ['layer names', PALETTE.layerText, PALETTE.layerBackground],
    ['badge counts', PALETTE.badgeText, PALETTE.badgeBackground],
    ['initials', PALETTE.initialsText, PALETTE.initialsBackground],
    ['the title', PALETTE.title, PALETTE.canvas],
    ['the team mark', PALETTE.teamText, PALETTE.team],
    ...Object.entries(SEVERITY_COLOURS).map(
      ([severity, colour]) =>
        [`verdict marks (${severity})`, PALETTE.markText, colour] as [
          string,
          string,
          string,
        ],
    ),
  ])('keeps %s at WCAG AA contrast', (_what, text, background) => {
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps outlines and focus rings visible (3:1 for graphics)', () => {
    expect(
      contrastRatio(PALETTE.focus, PALETTE.bandBackground),
    ).toBeGreaterThanOrEqual(3);
    expect(
      contrastRatio(PALETTE.team, PALETTE.tileBackground),
    ).toBeGreaterThanOrEqual(3);
    expect(
      contrastRatio(PALETTE.removedBorder, PALETTE.removedBackground),
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('logos', () => {
  it.each([
    'kubeadm',
    'terraform',
    'containerd',
    'cilium',
    'ingress-nginx',
    'istio',
    'ceph',
    'rook',
    'vault',
    'keycloak',
    'falco',
    'github-actions',
    'jenkins',
    'gitlab',
    'argo-cd',
    'harbor',
    'docker',
    'helm',
    'lens',
    'prometheus',
    'fluent-bit',
    'opensearch',
    'opentelemetry',
    'grafana',
    'knative',
    'clickhouse',
    'elasticsearch',
    'kibana',
    'jaeger',
    'trivy',
  ])('draws the project logo of %s, readable on a tile', id => {
    const logo = toolLogo(id, id);
    expect(logo.kind).toBe('icon');
    if (logo.kind !== 'icon') return;
    expect(logo.path).toMatch(/^[Mm]/);
    expect(
      contrastRatio(logo.colour, PALETTE.tileBackground),
    ).toBeGreaterThanOrEqual(3);
  });

  it('gives initials where Simple Icons has no logo of the project', () => {
    expect(toolLogo('strimzi', 'Strimzi')).toEqual({
      kind: 'initials',
      text: 'St',
    });
    expect(toolLogo('tempo', 'Tempo')).toEqual({
      kind: 'initials',
      text: 'Te',
    });
    expect(initials('Ingress NGINX Controller')).toBe('IN');
    expect(initials('k8gb')).toBe('K8');
    expect(initials('헤드램프')).toBe('헤드');
  });

  it('darkens a brand colour too light for a white tile', () => {
    // Vault's brand yellow (#FFEC6E) would vanish.
    const vault = toolLogo('vault', 'Vault');
    expect(vault.kind === 'icon' && vault.colour).toBe(PALETTE.logoFallback);
    const grafana = toolLogo('grafana', 'Grafana');
    expect(grafana.kind === 'icon' && grafana.colour).toBe('#F46800');
  });
});
