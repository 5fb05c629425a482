/*
 * The synthetic catalog reader: a CatalogService that answers the two calls
 * the usage sync makes (`queryEntities` with filter/limit/fields and a
 * cursor, `getEntitiesByRefs` with fields) from the bench organisation held
 * in memory, as the catalog would after processing and stitching: with
 * `relations` (ownedBy, dependsOn), a uid and an etag that changes whenever
 * the service changes. Every other method throws, so nothing else can quietly
 * depend on it.
 *
 * It is how the 100,000-service sync is measured: processing 100,000
 * entities through a real catalog takes over an hour on this machine. What
 * it leaves out is the catalog's own cost of reading its tables and the HTTP
 * hop: each answer is only passed through JSON.stringify/JSON.parse, as the
 * HTTP client would. The time spent inside it is counted (`readerMs`), and
 * at 10,000 services the bench runs the same sync against it and against the
 * real catalog, so the two can be compared at one scale.
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type {
  GetEntitiesByRefsRequest,
  GetEntitiesByRefsResponse,
  QueryEntitiesRequest,
  QueryEntitiesResponse,
} from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { groupEntity, groupRef, Organisation, serviceEntity } from './seed';
import { msSince } from './util';

function stitchedService(def: Organisation['services'][number]): Entity {
  const entity = serviceEntity(def);
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      namespace: 'default',
      uid: `bench-service-${def.i}`,
      etag: `s${def.i}v${def.version}`,
    },
    relations: [
      { type: 'ownedBy', targetRef: groupRef(def.group) },
      ...def.tools.map(t => ({
        type: 'dependsOn',
        targetRef: `component:default/${t}`,
      })),
    ],
  };
}

/** The standard's tool entities, which the sync must skip. */
function toolEntity(id: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: id,
      namespace: 'default',
      uid: `bench-tool-${id}`,
      etag: `t-${id}`,
    },
    spec: {
      type: 'tool',
      lifecycle: 'production',
      owner: 'group:default/platform-team',
    },
    relations: [],
  };
}

/** Copies the requested dotted paths, like the catalog's `fields`. */
function project(entity: Entity, fields?: string[]): Entity {
  if (!fields || fields.length === 0) return entity;
  const out: Record<string, any> = {};
  for (const field of fields) {
    const path = field.split('.');
    let from: any = entity;
    for (const key of path) from = from?.[key];
    if (from === undefined) continue;
    let to = out;
    for (const key of path.slice(0, -1)) to = to[key] ??= {};
    to[path[path.length - 1]] = from;
  }
  return out as Entity;
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));

interface Cursor {
  kinds: string[];
  offset: number;
}

export class SyntheticCatalogReader {
  /** Time spent answering, JSON round trip included. */
  readerMs = 0;
  calls = 0;
  private byRef = new Map<string, Entity>();
  private sorted: Entity[] = [];
  private byKinds = new Map<string, Entity[]>();

  constructor(private readonly org: Organisation) {
    this.rebuild();
  }

  /** Re-reads the organisation after its services changed. */
  rebuild() {
    const entities = [
      ...Array.from({ length: this.org.groups }, (_, g) => ({
        ...groupEntity(g),
        metadata: {
          ...groupEntity(g).metadata,
          namespace: 'default',
          uid: `bench-group-${g}`,
          etag: `g${g}`,
        },
      })),
      ...this.org.toolIds.map(toolEntity),
      ...this.org.services.map(stitchedService),
    ];
    this.byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
    this.sorted = [...this.byRef.keys()].sort().map(r => this.byRef.get(r)!);
    this.byKinds.clear();
  }

  async queryEntities(
    request: QueryEntitiesRequest | undefined,
  ): Promise<QueryEntitiesResponse> {
    const start = process.hrtime.bigint();
    this.calls++;
    let cursor: Cursor;
    if (request && 'cursor' in request) {
      cursor = JSON.parse(Buffer.from(request.cursor, 'base64url').toString());
    } else {
      const filter = request?.filter as Record<string, unknown> | undefined;
      const keys = Object.keys(filter ?? {});
      if (Array.isArray(filter) || keys.some(k => k !== 'kind')) {
        throw new Error(
          `synthetic catalog: only a kind filter is supported, got ${JSON.stringify(
            filter,
          )}`,
        );
      }
      const kind = filter?.kind;
      const kinds = kind === undefined ? [] : [kind].flat();
      cursor = {
        kinds: kinds.map(k => String(k).toLowerCase()),
        offset: request?.offset ?? 0,
      };
    }
    const limit = request?.limit ?? 1000;
    const key = cursor.kinds.join(',');
    let matching = this.byKinds.get(key);
    if (!matching) {
      matching =
        cursor.kinds.length === 0
          ? this.sorted
          : this.sorted.filter(e =>
              cursor.kinds.includes(e.kind.toLowerCase()),
            );
      this.byKinds.set(key, matching);
    }
    const items = matching
      .slice(cursor.offset, cursor.offset + limit)
      .map(e => project(e, request?.fields));
    const next = cursor.offset + limit;
    const response: QueryEntitiesResponse = roundTrip({
      items,
      totalItems: matching.length,
      pageInfo: {
        ...(next < matching.length && {
          nextCursor: Buffer.from(
            JSON.stringify({ kinds: cursor.kinds, offset: next }),
          ).toString('base64url'),
        }),
      },
    });
    this.readerMs += msSince(start);
    return response;
  }

  async getEntitiesByRefs(
    request: GetEntitiesByRefsRequest,
  ): Promise<GetEntitiesByRefsResponse> {
    const start = process.hrtime.bigint();
    this.calls++;
    if (request.filter) {
      throw new Error(
        'synthetic catalog: getEntitiesByRefs filter is not supported',
      );
    }
    const items = request.entityRefs.map(ref => {
      const entity = this.byRef.get(ref);
      return entity && project(entity, request.fields);
    });
    // JSON turns a hole into null; the client hands back undefined.
    const response = {
      items: (roundTrip(items) as Array<Entity | null>).map(
        e => e ?? undefined,
      ),
    };
    this.readerMs += msSince(start);
    return response;
  }

  /** As a CatalogService: the two methods above, and a throw for the rest. */
  asCatalogService(): CatalogService {
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (prop === 'queryEntities' || prop === 'getEntitiesByRefs') {
          const fn = Reflect.get(target, prop, receiver) as Function;
          return fn.bind(target);
        }
        if (prop === 'then') return undefined;
        return () => {
          throw new Error(
            `synthetic catalog: ${String(prop)} is not implemented`,
          );
        };
      },
    }) as unknown as CatalogService;
  }
}
