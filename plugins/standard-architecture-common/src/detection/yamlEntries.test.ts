import { lineEntries, readYamlEntries, YamlEntry } from './yamlEntries';

const read = (text: string) => readYamlEntries(text, text.split('\n'));
const pick = (entries: YamlEntry[]) =>
  entries.map(e => [e.key, e.value, e.line, e.parentKey]);

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    metadata:
      annotations:
        vault.hashicorp.com/agent-inject: "true"  # the injector
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/app:1.0
        - name: sidecar
          image: "fluent/fluent-bit:3.0"
      initContainers:
      - name: wait
        image: busybox
`;

describe('YAML entries', () => {
  it('gives keys, values, lines and parents from a parsed file', () => {
    const result = read(MANIFEST);
    expect(result.mode).toBe('parsed');
    expect(pick(result.entries)).toEqual(
      expect.arrayContaining([
        ['apiVersion', 'apps/v1', 1, undefined],
        ['vault.hashicorp.com/agent-inject', 'true', 7, 'annotations'],
        ['image', 'ghcr.io/acme/app:1.0', 11, 'containers'],
        ['image', 'fluent/fluent-bit:3.0', 13, 'containers'],
        ['image', 'busybox', 16, 'initContainers'],
      ]),
    );
  });

  it('reads the same entries line by line, list items as separate mappings', () => {
    const parsed = read(MANIFEST).entries;
    const byLine = lineEntries(MANIFEST.split('\n'));
    expect(pick(byLine)).toEqual(pick(parsed));
    const mapOf = (line: number) => byLine.find(e => e.line === line)!.mapId;
    expect(mapOf(10)).toBe(mapOf(11));
    expect(mapOf(11)).not.toBe(mapOf(13));
    expect(mapOf(1)).toBe(mapOf(2));
  });

  it('reads Helm templates line by line without calling them malformed', () => {
    const template = `{{- if .Values.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  endpoints:
    - port: http
{{- end }}`;
    const result = read(template);
    expect(result.mode).toBe('lines');
    expect(result.problems).toEqual([]);
    expect(pick(result.entries).slice(0, 3)).toEqual([
      ['apiVersion', 'monitoring.coreos.com/v1', 2, undefined],
      ['kind', 'ServiceMonitor', 3, undefined],
      ['metadata', undefined, 4, undefined],
    ]);
  });

  it('reports malformed YAML with its line and still reads it line by line', () => {
    const broken = `metadata:
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
  labels: [unclosed
spec: x`;
    const result = read(broken);
    expect(result.mode).toBe('lines');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(/^malformed YAML/);
    expect(result.entries.map(e => e.key)).toContain(
      'nginx.ingress.kubernetes.io/ssl-redirect',
    );
  });

  it('splits documents and skips comments and block scalars', () => {
    const text = `# image: commented/out
a: 1
run: |
  image: inside/a-block-scalar
  echo hi
b: 2
---
a: 3`;
    const entries = lineEntries(text.split('\n'));
    expect(pick(entries)).toEqual([
      ['a', '1', 2, undefined],
      ['run', undefined, 3, undefined],
      ['b', '2', 6, undefined],
      ['a', '3', 8, undefined],
    ]);
    expect(entries[0].mapId).not.toBe(entries[3].mapId);
  });

  it('unpacks one-line flow mappings in the line reader', () => {
    const entries = lineEntries([
      'image: { repository: prom/prometheus, tag: v2 }',
      "'quoted.key/x': 'it''s'",
    ]);
    expect(pick(entries)).toEqual([
      ['image', undefined, 1, undefined],
      ['repository', 'prom/prometheus', 1, 'image'],
      ['tag', 'v2', 1, 'image'],
      ['quoted.key/x', "it's", 2, undefined],
    ]);
  });

  it('never throws on hostile input', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(() => read(deep)).not.toThrow();
    const aliases = `a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b, *b]`;
    expect(() => read(aliases)).not.toThrow();
    expect(() => read('\t\t- : : :\n- - - -\n"unterminated')).not.toThrow();
    const longLine = `key: ${' '.repeat(9_000)}x${' '.repeat(900)}`;
    const started = Date.now();
    lineEntries([longLine, `${'a'.repeat(9_990)}: b`]);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
