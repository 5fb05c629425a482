import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  recommend,
  RecommendationsResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import { ScanStatusStore } from '../database/ScanStatusStore';
import { UsageIndex } from '../database/UsageIndex';
import { toIndexedEntity } from '../usage/indexedEntity';
import { Judgement } from './usageAnswers';

/** Where a service's recommendations come from. */
export interface RecommendationSources {
  catalog: CatalogService;
  index: UsageIndex;
  scans: ScanStatusStore;
  currentEdition?: number;
  toolNamespace?: string;
  migrationWindowMonths?: number;
}

/**
 * What one entity depends on and what the standard says about each, as
 * `GET /recommendations` serves it. The catalog read uses the caller's
 * credentials, so an entity the caller may not see is a 404.
 */
export async function recommendationsAnswer(
  sources: RecommendationSources,
  judgement: () => Promise<Judgement>,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<RecommendationsResponse> {
  const { catalog, index } = sources;
  const [judged, entity, usage, state, evidence, scan] = await Promise.all([
    judgement(),
    catalog.getEntityByRef(entityRef, { credentials }),
    index.entityUsage(entityRef),
    index.state(),
    index.evidence(entityRef),
    sources.scans.get(entityRef),
  ]);
  // The catalog decides who may see the entity; the index says what it uses.
  if (!entity) throw new NotFoundError(`entityRef: no entity ${entityRef}`);
  const fallback = toIndexedEntity(entity, sources.toolNamespace);
  const tools = usage?.tools ?? [
    ...fallback.declaredTools.map(toolId => ({
      toolId,
      declared: true,
      detected: false,
    })),
  ];
  const detectedBaseImages = scan?.baseImages ?? [];
  // The runtime image a scan found counts like a declared base image.
  const baseImages = [
    ...new Set([
      ...(usage ? usage.baseImages : fallback.baseImages),
      ...detectedBaseImages.filter(b => b.final).map(b => b.image),
    ]),
  ];
  return {
    entityRef,
    ...(state.asOf && { asOf: state.asOf }),
    indexed: Boolean(usage),
    ...recommend(
      judged.standard,
      { tools: tools.map(t => t.toolId), baseImages },
      {
        edition: sources.currentEdition,
        today: judged.today,
        migrationWindowMonths: sources.migrationWindowMonths,
      },
    ),
    usage: Object.fromEntries(
      tools.map(t => [
        t.toolId,
        {
          declared: t.declared,
          detected: t.detected,
          evidence: evidence.get(t.toolId) ?? [],
        },
      ]),
    ),
    detectedBaseImages,
    ...(scan && {
      scan: {
        location: scan.location,
        scannedAt: scan.scannedAt,
        outcome: scan.outcome,
        ...(scan.etag && { etag: scan.etag }),
        ...(scan.error && { error: scan.error }),
        filesScanned: scan.filesScanned,
        skipped: scan.skipped,
      },
    }),
  };
}
