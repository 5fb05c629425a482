import { Knex } from 'knex';

/** What the index keeps of one catalog entity. */
export interface IndexedEntity {
  entityRef: string;
  kind: string;
  type?: string;
  owner?: string;
  system?: string;
  title?: string;
  etag?: string;
  baseImages: string[];
  /** The repository to scan, as a URL the UrlReader can read. */
  sourceLocation?: string;
  /** Tool ids from `spec.dependsOn`. */
  declaredTools: string[];
}

/** One (entity, tool) usage as read back from the index. */
export interface UsageRow {
  entityRef: string;
  toolId: string;
  declared: boolean;
  detected: boolean;
  owner?: string;
  kind: string;
  type?: string;
  title?: string;
}

export interface IndexState {
  generation: number;
  syncId?: string;
  asOf?: string;
}

// Rows per statement: SQLite caps bound variables, and big IN lists plan badly.
const CHUNK = 500;
// Rows per insert: about 5,000 bound values, within SQLite's and PostgreSQL's limits.
const INSERT_ROWS = 500;
const NO_OWNER = '';

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size));
  return out;
}

/** +1/−1 deltas per key, applied as increments. */
class Deltas {
  readonly map = new Map<string, number>();
  add(key: string, by: number) {
    this.map.set(key, (this.map.get(key) ?? 0) + by);
  }
  entries(): Array<[string, number]> {
    return [...this.map.entries()].filter(([, n]) => n !== 0);
  }
}

const toolOwnerKey = (tool: string, owner: string) => `${tool}\u0000${owner}`;

/** The aggregate moves that take these rows out of the counts. */
function withdrawn(
  oldEntities: Array<{ owner: string | null }>,
  oldUsage: Array<{ tool_id: string; owner: string }>,
) {
  const usageDeltas = new Deltas();
  const ownerDeltas = new Deltas();
  for (const row of oldUsage) {
    usageDeltas.add(toolOwnerKey(row.tool_id, row.owner), -1);
  }
  for (const row of oldEntities) ownerDeltas.add(row.owner ?? NO_OWNER, -1);
  return { usageDeltas, ownerDeltas };
}

/**
 * The usage index: entities, one row per (entity, tool), and the aggregates
 * per tool and owner, all changed together in one transaction per batch, so
 * the counts always match the rows.
 */
export class UsageIndex {
  constructor(private readonly knex: Knex) {}

  async state(): Promise<IndexState> {
    const row = await this.knex('sa_index_state').where({ id: 1 }).first();
    return {
      generation: Number(row?.generation ?? 0),
      ...(row?.sync_id && { syncId: row.sync_id }),
      ...(row?.as_of && { asOf: new Date(row.as_of).toISOString() }),
    };
  }

  /** The etags the index holds for these refs, to skip unchanged entities. */
  async etags(refs: string[]): Promise<Map<string, string | undefined>> {
    const result = new Map<string, string | undefined>();
    for (const part of chunks(refs)) {
      const rows = await this.knex('sa_entities')
        .whereIn('entity_ref', part)
        .select('entity_ref', 'etag');
      for (const row of rows) result.set(row.entity_ref, row.etag ?? undefined);
    }
    return result;
  }

