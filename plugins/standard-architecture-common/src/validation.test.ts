import { bundledFiles } from './__testUtils__/bundledStandard';
import { MAX_DATA_FILE_BYTES } from './parseDataFile';
import { loadStandard } from './standard';
import { formatIssue } from './validationIssue';

const VALID = `year: 2030
title: { en: Standard 2030, ko: 2030년 표준 }
source: https://example.com/2030
published: 2029-12-01
summary: { en: A test edition., ko: 시험용 판입니다. }
layers:
  - id: networking
    categories:
      - id: ingress
        name: { en: Ingress, ko: 인그레스 }
tools:
  - id: gateway
    name: Gateway
    nameKo: 게이트웨이
    category: ingress
    github: example/gateway
    license: Apache-2.0
    stars: { count: 100, asOf: 2029-12-01 }
    status: added
    statusReason: { en: New this year., ko: 올해 새로 추가. }
    summary: { en: Routes traffic., ko: 트래픽을 라우팅합니다. }
  - id: old-proxy
    name: Old proxy
    nameKo: 옛 프록시
    category: ingress
    license: MIT
    status: removed
    replacedBy: [gateway]
    statusReason: { en: Replaced., ko: 교체됨. }
    summary: { en: A proxy., ko: 프록시입니다. }
`;

const edit = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`fixture anchor missing: ${from}`);
  return VALID.replace(from, to);
};

function issuesOf(content: string | Uint8Array): string[] {
  const result = loadStandard({ editions: [{ source: 'bad.yaml', content }] });
  return result.ok ? [] : result.issues.map(formatIssue);
}

