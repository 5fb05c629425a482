import { bundledFiles } from './__testUtils__/bundledStandard';
import { loadStandard } from './standard';
import { formatIssue } from './validationIssue';

const VALID = `year: 2030
title: { en: Standard 2030, ko: 2030년 표준 }
source: https://example.com/2030
published: 2029-12-01
sections: [인그레스]
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
    sources:
      status: { section: 인그레스 }
      license: { url: https://github.com/example/gateway/blob/main/LICENSE, checked: 2029-12-01 }
      stars: { section: 인그레스 }
  - id: old-proxy
    name: Old proxy
    nameKo: 옛 프록시
    category: ingress
    license: MIT
    status: removed
    replacedBy: [gateway]
    statusReason: { en: Replaced., ko: 교체됨. }
    summary: { en: A proxy., ko: 프록시입니다. }
    sources:
      status: { section: 인그레스 }
      license: { section: 인그레스 }
      replacedBy: { section: 인그레스 }
`;

const edit = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`fixture anchor missing: ${from}`);
  return VALID.replace(from, to);
};

function issuesOf(content: string | Uint8Array): string[] {
  const result = loadStandard({ editions: [{ source: 'bad.yaml', content }] });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('validation of edition files', () => {
  // Every malformed case lives in test-fixtures/malformed (cli/malformedCorpus.test.ts).
  it('accepts the valid base file', () => {
    expect(issuesOf(VALID)).toEqual([]);
  });

  it('accepts Windows line endings', () => {
    expect(issuesOf(VALID.replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('stores URLs in normalised form', () => {
    const result = loadStandard({
      editions: [
        {
          source: '2030.yaml',
          content: edit(
            'source: https://example.com/2030',
            'source: HTTPS://Example.COM/a/../2030',
          ),
        },
      ],
    });
    expect(result.ok && result.value.editions[0].source).toBe(
      'https://example.com/2030',
    );
  });

  it('gives the line of a cross-field problem', () => {
    expect(issuesOf(edit('replacedBy: [gateway]', 'replacedBy: [nginx]'))).toEqual([
      'bad.yaml:tools[1].replacedBy[0]: refers to unknown tool "nginx" (line 33, column 18)',
    ]);
  });

  it('requires a source for a replacement, never inferring one', () => {
    expect(
      issuesOf(edit('      replacedBy: { section: 인그레스 }\n', '')),
    ).toEqual([
      'bad.yaml:tools[1].sources.replacedBy: is required: replacedBy needs a source (a section of the edition\'s article, or a URL with the date it was checked) (line 37, column 7)',
    ]);
  });

  it('gives the line of a schema violation', () => {
    const [line] = issuesOf(edit('license: MIT', 'license: 42'));
    expect(line).toBe(
      'bad.yaml:tools[1].license: must be a string, not a number (line 31, column 14)',
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
      'b.yaml:year: duplicate edition 2030, also defined in a.yaml (line 1, column 7)',
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
