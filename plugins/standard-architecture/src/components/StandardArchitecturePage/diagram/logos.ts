// Logos from Simple Icons (https://simpleicons.org, the `simple-icons`
// package, CC0-1.0). A few icons carry their own licence in Simple Icons'
// data (Jenkins CC-BY-SA-3.0, OpenTelemetry CC-BY-4.0, Rook Apache-2.0), and
// every logo remains its owner's trademark: shown only to name the project.
// Named imports only, so the bundler keeps just these icons.
import {
  siArgo,
  siBackstage,
  siCeph,
  siCilium,
  siClickhouse,
  siContainerd,
  siDocker,
  siElasticsearch,
  siFalco,
  siFluentbit,
  siGithubactions,
  siGitlab,
  siGrafana,
  siHarbor,
  siHelm,
  siIstio,
  siJaeger,
  siJenkins,
  siKeycloak,
  siKibana,
  siKnative,
  siKubernetes,
  siKubespray,
  siLens,
  siNginx,
  siOpensearch,
  siOpentelemetry,
  siPrometheus,
  siRook,
  siTerraform,
  siTrivy,
  siVault,
} from 'simple-icons';
import { contrastRatio } from './colour';
import { PALETTE } from './palette';

interface SimpleIcon {
  path: string;
  hex: string;
}

/**
 * The project's own logo by tool id. A tool is listed only when the icon
 * really is its project's logo: kubeadm is part of Kubernetes, the Ingress
 * NGINX Controller is NGINX's, Argo CD is the Argo project's. Strimzi is not
 * Kafka and Tempo or Pyroscope are not Grafana, so they get initials.
 */
const LOGOS: Record<string, SimpleIcon> = {
  'argo-cd': siArgo,
  backstage: siBackstage,
  ceph: siCeph,
  cilium: siCilium,
  clickhouse: siClickhouse,
  containerd: siContainerd,
  docker: siDocker,
  elasticsearch: siElasticsearch,
  falco: siFalco,
  'fluent-bit': siFluentbit,
  'github-actions': siGithubactions,
  gitlab: siGitlab,
  grafana: siGrafana,
  harbor: siHarbor,
  helm: siHelm,
  'ingress-nginx': siNginx,
  istio: siIstio,
  jaeger: siJaeger,
  jenkins: siJenkins,
  keycloak: siKeycloak,
  kibana: siKibana,
  knative: siKnative,
  kubeadm: siKubernetes,
  kubespray: siKubespray,
  lens: siLens,
  opensearch: siOpensearch,
  opentelemetry: siOpentelemetry,
  prometheus: siPrometheus,
  rook: siRook,
  terraform: siTerraform,
  trivy: siTrivy,
  vault: siVault,
};

/** A 24×24 logo path in a colour readable on a tile, or initials. */
export type ToolLogo =
  | { kind: 'icon'; path: string; colour: string }
  | { kind: 'initials'; text: string };

/** Two letters: of the first two words, else the name's first two. */
export function initials(name: string): string {
  const words = name.split(/[\s\-_/]+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const [first = '', second = ''] = Array.from(words[0]);
    return first.toUpperCase() + second;
  }
  return (Array.from(words[0])[0] + Array.from(words[1])[0]).toUpperCase();
}

/**
 * The brand colour where it stands out from the white tile (3:1, as WCAG
 * asks of graphics), else a dark neutral: Vault's yellow would vanish.
 */
function readableColour(hex: string): string {
  const colour = `#${hex}`;
  return contrastRatio(colour, PALETTE.tileBackground) >= 3
    ? colour
    : PALETTE.logoFallback;
}

export function toolLogo(toolId: string, name: string): ToolLogo {
  const icon = LOGOS[toolId];
  if (!icon) return { kind: 'initials', text: initials(name) };
  return { kind: 'icon', path: icon.path, colour: readableColour(icon.hex) };
}