// Each malformed file, and a line its report must contain.
const FIXTURES: Array<[string, string | Uint8Array, string]> = [
  ['empty file', '', 'bad.yaml: is empty'],
  ['whitespace only', '  \n\n', 'bad.yaml: is empty'],
  [
    'YAML syntax: unclosed flow map',
    edit(
      'title: { en: Standard 2030, ko: 2030년 표준 }',
      'title: { en: Standard 2030',
    ),
    'bad.yaml: YAML syntax error',
  ],
  [
    'YAML syntax: bad indentation',
    edit('    nameKo: 게이트웨이', '   nameKo: 게이트웨이'),
    'YAML syntax error',
  ],
  [
    'YAML duplicate key',
    edit('    name: Gateway\n', '    name: Gateway\n    name: Again\n'),
    'YAML syntax error: Map keys must be unique',
  ],
  [
    'not a mapping',
    '- just\n- a list\n',
    'bad.yaml: Invalid input: expected object, received array',
  ],
  [
    'wrong type: year as text',
    edit('year: 2030', 'year: twenty'),
    'bad.yaml:year: Invalid input: expected number',
  ],
  [
    'wrong type: stars count',
    edit('count: 100', 'count: lots'),
    'bad.yaml:tools[0].stars.count: Invalid input: expected number',
  ],
  [
    'missing field: summary',
    edit(
      '    summary: { en: Routes traffic., ko: 트래픽을 라우팅합니다. }\n',
      '',
    ),
    'bad.yaml:tools[0].summary:',
  ],
  [
    'missing Korean text',
    edit(
      'summary: { en: Routes traffic., ko: 트래픽을 라우팅합니다. }',
      'summary: { en: Routes traffic. }',
    ),
    'bad.yaml:tools[0].summary.ko:',
  ],
  [
    'empty English text',
    edit(
      'summary: { en: A proxy., ko: 프록시입니다. }',
      'summary: { en: "", ko: 프록시입니다. }',
    ),
    'bad.yaml:tools[1].summary.en: English text (en) is missing',
  ],
  [
    'bad status',
    edit('status: added', 'status: promoted'),
    'bad.yaml:tools[0].status: Invalid option',
  ],
  [
    'status reason missing',
    edit('    statusReason: { en: New this year., ko: 올해 새로 추가. }\n', ''),
    'bad.yaml:tools[0].statusReason: is required when status is added',
  ],
  [
    'bad id',
    edit('- id: gateway', '- id: Gateway_API'),
    'bad.yaml:tools[0].id: must be a kebab-case id',
  ],
  [
    'bad date',
    edit('published: 2029-12-01', 'published: last winter'),
    'bad.yaml:published: must be a date YYYY-MM-DD',
  ],
  [
    'bad URL',
    edit('source: https://example.com/2030', 'source: ftp://example.com'),
    'bad.yaml:source: must be an http(s) URL',
  ],
  [
    'bad GitHub slug',
    edit(
      'github: example/gateway',
      'github: https://github.com/example/gateway',
    ),
    'bad.yaml:tools[0].github: must be a GitHub owner/name',
  ],
  [
    'unknown layer',
    edit('- id: networking', '- id: plumbing'),
    'bad.yaml:layers[0].id: Invalid option',
  ],
  [
    'unknown category',
    edit(
      '    category: ingress\n    github',
      '    category: egress\n    github',
    ),
    'bad.yaml:tools[0].category: unknown category "egress"',
  ],
  [
    'invalid SPDX',
    edit('license: Apache-2.0', 'license: Apache 2'),
    'bad.yaml:tools[0].license: "Apache 2" is not a valid SPDX license expression',
  ],
  [
    'dangling replacedBy',
    edit('replacedBy: [gateway]', 'replacedBy: [gateway-api]'),
    'bad.yaml:tools[1].replacedBy[0]: refers to unknown tool "gateway-api"',
  ],
  [
    'duplicate tool id',
    edit('- id: old-proxy', '- id: gateway'),
    'bad.yaml:tools[1].id: duplicate tool id "gateway"',
  ],
  [
    'duplicate category',
    edit(
      '        name: { en: Ingress, ko: 인그레스 }\n',
      '        name: { en: Ingress, ko: 인그레스 }\n      - id: ingress\n        name: { en: Again, ko: 다시 }\n',
    ),
    'bad.yaml:layers[0].categories[1].id: duplicate category "ingress"',
  ],
  [
    'no tools',
    edit(VALID.slice(VALID.indexOf('tools:')), 'tools: []\n'),
    'bad.yaml:tools: Too small',
  ],
  [
    'non-UTF-8 bytes',
    Uint8Array.from([0x79, 0x65, 0x61, 0x72, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
    'bad.yaml: is not valid UTF-8 text',
  ],
  [
    '10 MB file',
    `# ${'x'.repeat(10 * 1024 * 1024)}\n${VALID}`,
    `bad.yaml: is 10.0 MB; the limit is ${
      MAX_DATA_FILE_BYTES / 1024 / 1024
    } MB`,
  ],
];

describe('validation of malformed edition files', () => {
  it('covers at least 20 fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
  });

  it('accepts the valid base file', () => {
    expect(issuesOf(VALID)).toEqual([]);
  });

  it.each(FIXTURES)(
    '%s: reports a located error and does not throw',
    (_name, content, expected) => {
      const lines = issuesOf(content);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.some(line => line.includes(expected))).toBe(true);
    },
  );

  it('gives line and column for YAML syntax errors', () => {
    const [line] = issuesOf(
      edit(
        'title: { en: Standard 2030, ko: 2030년 표준 }',
        'title: { en: Standard 2030',
      ),
    );
    expect(line).toMatch(/\(line \d+, column \d+\)$/);
  });

  it('gives the line of a schema violation', () => {
    const [line] = issuesOf(edit('license: MIT', 'license: 42'));
    expect(line).toBe(
      'bad.yaml:tools[1].license: Invalid input: expected string, received number (line 26, column 14)',
    );
  });

  it('reports duplicate editions across files', () => {
    const result = loadStandard({
      editions: [
        { source: 'a.yaml', content: VALID },
        { source: 'b.yaml', content: VALID },
      ],
    });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toContain(
      'b.yaml:year: duplicate edition 2030, also defined in a.yaml',
    );
  });

  it('accepts a new edition on top of the bundled ones', () => {
    const result = loadStandard({
      editions: [
        ...bundledFiles().editions,
        { source: '2030.yaml', content: VALID },
      ],
    });
    expect(result.ok && result.value.editions.map(e => e.year)).toEqual([
      2022, 2023, 2024, 2025, 2026, 2030,
    ]);
  });
});
