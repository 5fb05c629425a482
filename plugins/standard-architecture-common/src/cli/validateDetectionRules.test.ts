import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { validate } from './validate';

const EDITIONS = resolve(__dirname, '../../data/editions');

describe('standard-architecture-validate with detection rules', () => {
  it('validates the bundled detection rules along with the bundled data', () => {
    const { code, lines } = validate([]);
    expect(code).toBe(0);
    expect(lines[1]).toMatch(/^ok: \d+ detection rules for \d+ tools$/);
  });

  it('names rules whose tool is not in the editions, with the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-detection-'));
    const file = join(dir, 'rules.yaml');
    writeFileSync(
      file,
      `version: 1
rules:
  - id: gateway-api-routes
    tool: gateway-api
    files: ['**/*.yaml']
    apiGroup: { group: gateway.networking.k8s.io }
`,
    );
    const { code, lines } = validate(['--detection-rules', file, EDITIONS]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /rules\.yaml:rules\[0\]\.tool: refers to unknown tool "gateway-api" \(line 4, column 11\)$/,
      ),
    ]);
  });

  it('reports schema problems in the rules file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-detection-'));
    const file = join(dir, 'rules.yaml');
    writeFileSync(
      file,
      'version: 1\nrules:\n  - { id: x, tool: trivy, files: [a] }\n',
    );
    const { code, lines } = validate(['--detection-rules', file, EDITIONS]);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/rules\.yaml:rules\[0\]: needs one matcher/);
    expect(validate(['--detection-rules']).code).toBe(2);
  });
});
