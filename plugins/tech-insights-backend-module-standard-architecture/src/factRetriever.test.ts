import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { FactRetrieverContext } from '@backstage-community/plugin-tech-insights-node';
import {
  ANNOTATIONS,
  STANDARD_PROVIDER_NAME,
  toolIdOfEntityRef,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  bundledStandard,
  recommendationsFor,
} from './__testUtils__/bundledStandard';
import { FakeRoute, startFakePlugins } from './__testUtils__/fakePlugins';
import {
  createStandardArchitectureFactRetriever,
  FACT_RETRIEVER_ID,
} from './factRetriever';

const standard = bundledStandard();

const tool = (id: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: id,
    namespace: 'default',
    annotations: {
      [ANNOTATIONS.toolId]: id,
      [ANNOTATIONS.provider]: STANDARD_PROVIDER_NAME,
    },
  },
  spec: { type: 'tool' },
});

const component = (
  name: string,
  type: string,
  dependsOn: string[] = [],
  baseImage?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    ...(baseImage && { annotations: { [ANNOTATIONS.baseImage]: baseImage } }),
  },
  spec: { type },
  relations: dependsOn.map(n => ({
    type: 'dependsOn',
    targetRef: `component:default/${n}`,
  })),
});

const ENTITIES = [
  tool('argo-cd'),
  tool('jaeger'),
  tool('ingress-nginx'),
  component(
    'svc-legacy',
    'service',
    ['jaeger', 'ingress-nginx', 'argo-cd', 'redis-cache', 'svc-clean'],
    'openjdk:21',
  ),
  component('svc-clean', 'service', ['argo-cd'], 'gcr.io/distroless/java21'),
  component('redis-cache', 'library'),
  component('svc-gone', 'service', ['argo-cd']),
  component('svc-broken', 'service', ['argo-cd']),
  component('svc-plain', 'website'),
];
const byRef = new Map(ENTITIES.map(e => [stringifyEntityRef(e), e]));

/** The catalog's by-query (offset cursors) and by-refs. */
const catalogRoute: FakeRoute = async ({ path, body }) => {
  if (path === '/entities/by-refs') {
    return {
      body: {
        items: body.entityRefs.map((ref: string) => byRef.get(ref) ?? null),
      },
    };
  }
  const query = new URL(path, 'http://x').searchParams;
  const offset = Number(query.get('cursor') ?? 0);
  const limit = Number(query.get('limit'));
  const items = ENTITIES.slice(offset, offset + limit);
  const next = offset + limit;
  return {
    body: {
      items,
      pageInfo: next < ENTITIES.length ? { nextCursor: String(next) } : {},
    },
  };
};

function standardRoute(
  options: { failRecommendations?: number } = {},
): FakeRoute & { maxInFlight: () => number } {
  let inFlight = 0;
  let max = 0;
  const route = async ({ path }: { path: string }) => {
    if (path === '/editions') {
      return {
        body: {
          current: 2026,
          dataVersion: '2.0.0',
          contentHash: 'h',
          items: [],
        },
      };
    }
    const entityRef = new URL(path, 'http://x').searchParams.get('entityRef')!;
    if (options.failRecommendations) {
      return { status: options.failRecommendations, body: {} };
    }
    inFlight++;
    max = Math.max(max, inFlight);
    await new Promise(r => setTimeout(r, 20));
    inFlight--;
    if (entityRef.endsWith('svc-gone')) return { status: 404, body: {} };
    if (entityRef.endsWith('svc-broken')) throw new Error('boom');
    const entity = byRef.get(entityRef)!;
    const tools = (entity.relations ?? [])
      .map(r => toolIdOfEntityRef(r.targetRef))
      .filter((id): id is string => Boolean(id));
    const baseImage = entity.metadata.annotations?.[ANNOTATIONS.baseImage];
    return {
      body: recommendationsFor(standard, {
        entityRef,
        tools,
        baseImages: baseImage ? [baseImage] : [],
      }),
    };
  };
  return Object.assign(route, { maxInFlight: () => max });
}

async function run(route: ReturnType<typeof standardRoute>) {
  const plugins = await startFakePlugins({
    catalog: catalogRoute,
    'standard-architecture': route,
  });
  const logger = mockServices.logger.mock();
  const ctx: FactRetrieverContext = {
    config: mockServices.rootConfig(),
    discovery: plugins.discovery,
    logger,
    auth: mockServices.auth({ pluginId: 'tech-insights' }),
    urlReader: mockServices.urlReader.mock(),
  };
  const retriever = createStandardArchitectureFactRetriever({
    concurrency: 2,
    pageSize: 4,
    requestTimeoutMs: 5000,
    toolNamespace: 'default',
  });
  try {
    const result = retriever.handler(ctx);
    return { facts: await result, seen: plugins.seen, logger };
  } finally {
    await plugins.close();
  }
}

describe('the standard-architecture-facts retriever', () => {
  it('judges every service from the APIs, a few at a time', async () => {
    const route = standardRoute();
    const { facts, seen, logger } = await run(route);
    const byEntity = Object.fromEntries(
      facts.map(f => [stringifyEntityRef(f.entity), f.facts]),
    );

    // Tools are not judged; a service gone from the catalog is left out,
    // and one that failed is skipped with a warning.
    expect(Object.keys(byEntity).sort()).toEqual([
      'component:default/redis-cache',
      'component:default/svc-clean',
      'component:default/svc-legacy',
      'component:default/svc-plain',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('component:default/svc-broken'),
    );
    expect(byEntity['component:default/svc-legacy']).toEqual({
      deprecatedToolCount: 1,
      cautionToolCount: 0,
      endOfLifeToolCount: 1,
      toolsOutsideStandard: ['component:default/redis-cache'],
      distrolessRuntimeImage: false,
      standardDataVersion: '2.0.0',
      standardEdition: 2026,
    });
    expect(byEntity['component:default/svc-clean']).toMatchObject({
      deprecatedToolCount: 0,
      endOfLifeToolCount: 0,
      toolsOutsideStandard: [],
      distrolessRuntimeImage: true,
    });

    // Three pages of four; at most two services judged at once.
    const pages = seen.filter(r => r.path.startsWith('/entities/by-query'));
    expect(pages).toHaveLength(3);
    expect(pages[1].path).toContain('cursor=4');
    expect(route.maxInFlight()).toBe(2);
    // Each call carries a service token for the plugin it goes to.
    for (const request of seen) {
      expect(request.authorization).toMatch(/^Bearer mock-service-token/);
      expect(request.authorization).toContain(request.pluginId);
    }
    expect(facts.every(f => f.entity.kind === 'component')).toBe(true);
  });

  it('stops the run when the standard is not available', async () => {
    await expect(
      run(standardRoute({ failRecommendations: 503 })),
    ).rejects.toThrow(/503/);
  });

  it('fails when no service could be judged', async () => {
    await expect(
      run(standardRoute({ failRecommendations: 500 })),
    ).rejects.toThrow('Could not judge any of 6 services');
  });

  it('declares every fact it stores in its schema', async () => {
    const { facts } = await run(standardRoute());
    const retriever = createStandardArchitectureFactRetriever({
      concurrency: 1,
      pageSize: 1,
      requestTimeoutMs: 1,
      toolNamespace: 'default',
    });
    expect(retriever.id).toBe(FACT_RETRIEVER_ID);
    for (const fact of facts) {
      expect(Object.keys(fact.facts).sort()).toEqual(
        Object.keys(retriever.schema).sort(),
      );
    }
  });
});
