import { DetectedBaseImage } from '@k8s-standard/plugin-standard-architecture-common';
import {
  bundledStandard,
  recommendationsFor,
} from '../__testUtils__/bundledStandard';
import { DependencyTarget, serviceFacts } from './serviceFacts';

const withOverlay = bundledStandard(true);
const plain = bundledStandard();

const facts = (
  recommendations: ReturnType<typeof recommendationsFor>,
  dependsOn: string[] = [],
  targets: Record<string, DependencyTarget> = {},
  toolNamespace = 'default',
) =>
  serviceFacts({
    dependsOn,
    targets: new Map(Object.entries(targets)),
    recommendations,
    standardDataVersion: '2.0.0',
    toolNamespace,
  });

const finalStage = (image: string, distroless: boolean): DetectedBaseImage => ({
  path: 'Dockerfile',
  line: 9,
  image,
  final: true,
  multiStage: true,
  distroless,
});

describe('serviceFacts', () => {
  it('counts the standard tools by their one verdict', () => {
    const tools = [
      'elasticsearch',
      'jaeger',
      'lens',
      'ingress-nginx',
      'argo-cd',
      'kubevirt',
    ];
    const r = recommendationsFor(withOverlay, { tools });
    const verdicts = Object.fromEntries(
      r.tools.map(t => [t.tool, t.verdict.verdict]),
    );
    // The fixture: the example overlay allows Elasticsearch until mid-2027.
    expect(verdicts).toEqual({
      elasticsearch: 'caution',
      jaeger: 'removed',
      lens: 'removed',
      'ingress-nginx': 'end-of-life',
      'argo-cd': 'recommended',
      kubevirt: 'experimental',
    });
    expect(facts(r)).toMatchObject({
      deprecatedToolCount: 2,
      cautionToolCount: 1,
      endOfLifeToolCount: 1,
      standardEdition: 2026,
      standardDataVersion: '2.0.0',
    });
  });

  it('counts an overlay-rejected tool as deprecated', () => {
    const r = recommendationsFor(withOverlay, { tools: ['calico', 'cilium'] });
    expect(r.tools.find(t => t.tool === 'calico')?.verdict.verdict).toBe(
      'deprecated',
    );
    expect(facts(r)).toMatchObject({
      deprecatedToolCount: 1,
      cautionToolCount: 0,
      endOfLifeToolCount: 0,
    });
  });

  it('names dependencies the standard does not list, but not other services', () => {
    const r = recommendationsFor(plain, { tools: ['argo-cd', 'jaeger'] });
    const dependsOn = [
      'component:default/argo-cd',
      'component:default/jaeger',
      'component:default/redis-cache',
      'component:default/orders',
      'component:tools/homegrown-cli',
      'component:default/gone',
      'component:platform/argo-cd',
    ];
    expect(
      facts(r, dependsOn, {
        'component:default/argo-cd': 'standard-tool',
        'component:default/jaeger': 'standard-tool',
        'component:default/redis-cache': 'other',
        'component:default/orders': 'service',
        'component:tools/homegrown-cli': 'other',
        // A standard tool entity in another namespace is still the standard's.
        'component:platform/argo-cd': 'standard-tool',
      }).toolsOutsideStandard,
    ).toEqual([
      'component:default/gone',
      'component:default/redis-cache',
      'component:tools/homegrown-cli',
    ]);
  });

  it('uses the tool namespace to recognise judged tools without their entities', () => {
    const r = recommendationsFor(plain, { tools: ['argo-cd'] });
    const dependsOn = ['component:k8s/argo-cd', 'component:default/argo-cd'];
    expect(facts(r, dependsOn, {}, 'k8s').toolsOutsideStandard).toEqual([
      'component:default/argo-cd',
    ]);
  });

  it('adds tools a scan detected that the standard does not judge', () => {
    const r = recommendationsFor(plain, {
      tools: ['argo-cd', 'redis'],
      usage: {
        'argo-cd': { declared: false, detected: true, evidence: [] },
        redis: { declared: false, detected: true, evidence: [] },
      },
    });
    expect(r.tools.map(t => t.tool)).toEqual(['argo-cd']);
    expect(facts(r).toolsOutsideStandard).toEqual(['component:default/redis']);
  });

  describe('distrolessRuntimeImage', () => {
    it('is true when every declared base image is distroless', () => {
      const r = recommendationsFor(plain, {
        tools: [],
        baseImages: [
          'gcr.io/distroless/java21-debian12',
          'cgr.dev/chainguard/static:latest',
        ],
      });
      expect(facts(r).distrolessRuntimeImage).toBe(true);
    });

    it('is false when one declared image is not distroless', () => {
      const r = recommendationsFor(plain, {
        tools: [],
        baseImages: ['gcr.io/distroless/java21-debian12', 'openjdk:21'],
      });
      expect(r.baseImages.map(b => b.image)).toContain('openjdk:21');
      expect(facts(r).distrolessRuntimeImage).toBe(false);
    });

    it('is false when no runtime image is known', () => {
      expect(
        facts(recommendationsFor(plain, { tools: [] })).distrolessRuntimeImage,
      ).toBe(false);
    });

    it("prefers a scan's final stages over the declared images", () => {
      const scanned = (distroless: boolean) =>
        recommendationsFor(plain, {
          tools: [],
          baseImages: ['openjdk:21'],
          detectedBaseImages: [
            {
              ...finalStage('maven:3-eclipse-temurin-21', false),
              final: false,
            },
            finalStage('gcr.io/distroless/java21', distroless),
          ],
        });
      expect(facts(scanned(true)).distrolessRuntimeImage).toBe(true);
      expect(facts(scanned(false)).distrolessRuntimeImage).toBe(false);
    });
  });
});
