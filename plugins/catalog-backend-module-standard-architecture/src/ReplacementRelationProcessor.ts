import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { ANNOTATIONS } from '@k8s-standard/plugin-standard-architecture-common';
import { STANDARD_PROVIDER_NAME as PROVIDER_NAME } from '@k8s-standard/plugin-standard-architecture-common';

/** A tool entity → the tool that replaces it. @public */
export const RELATION_REPLACED_BY = 'replacedBy';
/** The inverse of `replacedBy`. @public */
export const RELATION_REPLACES = 'replaces';

/**
 * Turns the replaced-by annotation into `replacedBy`/`replaces` relations,
 * so the catalog graph draws the replacement as an edge.
 * @public
 */
export class ReplacementRelationProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'StandardArchitectureReplacementRelationProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const annotations = entity.metadata.annotations ?? {};
    const replacedBy = annotations[ANNOTATIONS.replacedBy];
    // Only the standard's own entities: a hand-written annotation elsewhere
    // must not draw replacement edges.
    if (!replacedBy || annotations[ANNOTATIONS.provider] !== PROVIDER_NAME) {
      return entity;
    }
    const self = {
      kind: entity.kind,
      namespace: entity.metadata.namespace ?? 'default',
      name: entity.metadata.name,
    };
    for (const ref of replacedBy
      .split(',')
      .map(r => r.trim())
      .filter(Boolean)) {
      let target: { kind: string; namespace: string; name: string };
      try {
        target = parseEntityRef(ref, {
          defaultKind: 'component',
          defaultNamespace: self.namespace,
        });
      } catch {
        continue; // A malformed ref draws no edge; it never fails processing.
      }
      emit(
        processingResult.relation({
          source: self,
          type: RELATION_REPLACED_BY,
          target,
        }),
      );
      emit(
        processingResult.relation({
          source: target,
          type: RELATION_REPLACES,
          target: self,
        }),
      );
    }
    return entity;
  }
}