  /**
   * Writes a batch of entities as the catalog has them now: their declared
   * usage replaces the old, detected usage is kept, and the aggregates move
   * by the difference. One transaction.
   */
  async upsertEntities(
    entities: IndexedEntity[],
    syncId: string,
    options: { newRefs?: Set<string> } = {},
  ) {
    if (entities.length === 0) return;
    await this.knex.transaction(async tx => {
      const refs = entities.map(e => e.entityRef);
      // Refs the caller knows are new have nothing to read back or delete.
      const known = refs.filter(ref => !options.newRefs?.has(ref));
      const { oldEntities, oldUsage } = await this.readOld(tx, known);
      const { usageDeltas, ownerDeltas } = withdrawn(oldEntities, oldUsage);

      const detectedByRef = new Map<string, typeof oldUsage>();
      for (const row of oldUsage) {
        if (!truthy(row.detected)) continue;
        const list = detectedByRef.get(row.entity_ref) ?? [];
        list.push(row);
        detectedByRef.set(row.entity_ref, list);
      }

      const usageRows: Record<string, unknown>[] = [];
      for (const entity of entities) {
        const owner = entity.owner ?? NO_OWNER;
        ownerDeltas.add(owner, 1);
        const detected = new Map(
          (detectedByRef.get(entity.entityRef) ?? []).map(r => [r.tool_id, r]),
        );
        const tools = new Set([...entity.declaredTools, ...detected.keys()]);
        for (const toolId of tools) {
          usageDeltas.add(toolOwnerKey(toolId, owner), 1);
          usageRows.push({
            entity_ref: entity.entityRef,
            tool_id: toolId,
            declared: entity.declaredTools.includes(toolId),
            detected: detected.has(toolId),
            evidence_json: detected.get(toolId)?.evidence_json ?? null,
            owner,
            kind: entity.kind,
            type: entity.type ?? null,
            sync_id: syncId,
          });
        }
      }

      for (const part of chunks(known)) {
        await tx('sa_usage').whereIn('entity_ref', part).delete();
        await tx('sa_entities').whereIn('entity_ref', part).delete();
      }
      for (const part of chunks(usageRows, INSERT_ROWS)) {
        await tx('sa_usage').insert(part);
      }
      const entityRows = entities.map(e => ({
        entity_ref: e.entityRef,
        kind: e.kind,
        type: e.type ?? null,
        owner: e.owner ?? NO_OWNER,
        system: e.system ?? null,
        title: e.title ?? null,
        etag: e.etag ?? null,
        source_location: e.sourceLocation ?? null,
        base_images_json:
          e.baseImages.length > 0 ? JSON.stringify(e.baseImages) : null,
        sync_id: syncId,
      }));
      for (const part of chunks(entityRows, INSERT_ROWS)) {
        await tx('sa_entities').insert(part);
      }
      await this.applyDeltas(tx, usageDeltas, ownerDeltas);
    });
  }

  /**
   * Replaces an entity's detected usage with what a scan found, keeping its
   * declared usage; the aggregates move by the difference. False when the
   * entity is not indexed (the sync adds it first).
   */
  async replaceDetections(
    entityRef: string,
    found: Map<string, Evidence[]>,
    syncId: string,
  ): Promise<boolean> {
    return this.knex.transaction(async tx => {
      const entity = await tx('sa_entities')
        .where({ entity_ref: entityRef })
        .first('owner', 'kind', 'type');
      if (!entity) return false;
      const old = await tx('sa_usage')
        .where({ entity_ref: entityRef })
        .select('tool_id', 'declared', 'detected', 'owner');
      const remaining = new Map(found);
      const deltas = new Deltas();
      for (const row of old) {
        const evidence = remaining.get(row.tool_id);
        const where = { entity_ref: entityRef, tool_id: row.tool_id };
        if (evidence) {
          remaining.delete(row.tool_id);
          await tx('sa_usage')
            .where(where)
            .update({
              detected: true,
              evidence_json: JSON.stringify(evidence),
            });
        } else if (truthy(row.detected) && truthy(row.declared)) {
          await tx('sa_usage')
            .where(where)
            .update({ detected: false, evidence_json: null });
        } else if (truthy(row.detected)) {
          await tx('sa_usage').where(where).delete();
          deltas.add(toolOwnerKey(row.tool_id, row.owner), -1);
        }
      }
      for (const [toolId, evidence] of remaining) {
        await tx('sa_usage').insert({
          entity_ref: entityRef,
          tool_id: toolId,
          declared: false,
          detected: true,
          evidence_json: JSON.stringify(evidence),
          owner: entity.owner,
          kind: entity.kind,
          type: entity.type,
          sync_id: syncId,
        });
        deltas.add(toolOwnerKey(toolId, entity.owner), 1);
      }
      await this.applyDeltas(tx, deltas, new Deltas());
      return true;
    });
  }

  /** Indexed Components with a repository to scan, in ref order, one page. */
  async scanTargets(
    after: string | undefined,
    limit: number,
  ): Promise<Array<{ entityRef: string; sourceLocation: string }>> {
    const query = this.knex('sa_entities')
      .where('kind', 'Component')
      .whereNotNull('source_location')
      .orderBy('entity_ref')
      .limit(limit)
      .select('entity_ref', 'source_location');
    if (after) query.where('entity_ref', '>', after);
    const rows = await query;
    return rows.map(r => ({
      entityRef: r.entity_ref,
      sourceLocation: r.source_location,
    }));
  }

  /** The evidence of an entity's detected usage, per tool. */
  async evidence(entityRef: string): Promise<Map<string, Evidence[]>> {
    const rows = await this.knex('sa_usage')
      .where({ entity_ref: entityRef })
      .whereNotNull('evidence_json')
      .select('tool_id', 'evidence_json');
    return new Map(rows.map(r => [r.tool_id, JSON.parse(r.evidence_json)]));
  }

