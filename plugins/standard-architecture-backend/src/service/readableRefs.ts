import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The refs among `refs` that the caller may read in the catalog. Only the
 * page being returned is checked, in one by-refs call with the caller's
 * credentials, so the index never shows what the catalog hides.
 */
export async function readableRefs(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return new Set();
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: unique,
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    },
    { credentials },
  );
  return new Set(unique.filter((_, i) => items[i] !== undefined));
}
