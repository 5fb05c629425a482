import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  FactRetriever,
  FactRetrieverContext,
  TechInsightFact,
} from '@backstage-community/plugin-tech-insights-node';
import { isStandardToolEntity } from '@k8s-standard/plugin-standard-architecture-common';
import { FactRetrieverSettings } from './settings';
import { CatalogReader } from './service/CatalogReader';
import {
  classifyDependencyTarget,
  componentDependencies,
} from './service/dependencyTargets';
import { mapWithConcurrency } from './service/mapWithConcurrency';
import { PluginRequests } from './service/PluginRequests';
import { DependencyTarget, serviceFacts } from './service/serviceFacts';
import { StandardArchitectureApi } from './service/StandardArchitectureApi';

/** The fact retriever's id: the `factIds` entry of checks on these facts. @public */
export const FACT_RETRIEVER_ID = 'standard-architecture-facts';

/**
 * The name it is registered under: its schedule is read from
 * `techInsights.factRetrievers.standardArchitectureFactRetriever`.
 * @public
 */
export const FACT_RETRIEVER_NAME = 'standardArchitectureFactRetriever';

const SERVICE_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
  'spec.type',
  'relations',
];
const TARGET_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
  'spec.type',
];
/** Refs per `by-refs` request when classifying dependencies. */
const TARGET_BATCH = 100;

// The standard's own tools, as its provider wrote them; a hand-written
// `type: tool` Component is a service like any other.
const isStandardTool = (entity: Entity) => isStandardToolEntity(entity);

/**
 * Facts about each service's use of the Kubernetes Standard Architecture,
 * from the standard-architecture plugin's REST API (never its database).
 * @public
 */
export function createStandardArchitectureFactRetriever(
  settings: FactRetrieverSettings,
): FactRetriever {
  return {
    id: FACT_RETRIEVER_ID,
    version: '1.0.0',
    title: 'Kubernetes Standard Architecture',
    description:
      "Each service's standard tools counted by verdict, its dependencies outside the standard, and whether its runtime image is distroless",
    entityFilter: [{ kind: 'component' }],
    schema: {
      deprecatedToolCount: {
        type: 'integer',
        description:
          'Standard tools the service uses whose verdict is deprecated or removed',
      },
      cautionToolCount: {
        type: 'integer',
        description: 'Standard tools the service uses whose verdict is caution',
      },
      endOfLifeToolCount: {
        type: 'integer',
        description:
          'Standard tools the service uses that are past their end of life',
      },
      toolsOutsideStandard: {
        type: 'set',
        description:
          'Component refs the service depends on (declared, or detected by a repository scan) that the standard does not list; other services are not counted',
      },
      distrolessRuntimeImage: {
        type: 'boolean',
        description:
          'Every known runtime base image is distroless; false when none is known',
      },
      standardDataVersion: {
        type: 'string',
        description:
          'The version of the standard data the service was judged against',
      },
      standardEdition: {
        type: 'integer',
        description: 'The edition (year) the service was judged against',
      },
    },
    handler: ctx => retrieveFacts(ctx, settings),
  };
}

async function retrieveFacts(
  ctx: FactRetrieverContext,
  settings: FactRetrieverSettings,
): Promise<TechInsightFact[]> {
  const requests = new PluginRequests(
    ctx.discovery,
    ctx.auth,
    settings.requestTimeoutMs,
  );
  const api = new StandardArchitectureApi(requests);
  const catalog = new CatalogReader(requests);
  // Fails the run with the plugin's reason (e.g. 503, not ingested yet).
  const editions = await api.editions();
  const standardDataVersion = editions.dataVersion ?? editions.contentHash;
  const targets = new Map<string, DependencyTarget>();
  const facts: TechInsightFact[] = [];
  let failed = 0;

  /** One service's facts: `undefined` when it left the catalog, `failed` when it could not be judged. */
  const judge = async (
    entityRef: string,
    dependsOn: string[],
  ): Promise<TechInsightFact | 'failed' | undefined> => {
    try {
      const recommendations = await api.recommendations(entityRef);
      if (!recommendations) return undefined;
      return {
        entity: parseEntityRef(entityRef),
        facts: {
          ...serviceFacts({
            dependsOn,
            targets,
            recommendations,
            standardDataVersion,
            toolNamespace: settings.toolNamespace,
          }),
        },
      };
    } catch (error) {
      // Without the standard nothing can be judged: stop the run.
      if (error instanceof ResponseError && error.response.status === 503) {
        throw error;
      }
      ctx.logger.warn(`Could not judge ${entityRef}: ${error}`);
      return 'failed';
    }
  };

  for await (const page of catalog.pages(
    'kind=component',
    SERVICE_FIELDS,
    settings.pageSize,
  )) {
    const services = page.filter(e => !isStandardTool(e));
    const dependencies = new Map(
      services.map(s => [stringifyEntityRef(s), componentDependencies(s)]),
    );
    await classifyTargets(
      catalog,
      [...dependencies.values()].flat().filter(ref => !targets.has(ref)),
      targets,
    );
    const judged = await mapWithConcurrency(
      [...dependencies.entries()],
      settings.concurrency,
      ([entityRef, dependsOn]) => judge(entityRef, dependsOn),
    );
    for (const fact of judged) {
      if (fact === 'failed') failed++;
      else if (fact) facts.push(fact);
    }
  }
  if (failed > 0 && facts.length === 0) {
    throw new Error(
      `Could not judge any of ${failed} services; see the warnings`,
    );
  }
  ctx.logger.info(
    `Judged ${facts.length} services against the ${
      editions.current
    } edition (data ${standardDataVersion})${
      failed ? `; ${failed} failed` : ''
    }`,
  );
  return facts;
}

/** Adds what each new ref is to `targets`, reading them in batches. */
async function classifyTargets(
  catalog: CatalogReader,
  refs: string[],
  targets: Map<string, DependencyTarget>,
) {
  const unique = [...new Set(refs)];
  for (let i = 0; i < unique.length; i += TARGET_BATCH) {
    const batch = unique.slice(i, i + TARGET_BATCH);
    const entities = await catalog.byRefs(batch, TARGET_FIELDS);
    batch.forEach((ref, j) =>
      targets.set(ref, classifyDependencyTarget(entities[j])),
    );
  }
}