  /** Removes entities the catalog no longer has, with their usage. */
  async removeEntities(refs: string[]): Promise<void> {
    for (const part of chunks(refs)) {
      await this.knex.transaction(async tx => {
        const { oldEntities, oldUsage } = await this.readOld(tx, part);
        const { usageDeltas, ownerDeltas } = withdrawn(oldEntities, oldUsage);
        await tx('sa_usage').whereIn('entity_ref', part).delete();
        await tx('sa_entities').whereIn('entity_ref', part).delete();
        await tx('sa_scans').whereIn('entity_ref', part).delete();
        await this.applyDeltas(tx, usageDeltas, ownerDeltas);
      });
    }
  }

  /** Every indexed ref, to find the ones a full pass did not see. */
  async allEntityRefs(): Promise<string[]> {
    const rows = await this.knex('sa_entities').select('entity_ref');
    return rows.map(r => r.entity_ref);
  }

  /** Marks a sync complete: `asOf` moves to its end. */
  async completeSync(syncId: string, at: Date): Promise<void> {
    await this.knex('sa_index_state')
      .insert({ id: 1, generation: 1, sync_id: syncId, as_of: at })
      .onConflict('id')
      .merge({
        sync_id: syncId,
        as_of: at,
        generation: this.knex.raw('?? + 1', ['sa_index_state.generation']),
      });
  }

  // ------------------------------------------------------------ answers

  /** Dependents per (tool, owner): small, whatever the number of services. */
  async usageCounts(): Promise<
    Array<{ toolId: string; owner?: string; dependents: number }>
  > {
    const rows = await this.knex('sa_usage_counts').select();
    return rows.map(r => ({
      toolId: r.tool_id,
      ...(r.owner !== NO_OWNER && { owner: r.owner }),
      dependents: Number(r.dependents),
    }));
  }

  /** Indexed entities, in all or owned by the given owners. */
  async entityCount(owners?: string[]): Promise<number> {
    const query = this.knex('sa_owner_counts').sum({ n: 'entities' });
    if (owners) query.whereIn('owner', owners);
    const [row] = await query;
    return Number(row?.n ?? 0);
  }

  async usageCount(): Promise<number> {
    const [row] = await this.knex('sa_usage_counts').sum({ n: 'dependents' });
    return Number(row?.n ?? 0);
  }

  /** Dependents of tools among owners, from the aggregates. */
  async dependentCount(filter: {
    toolIds: string[];
    owners?: string[];
  }): Promise<number> {
    if (filter.toolIds.length === 0) return 0;
    const query = this.knex('sa_usage_counts')
      .sum({ n: 'dependents' })
      .whereIn('tool_id', filter.toolIds);
    if (filter.owners) query.whereIn('owner', filter.owners);
    const [row] = await query;
    return Number(row?.n ?? 0);
  }

  /** Counts rows when a filter the aggregates don't have (source) applies. */
  async countUsage(filter: UsageFilter): Promise<number> {
    const [row] = await this.filtered(filter).count({ n: '*' });
    return Number(row?.n ?? 0);
  }

  /** One page of usage rows for one tool, ordered by entity ref. */
  async usagePage(
    filter: UsageFilter & { after?: string },
    limit: number,
  ): Promise<UsageRow[]> {
    const query = this.filtered(filter)
      .leftJoin('sa_entities as e', 'e.entity_ref', 'u.entity_ref')
      .orderBy('u.entity_ref')
      .limit(limit)
      .select(
        'u.entity_ref',
        'u.tool_id',
        'u.declared',
        'u.detected',
        'u.owner',
        'u.kind',
        'u.type',
        'e.title',
      );
    if (filter.after) query.where('u.entity_ref', '>', filter.after);
    const rows = await query;
    return rows.map(r => ({
      entityRef: r.entity_ref,
      toolId: r.tool_id,
      declared: truthy(r.declared),
      detected: truthy(r.detected),
      ...(r.owner !== NO_OWNER && { owner: r.owner }),
      kind: r.kind,
      ...(r.type && { type: r.type }),
      ...(r.title && { title: r.title }),
    }));
  }

