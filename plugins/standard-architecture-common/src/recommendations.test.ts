import { bundledStandard } from './__testUtils__/bundledStandard';
import { adviseBaseImage, parseImageReference } from './baseImages';
import { compareRecommendations, recommend } from './recommendations';

const standard = bundledStandard();
const today = '2026-11-23';

describe('recommend', () => {
  const result = recommend(
    standard,
    {
      tools: [
        'argo-cd',
        'lens',
        'ingress-nginx',
        'jaeger',
        'kubevirt',
        'not-a-tool',
        'lens',
      ],
      baseImages: ['openjdk:21', 'node:22-bookworm', 'nginx:1.27'],
    },
    { today },
  );
  const byId = Object.fromEntries(result.tools.map(t => [t.tool, t]));

  it('judges each known dependency once, against the current edition', () => {
    expect(result.edition).toBe(2026);
    expect(Object.keys(byId).sort()).toEqual([
      'argo-cd',
      'ingress-nginx',
      'jaeger',
      'kubevirt',
      'lens',
    ]);
  });

  it('flags Ingress NGINX, past its end of life, as end of life with Gateway API', () => {
    // Past end of life is the verdict whatever the status (caution) was.
    expect(byId['ingress-nginx']).toMatchObject({
      status: 'deprecated',
      verdict: {
        verdict: 'end-of-life',
        severity: 'critical',
        deadline: '2026-03',
        deadlineSource: 'standard',
        overdue: true,
      },
      lifecycle: 'deprecated',
      deadline: '2026-03',
      replacement: { tools: [], successor: { name: 'Gateway API' } },
    });
    expect(byId['ingress-nginx'].reason?.en).toMatch(/March 2026/);
  });

  it('marks removed tools deprecated with their replacement', () => {
    expect(byId.lens.status).toBe('deprecated');
    expect(byId.lens.replacement?.tools).toEqual([
      { id: 'headlamp', name: 'Headlamp' },
    ]);
    expect(byId.jaeger.replacement?.tools.map(t => t.id)).toEqual(['tempo']);
  });

  it('keeps selected tools recommended and experimental ones experimental', () => {
    expect(byId['argo-cd'].status).toBe('recommended');
    expect(byId.kubevirt.status).toBe('experimental');
  });

  it('orders by deadline, then severity', () => {
    expect(result.tools.map(t => t.tool)).toEqual([
      'ingress-nginx',
      'jaeger',
      'lens',
      'kubevirt',
      'argo-cd',
    ]);
    expect(
      compareRecommendations(
        { tool: 'a', status: 'recommended', deadline: '2026-01-01' },
        { tool: 'b', status: 'deprecated' },
      ),
    ).toBeLessThan(0);
  });

  it('gives base-image advice from the rules and lists images no rule knows', () => {
    expect(result.baseImages.map(a => [a.image, a.recommended])).toEqual([
      ['openjdk:21', 'gcr.io/distroless/java21-debian12'],
      ['node:22-bookworm', 'gcr.io/distroless/nodejs22-debian12'],
    ]);
    expect(result.baseImages[0]).toMatchObject({
      multiStage: true,
      sizes: { beforeMb: 504, afterMb: 191 },
    });
    expect(result.unknownBaseImages).toEqual(['nginx:1.27']);
  });

  it('judges against an older edition when asked', () => {
    const older = recommend(
      standard,
      { tools: ['lens', 'headlamp'] },
      { edition: 2025, today: '2025-06-01' },
    );
    expect(older.tools.map(t => [t.tool, t.status])).toEqual([
      ['lens', 'recommended'],
    ]);
  });
});

describe('base images', () => {
  it('parses registries, tags and digests', () => {
    expect(
      parseImageReference('docker.io/library/openjdk:21-jdk@sha256:abc'),
    ).toEqual({
      repository: 'openjdk',
      tag: '21-jdk',
    });
    expect(parseImageReference('localhost:5000/python')).toEqual({
      repository: 'python',
      tag: 'latest',
    });
  });

  it.each`
    image                 | recommended
    ${'openjdk:21'}       | ${'gcr.io/distroless/java21-debian12'}
    ${'openjdk:17-jdk'}   | ${'gcr.io/distroless/java17-debian12'}
    ${'node:20'}          | ${'gcr.io/distroless/nodejs20-debian12'}
    ${'python:3.12-slim'} | ${'gcr.io/distroless/python3-debian12'}
    ${'node:20-alpine'}   | ${undefined}
    ${'nginx:latest'}     | ${undefined}
  `('$image → $recommended', ({ image, recommended }) => {
    expect(adviseBaseImage(standard.baseImages!, image)?.recommended).toBe(
      recommended,
    );
  });

  it('carries the measured facts of the article', () => {
    const facts = standard.baseImages!.facts.map(f => f.en).join(' ');
    expect(facts).toMatch(/504/);
    expect(facts).toMatch(/191/);
    expect(facts).toMatch(/no bash or sh/);
    expect(facts).toMatch(/gcr\.io/);
  });
});
