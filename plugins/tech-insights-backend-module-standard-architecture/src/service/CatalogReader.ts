import { Entity } from '@backstage/catalog-model';
import { PluginRequests } from './PluginRequests';

interface QueryPage {
  items: Entity[];
  pageInfo?: { nextCursor?: string };
}

/**
 * Reads the catalog through its REST API in pages, asking only for the
 * fields the fact retriever uses.
 */
export class CatalogReader {
  constructor(private readonly requests: PluginRequests) {}

  /** Every entity matching `filter` (e.g. `kind=component`), one page at a time. */
  async *pages(
    filter: string,
    fields: string[],
    pageSize: number,
  ): AsyncGenerator<Entity[]> {
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({
        ...(cursor ? { cursor } : { filter }),
        fields: fields.join(','),
        limit: String(pageSize),
      });
      const page = (await this.requests.json<QueryPage>(
        'catalog',
        `/entities/by-query?${query}`,
      ))!;
      if (page.items.length > 0) yield page.items;
      cursor = page.pageInfo?.nextCursor;
    } while (cursor);
  }

  /** The entities with these refs, `null` for each one the catalog does not have. */
  async byRefs(
    entityRefs: string[],
    fields: string[],
  ): Promise<Array<Entity | null>> {
    if (entityRefs.length === 0) return [];
    const { items } = (await this.requests.json<{
      items: Array<Entity | null>;
    }>('catalog', '/entities/by-refs', {
      method: 'POST',
      body: { entityRefs, fields },
    }))!;
    return items;
  }
}
