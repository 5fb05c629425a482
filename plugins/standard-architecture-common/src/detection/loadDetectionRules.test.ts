import { readFileSync } from 'fs';
import { bundledFiles } from '../__testUtils__/bundledStandard';
import { DETECTION_RULES_FILE } from '../__testUtils__/bundledDetectionRules';
import { loadStandard } from '../standard';
import { formatIssue } from '../validationIssue';
import { detectInFile, isScannedPath } from './detectInFile';
import { loadDetectionRules } from './loadDetectionRules';

const BASE = `version: 1
ignore: ['**/node_modules/**']
rules:
  - id: jaeger-npm
    tool: jaeger
    files: ['**/package.json']
    package: { ecosystem: npm, names: [jaeger-client] }
  - id: vault-annotations
    tool: vault
    files: ['**/*.y?(a)ml']
    annotationPrefix: [vault.hashicorp.com/]
`;
const base = { source: 'rules.yaml', content: BASE };

const issuesOf = (result: ReturnType<typeof loadDetectionRules>) =>
  result.ok ? [] : result.issues.map(formatIssue);

describe('loadDetectionRules', () => {
  it('loads the bundled rules, every tool known to the editions', () => {
    const standard = loadStandard(bundledFiles());
    if (!standard.ok) throw new Error('bundled standard does not load');
    const tools = standard.value.editions.flatMap(e => e.tools.map(t => t.id));
    const result = loadDetectionRules(
      {
        source: 'detection-rules.yaml',
        content: readFileSync(DETECTION_RULES_FILE),
      },
      undefined,
      { knownToolIds: tools },
    );
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.value.rules.length).toBeGreaterThan(100);
  });

  it('names file, field and line for schema problems', () => {
    const broken = BASE.replace(
      'package: { ecosystem: npm, names: [jaeger-client] }',
      'package: { ecosystem: cargo, names: [jaeger-client] }\n    image: [x]',
    ).replace("files: ['**/*.y?(a)ml']", "files: ['**/*.y?(aml']");
    expect(
      issuesOf(loadDetectionRules({ source: 'rules.yaml', content: broken })),
    ).toEqual([
      expect.stringMatching(
        /^rules\.yaml:rules\[0\]\.package\.ecosystem: .* \(line 7, column \d+\)$/,
      ),
      expect.stringMatching(
        /^rules\.yaml:rules\[1\]\.files\[0\]: glob has an unclosed "\(" .*\(line 11, column \d+\)$/,
      ),
    ]);
  });

  it('rejects duplicate ids, rules without exactly one matcher, unknown fields and bad regexes', () => {
    const text = `version: 1
rules:
  - { id: a, tool: trivy, files: [x], ciText: 'trivy (image' }
  - { id: a, tool: trivy, files: [x], presence: true }
  - { id: b, tool: trivy, files: [x] }
  - { id: c, tool: trivy, files: [x], presence: true, image: [y] }
  - { id: d, tool: trivy, files: [x], presense: true, presence: true }
`;
    const issues = issuesOf(
      loadDetectionRules({ source: 'r.yaml', content: text }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^r\.yaml:rules\[0\]\.ciText: is not a valid regular expression/,
        ),
        expect.stringMatching(
          /^r\.yaml:rules\[2\]: needs one matcher: image, /,
        ),
        expect.stringMatching(
          /^r\.yaml:rules\[3\]: has image and presence; a rule has exactly one matcher/,
        ),
        expect.stringMatching(
          /^r\.yaml:rules\[4\]: Unrecognized key: "presense"/,
        ),
      ]),
    );
    const fixed = text.replace(
      "ciText: 'trivy (image'",
      "ciText: 'trivy image'",
    );
    expect(
      issuesOf(loadDetectionRules({ source: 'r.yaml', content: fixed })),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/rules\[1\]\.id: duplicate rule id "a"/),
      ]),
    );
  });

  it('refuses other versions', () => {
    expect(
      issuesOf(
        loadDetectionRules({
          source: 'r.yaml',
          content: 'version: 2\nrules: []',
        }),
      ),
    ).toEqual([expect.stringMatching(/^r\.yaml:version: must be 1/)]);
  });

  it('applies overrides from configuration: disable, replace, add, new ignore list', () => {
    const result = loadDetectionRules(base, {
      ignore: ['**/generated/**'],
      rules: [
        { id: 'vault-annotations', enabled: false },
        {
          id: 'jaeger-npm',
          tool: 'jaeger',
          files: ['**/package.json'],
          package: {
            ecosystem: 'npm',
            names: ['jaeger-client', '@acme/tracing'],
          },
        },
        {
          id: 'acme-gateway',
          tool: 'istio',
          files: ['**/*.yaml'],
          apiGroup: { group: 'gateway.acme.io' },
        },
      ],
    });
    if (!result.ok) throw new Error(issuesOf(result).join('\n'));
    const rules = result.value;
    expect(rules.ignore).toEqual(['**/generated/**']);
    expect(rules.rules.map(r => [r.id, r.enabled])).toEqual([
      ['jaeger-npm', true],
      ['vault-annotations', false],
      ['acme-gateway', true],
    ]);
    expect(isScannedPath(rules, 'node_modules/x/package.json')).toBe(true);
    const manifest = '{"dependencies":{"@acme/tracing":"1"}}';
    expect(
      detectInFile(rules, 'package.json', manifest).detections,
    ).toHaveLength(1);
    const annotated =
      'metadata:\n  annotations:\n    vault.hashicorp.com/role: app\n';
    expect(detectInFile(rules, 'pod.yaml', annotated).detections).toEqual([]);
  });

  it('applies override files in order and names them in issues', () => {
    const first = {
      source: 'org-rules.yaml',
      content: 'rules:\n  - id: vault-annotations\n    enabled: false\n',
    };
    const second = {
      source: 'team-rules.yaml',
      content:
        'rules:\n  - { id: vault-annotations, enabled: true }\n  - { id: nope, enabled: false }\n',
    };
    expect(issuesOf(loadDetectionRules(base, [first, second]))).toEqual([
      'team-rules.yaml:rules[1].id: no rule "nope" to switch on or off (line 3, column 11)',
    ]);
    const ok = loadDetectionRules(base, [first]);
    expect(ok.ok && ok.value.rules[1].enabled).toBe(false);
  });

  it('validates plain-object overrides with the same schema, naming the source', () => {
    expect(
      issuesOf(
        loadDetectionRules(
          base,
          { rules: [{ id: 'x', tool: 'vault', files: ['a'] }, { id: 'y' }] },
          { overridesSource: 'app-config standardArchitecture.detection' },
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /^app-config standardArchitecture\.detection:rules\[0\]: needs one matcher/,
      ),
      'app-config standardArchitecture.detection:rules[1]: needs enabled: true/false, or a whole rule to replace it',
    ]);
    expect(issuesOf(loadDetectionRules(base, [{ rules: 'all' }]))).toEqual([
      expect.stringMatching(/^detection rule overrides\[0\]:rules: /),
    ]);
    expect(issuesOf(loadDetectionRules(base, 'nonsense'))).toEqual([
      'detection rule overrides: must be an object with rules, ignore or baseImageFiles',
    ]);
  });

  it('checks tools against known ids, pointing at the file that named them', () => {
    const result = loadDetectionRules(
      base,
      [
        {
          source: 'org.yaml',
          content:
            'rules:\n  - id: gw\n    tool: gateway-api\n    files: ["**/*.yaml"]\n    apiGroup: { group: gateway.networking.k8s.io }\n',
        },
      ],
      { knownToolIds: ['jaeger', 'vault'] },
    );
    expect(issuesOf(result)).toEqual([
      'org.yaml:rules[0].tool: refers to unknown tool "gateway-api" (line 3, column 11)',
    ]);
  });
});
