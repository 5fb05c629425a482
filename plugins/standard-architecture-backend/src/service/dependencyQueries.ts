import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ANNOTATIONS } from '@internal/plugin-standard-architecture-common';

/** An entity with what recommendations need: its tool ids and base images. */
export interface DependentEntity {
  entityRef: string;
  title?: string;
  owner?: string;
  toolIds: string[];
  baseImages: string[];
}

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.annotations',
  'spec.owner',
  'relations',
];

const TOOL_REF = /^component:default\/(.+)$/;

/** Reads an entity's standard tool dependencies from its relations. */
export function toDependentEntity(entity: Entity): DependentEntity {
  const relations = entity.relations ?? [];
  return {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title,
    owner: relations.find(r => r.type === RELATION_OWNED_BY)?.targetRef,
    toolIds: relations
      .filter(r => r.type === RELATION_DEPENDS_ON)
      .map(r => TOOL_REF.exec(r.targetRef)?.[1])
      .filter((id): id is string => Boolean(id)),
    baseImages: (entity.metadata.annotations?.[ANNOTATIONS.baseImage] ?? '')
      .split(',')
      .map(s => s.trim())
      .filter(Boolean),
  };
}

/**
 * Catalog reads for adoption and team rollups. Each is one relation-based
 * query with the caller's credentials, never a query per entity.
 */
export class DependencyQueries {
  constructor(private readonly catalog: CatalogService) {}

  /** Every entity that depends on at least one of the tools. */
  async dependentsOf(
    toolIds: string[],
    credentials: BackstageCredentials,
  ): Promise<DependentEntity[]> {
    if (toolIds.length === 0) return [];
    const { items } = await this.catalog.getEntities(
      {
        filter: {
          'relations.dependsOn': toolIds.map(id => `component:default/${id}`),
        },
        fields: FIELDS,
      },
      { credentials },
    );
    return items.map(toDependentEntity);
  }

  /** Every entity the group owns directly. */
  async ownedBy(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<DependentEntity[]> {
    const { items } = await this.catalog.getEntities(
      { filter: { 'relations.ownedBy': groupRef }, fields: FIELDS },
      { credentials },
    );
    return items.map(toDependentEntity);
  }

  async entity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<DependentEntity | undefined> {
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    return entity && toDependentEntity(entity);
  }

  /**
   * An entity with, for a System, the tools and base images of its parts
   * too (one more query), so a system's card covers its components.
   */
  async entityWithParts(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<DependentEntity | undefined> {
    const entity = await this.entity(entityRef, credentials);
    if (!entity || !entityRef.startsWith('system:')) return entity;
    const { items } = await this.catalog.getEntities(
      { filter: { 'relations.partOf': entityRef }, fields: FIELDS },
      { credentials },
    );
    const parts = items.map(toDependentEntity);
    return {
      ...entity,
      toolIds: [...new Set([entity, ...parts].flatMap(e => e.toolIds))],
      baseImages: [...new Set([entity, ...parts].flatMap(e => e.baseImages))],
    };
  }
}
