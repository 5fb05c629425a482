import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { ANNOTATIONS } from '@internal/plugin-standard-architecture-common';

/** A tool entity → the tool that replaces it. */
export const RELATION_REPLACED_BY = 'replacedBy';
/** The inverse of `replacedBy`. */
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
    const replacedBy = entity.metadata.annotations?.[ANNOTATIONS.replacedBy];
    if (!replacedBy) return entity;
    const self = {
      kind: entity.kind,
      namespace: entity.metadata.namespace ?? 'default',
      name: entity.metadata.name,
    };
    for (const ref of replacedBy
      .split(',')
      .map(r => r.trim())
      .filter(Boolean)) {
      const target = parseEntityRef(ref, {
        defaultKind: 'component',
        defaultNamespace: self.namespace,
      });
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