  /** An entity's own usage and base images, plus its parts' for a System. */
  async entityUsage(entityRef: string): Promise<
    | {
        tools: Array<{ toolId: string; declared: boolean; detected: boolean }>;
        baseImages: string[];
      }
    | undefined
  > {
    const entity = await this.knex('sa_entities')
      .where({ entity_ref: entityRef })
      .first();
    if (!entity) return undefined;
    const refs = [entityRef];
    if (entity.kind.toLowerCase() === 'system') {
      const parts = await this.knex('sa_entities')
        .where({ system: entityRef })
        .select('entity_ref');
      refs.push(...parts.map(p => p.entity_ref));
    }
    const [rows, images] = await Promise.all([
      this.knex('sa_usage')
        .whereIn('entity_ref', refs)
        .select('tool_id', 'declared', 'detected'),
      this.knex('sa_entities')
        .whereIn('entity_ref', refs)
        .whereNotNull('base_images_json')
        .select('base_images_json'),
    ]);
    const tools = new Map<string, { declared: boolean; detected: boolean }>();
    for (const row of rows) {
      const known = tools.get(row.tool_id) ?? {
        declared: false,
        detected: false,
      };
      known.declared ||= truthy(row.declared);
      known.detected ||= truthy(row.detected);
      tools.set(row.tool_id, known);
    }
    return {
      tools: [...tools.entries()].map(([toolId, known]) => ({
        toolId,
        ...known,
      })),
      baseImages: [
        ...new Set(
          images.flatMap(i => JSON.parse(i.base_images_json) as string[]),
        ),
      ],
    };
  }

  private filtered(filter: UsageFilter) {
    const query = this.knex('sa_usage as u').where('u.tool_id', filter.toolId);
    if (filter.owners) query.whereIn('u.owner', filter.owners);
    if (filter.source === 'declared') query.where('u.declared', true);
    if (filter.source === 'detected') query.where('u.detected', true);
    return query;
  }

  private async readOld(tx: Knex.Transaction, refs: string[]) {
    const oldEntities: Array<{ entity_ref: string; owner: string }> = [];
    const oldUsage: Array<{
      entity_ref: string;
      tool_id: string;
      owner: string;
      detected: unknown;
      evidence_json: string | null;
    }> = [];
    for (const part of chunks(refs)) {
      oldEntities.push(
        ...(await tx('sa_entities')
          .whereIn('entity_ref', part)
          .select('entity_ref', 'owner')),
      );
      oldUsage.push(
        ...(await tx('sa_usage')
          .whereIn('entity_ref', part)
          .select(
            'entity_ref',
            'tool_id',
            'owner',
            'detected',
            'evidence_json',
          )),
      );
    }
    return { oldEntities, oldUsage };
  }

  private async applyDeltas(
    tx: Knex.Transaction,
    usageDeltas: Deltas,
    ownerDeltas: Deltas,
  ) {
    const usage = usageDeltas.entries().map(([key, n]) => {
      const [toolId, owner] = key.split('\u0000');
      return { tool_id: toolId, owner, dependents: n };
    });
    for (const part of chunks(usage, 200)) {
      await tx('sa_usage_counts')
        .insert(part)
        .onConflict(['tool_id', 'owner'])
        .merge({
          dependents: tx.raw('?? + ??', [
            'sa_usage_counts.dependents',
            'excluded.dependents',
          ]),
        });
    }
    const owners = ownerDeltas
      .entries()
      .map(([owner, n]) => ({ owner, entities: n }));
    for (const part of chunks(owners, 200)) {
      await tx('sa_owner_counts')
        .insert(part)
        .onConflict('owner')
        .merge({
          entities: tx.raw('?? + ??', [
            'sa_owner_counts.entities',
            'excluded.entities',
          ]),
        });
    }
    if (usage.length > 0)
      await tx('sa_usage_counts').where('dependents', '<=', 0).delete();
    if (owners.length > 0)
      await tx('sa_owner_counts').where('entities', '<=', 0).delete();
    await tx('sa_index_state')
      .insert({ id: 1, generation: 1 })
      .onConflict('id')
      .merge({
        generation: tx.raw('?? + 1', ['sa_index_state.generation']),
      });
  }
}

/** Where a detected usage was found. */
export interface Evidence {
  path: string;
  line: number;
  text: string;
  ruleId: string;
  /** The etag or commit the repository was scanned at. */
  at?: string;
  /** The file in the integration's web view, when it can be derived. */
  url?: string;
}

/** Filters for reading usage rows of one tool. */
export interface UsageFilter {
  toolId: string;
  owners?: string[];
  source?: 'declared' | 'detected';
}

// SQLite returns booleans as 0/1.
function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}
