import { readFileSync } from 'fs';
import { join } from 'path';
import { DATA_DIR } from './__testUtils__/bundledStandard';
import {
  imageReferenceProblem,
  loadBaseImageRules,
  parseBaseImageRuleList,
} from './baseImageRules';
import { adviseBaseImage } from './baseImages';
import { BaseImageRule } from './schema';
import { formatIssue } from './validationIssue';

const BUNDLED = readFileSync(join(DATA_DIR, 'base-images.yaml'), 'utf8');

const rule = (overrides: Partial<BaseImageRule> = {}): BaseImageRule => ({
  id: 'java-openjdk',
  runtime: 'java',
  match: { repository: 'openjdk', tag: '^(21)(?:[-.].*)?$' },
  recommended: 'gcr.io/distroless/java{1}-debian12',
  multiStage: true,
  reason: { en: 'Smaller.', ko: '더 작습니다.' },
  ...overrides,
});

/** A rules file with the given rules block (YAML lines, indented by two). */
const rulesFile = (rulesYaml: string) => ({
  source: 'base-images.yaml',
  content: [
    'source: https://example.com/article',
    'published: 2024-04-03',
    'facts: []',
    'rules:',
    rulesYaml,
  ].join('\n'),
});

describe('the bundled base-image rules', () => {
  const loaded = loadBaseImageRules({
    source: 'base-images.yaml',
    content: BUNDLED,
  });

  it('validate: patterns compile, references are well-formed, ids unique', () => {
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
    if (!loaded.ok) return;
    const ids = loaded.value.rules.map(r => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('java-openjdk');
  });

  it('still give the advice they were written for', () => {
    if (!loaded.ok) throw new Error('bundled rules invalid');
    expect(adviseBaseImage(loaded.value, 'openjdk:21')?.recommended).toBe(
      'gcr.io/distroless/java21-debian12',
    );
    expect(adviseBaseImage(loaded.value, 'golang:1.22')?.rule).toBe('golang');
  });
});

describe('loadBaseImageRules', () => {
  it('names the rule, the field and the line of a tag that does not compile', () => {
    const result = loadBaseImageRules(
      rulesFile(`  - id: broken
    runtime: java
    match: { repository: openjdk, tag: '^(21' }
    recommended: gcr.io/distroless/java21-debian12
    reason: { en: x, ko: y }`),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      source: 'base-images.yaml',
      path: 'rules[0].match.tag',
      line: 7,
    });
    expect(formatIssue(result.issues[0])).toMatch(
      /^base-images\.yaml:rules\[0\]\.match\.tag: rule "broken": is not a valid regular expression: .*\(line 7, column \d+\)$/,
    );
  });

  it('reports a duplicate id at the second rule, naming the first', () => {
    const entry = (repository: string) => `  - id: twice
    runtime: node
    match: { repository: ${repository}, tag: '^(20)$' }
    recommended: gcr.io/distroless/nodejs{1}-debian12
    reason: { en: x, ko: y }`;
    const result = loadBaseImageRules(
      rulesFile(`${entry('node')}\n${entry('nodejs')}`),
    );
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'base-images.yaml:rules[1].id: rule "twice": duplicate rule id, also rules[0] (line 10, column 9)',
    ]);
  });

  it('reports duplicate fact ids', () => {
    const file = rulesFile(`  - id: node
    runtime: node
    match: { repository: node, tag: '^(20)$' }
    recommended: gcr.io/distroless/nodejs{1}-debian12
    reason: { en: x, ko: y }`);
    file.content = file.content.replace(
      'facts: []',
      'facts:\n  - { id: size, en: a, ko: b }\n  - { id: size, en: c, ko: d }',
    );
    const result = loadBaseImageRules(file);
    expect(result.ok ? [] : result.issues.map(i => [i.path, i.message])).toEqual(
      [['facts[1].id', 'duplicate fact id "size"']],
    );
  });

  it('keeps schema errors from the file parser, with their lines', () => {
    const result = loadBaseImageRules(
      rulesFile(`  - id: no-match
    runtime: java
    recommended: gcr.io/distroless/java21-debian12
    reason: { en: x, ko: y }`),
    );
    expect(result.ok ? [] : result.issues.map(i => [i.path, i.message])).toEqual(
      [['rules[0].match', 'is required']],
    );
  });
});

