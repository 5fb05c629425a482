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

// Owners come from relations, so `spec.owner` is never fetched. Annotations
// (for base images) only where recommendations need them: adoption over the
// whole catalog skips them, which shrinks the response it streams.
export const DEPENDENT_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'relations',
];
export const FIELDS = [...DEPENDENT_FIELDS, 'metadata.annotations'];

/**
 * Retries a read once when the in-process HTTP call to the catalog hits a
 * socket the server just closed (ECONNRESET under load); reads are safe to repeat.
 */
async function readWithRetry<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String((error as Error)?.message)))
      throw error;
    return read();
  }
}

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
    const refs = toolIds.map(id => `component:default/${id}`);
    return this.query(
      { 'relations.dependsOn': refs },
      DEPENDENT_FIELDS,
      credentials,
    );
  }

  /**
   * The group and every entity it owns directly, read in parallel. Measured
   * on PostgreSQL, one OR-ed query for both was slower than two simple ones.
   * The rollup needs no annotations, so they are not fetched.
   */
  async groupWithOwned(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<{ group?: DependentEntity; owned: DependentEntity[] }> {
    const [group, owned] = await Promise.all([
      this.entity(groupRef, credentials),
      this.query(
        { 'relations.ownedBy': groupRef },
        DEPENDENT_FIELDS,
        credentials,
      ),
    ]);
    return { group, owned };
  }

  async entity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<DependentEntity | undefined> {
    const entity = await readWithRetry(() =>
      this.catalog.getEntityByRef(entityRef, { credentials }),
    );
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
    const parts = await this.query(
      { 'relations.partOf': entityRef },
      FIELDS,
      credentials,
    );
    return {
      ...entity,
      toolIds: [...new Set([entity, ...parts].flatMap(e => e.toolIds))],
      baseImages: [...new Set([entity, ...parts].flatMap(e => e.baseImages))],
    };
  }

  private async query(
    filter: Record<string, string | string[]>,
    fields: string[],
    credentials: BackstageCredentials,
  ): Promise<DependentEntity[]> {
    const { items } = await readWithRetry(() =>
      this.catalog.getEntities({ filter, fields }, { credentials }),
    );
    return items.map(toDependentEntity);
  }
}
