import { randomUUID } from 'crypto';
import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { UsageIndex } from '../database/UsageIndex';
import {
  INDEX_FIELDS,
  isProvidedByStandard,
  isStandardTool,
  LIGHT_FIELDS,
  toIndexedEntity,
} from './indexedEntity';

/** What one sync did. */
export interface SyncResult {
  syncId: string;
  seen: number;
  changed: number;
  removed: number;
  pages: number;
  ms: number;
}

export interface UsageIndexSyncOptions {
  /** Entity kinds whose usage is indexed. */
  kinds: string[];
  /** Entities per catalog page. */
  pageSize: number;
  /** The namespace of the tool entities; default `default`. */
  toolNamespace?: string;
}

/**
 * Brings the usage index up to date with the catalog. It pages through the
 * catalog with light fields (ref and etag), fetches in full only entities
 * whose etag changed, writes each page in one transaction, and removes what
 * the catalog no longer has only after a complete pass. A sync that dies
 * halfway leaves every written page consistent and `asOf` unchanged.
 */
export class UsageIndexSync {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly index: UsageIndex,
    private readonly logger: LoggerService,
    private readonly options: UsageIndexSyncOptions,
  ) {}

  async run(): Promise<SyncResult> {
    const started = Date.now();
    const syncId = randomUUID();
    const credentials = await this.auth.getOwnServiceCredentials();
    const seen = new Set<string>();
    let changed = 0;
    let pages = 0;
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: this.options.pageSize, fields: LIGHT_FIELDS }
          : {
              filter: { kind: this.options.kinds },
              limit: this.options.pageSize,
              fields: LIGHT_FIELDS,
              totalItems: 'exclude',
            },
        { credentials },
      );
      pages++;
      const users = page.items.filter(e => !isStandardTool(e));
      const refs = users.map(e => stringifyEntityRef(e));
      refs.forEach(ref => seen.add(ref));
      const known = await this.index.etags(refs);
      const stale = refs.filter(
        (ref, i) =>
          !known.has(ref) || known.get(ref) !== users[i].metadata.etag,
      );
      const newRefs = new Set(stale.filter(ref => !known.has(ref)));
      const written = await this.writeChanged(
        stale,
        newRefs,
        syncId,
        credentials,
      );
      changed += written.count;
      written.missing.forEach(ref => seen.delete(ref));
      cursor = page.pageInfo.nextCursor;
    } while (cursor);

    const gone = (await this.index.allEntityRefs()).filter(r => !seen.has(r));
    await this.index.removeEntities(gone);
    await this.index.completeSync(syncId, new Date());
    const result = {
      syncId,
      seen: seen.size,
      changed,
      removed: gone.length,
      pages,
      ms: Date.now() - started,
    };
    this.logger.info(
      `Usage index synced: ${result.seen} entities seen, ${result.changed} changed, ${result.removed} removed in ${result.ms} ms`,
    );
    return result;
  }

  private async writeChanged(
    refs: string[],
    newRefs: Set<string>,
    syncId: string,
    credentials: BackstageCredentials,
  ): Promise<{ count: number; missing: string[] }> {
    if (refs.length === 0) return { count: 0, missing: [] };
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: INDEX_FIELDS },
      { credentials },
    );
    // Deleted between the two reads: removed at the end of the pass.
    const missing = refs.filter((_, i) => !items[i]);
    const entities = items.flatMap(e =>
      e && !isProvidedByStandard(e)
        ? [toIndexedEntity(e, this.options.toolNamespace)]
        : [],
    );
    await this.index.upsertEntities(entities, syncId, { newRefs });
    return { count: entities.length, missing };
  }
}