describe('parseBaseImageRuleList (rules from configuration)', () => {
  const parse = (value: unknown) =>
    parseBaseImageRuleList(value, 'standardArchitecture.baseImages');
  const problems = (value: unknown) => {
    const result = parse(value);
    return result.ok ? [] : result.issues.map(i => `${i.path}: ${i.message}`);
  };

  it('accepts valid rules and fills defaults', () => {
    const { multiStage, ...withoutDefault } = rule();
    const result = parse([withoutDefault]);
    expect(result).toEqual({
      ok: true,
      value: [{ ...withoutDefault, multiStage: false }],
    });
  });

  it('names the rule index, id and field of every problem', () => {
    expect(
      problems([
        rule(),
        rule({ id: 'bad-tag', match: { repository: 'node', tag: '(?<x' } }),
        rule({
          id: 'bad-repository',
          match: { repository: 'docker.io/library/node:20', tag: '^20$' },
          recommended: 'gcr.io/distroless/nodejs20-debian12',
        }),
        rule({ id: 'java-openjdk' }),
        rule({ id: 'bad-reference', recommended: 'GCR.io/Distroless/Java' }),
        rule({ id: 'bad-placeholder', recommended: 'gcr.io/x/java{2}' }),
      ]),
    ).toEqual([
      expect.stringMatching(
        /^rules\[1\]\.match\.tag: rule "bad-tag": is not a valid regular expression/,
      ),
      'rules[2].match.repository: rule "bad-repository": "docker.io/library/node:20" is not an image name; rules match the last segment of the repository, without registry, owner or tag (e.g. openjdk)',
      'rules[3].id: rule "java-openjdk": duplicate rule id, also rules[0]',
      'rules[4].recommended: rule "bad-reference": "GCR.io/Distroless/Java" has a malformed repository path component "Distroless" (lower-case letters, digits and single separators)',
      'rules[5].recommended: rule "bad-placeholder": uses {2}, but match.tag has 1 capture group',
    ]);
  });

  it('names the rule in schema errors too', () => {
    expect(
      problems([rule(), { ...rule({ id: 'no-reason' }), reason: { en: 'x' } }]),
    ).toEqual(['rules[1].reason.ko: rule "no-reason": is required']);
    expect(problems([{ runtime: 'java' }])[0]).toBe('rules[0].id: is required');
  });

  it('refuses an empty list or something that is not a list', () => {
    expect(problems([])).toEqual([
      'rules: needs at least one rule; leave it out to use the bundled rules',
    ]);
    expect(problems({ id: 'x' })).toHaveLength(1);
  });
});

describe('imageReferenceProblem', () => {
  it.each([
    'openjdk',
    'openjdk:21',
    'gcr.io/distroless/java21-debian12',
    'registry.example.com:5000/team/app:1.2.3',
    'localhost/app',
    `app@sha256:${'a'.repeat(64)}`,
    'cgr.dev/chainguard/node:latest-dev',
  ])('accepts %s', reference => {
    expect(imageReferenceProblem(reference)).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    [' node', /spaces/],
    ['node:{{ .Values.tag }}', /not a plain image reference/],
    ['node:${TAG}', /not a plain image reference/],
    ['team/App', /path component "App"/],
    ['team//app', /path component ""/],
    ['node:-bad', /malformed tag "-bad"/],
    ['node@sha256:xyz', /malformed digest/],
    ['a@b@c', /more than one digest/],
    ['bad_host.io:x/app', /malformed registry/],
  ])('refuses %j', (reference, problem) => {
    expect(imageReferenceProblem(reference)).toMatch(problem);
  });
});

describe('adviseBaseImage', () => {
  it('skips a rule whose tag pattern does not compile instead of failing', () => {
    const rules = {
      source: 'https://example.com',
      published: '2024-04-03',
      facts: [],
      rules: [
        rule({ id: 'broken', match: { repository: 'openjdk', tag: '(' } }),
        rule(),
      ],
    };
    expect(adviseBaseImage(rules, 'openjdk:21')).toMatchObject({
      rule: 'java-openjdk',
      recommended: 'gcr.io/distroless/java21-debian12',
    });
    // Compiled once per rule: the same answer on the next call.
    expect(adviseBaseImage(rules, 'openjdk:21')?.rule).toBe('java-openjdk');
  });
});
