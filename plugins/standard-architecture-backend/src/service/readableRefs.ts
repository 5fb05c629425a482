import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The refs among `refs` that the caller may read in the catalog. Only the
 * page being returned is checked. When the caller may read every entity
 * (the policy allows it outright, or permissions are off) no entity is
 * fetched; otherwise one by-refs call with the caller's credentials lets
 * the catalog apply the policy's conditions.
 */
export async function readableRefs(
  catalog: CatalogService,
  permissions: PermissionsService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return new Set();
  const [decision] = await permissions.authorizeConditional(
    [{ permission: catalogEntityReadPermission }],
    { credentials },
  );
  if (decision.result === AuthorizeResult.ALLOW) return new Set(unique);
  if (decision.result === AuthorizeResult.DENY) return new Set();
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: unique,
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    },
    { credentials },
  );
  return new Set(unique.filter((_, i) => items[i] !== undefined));
}
