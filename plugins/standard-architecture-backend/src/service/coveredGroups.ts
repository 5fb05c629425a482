import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { RELATION_PARENT_OF } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

const MAX_GROUPS = 1000;
const GROUP_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'relations',
];

const children = (entity: {
  relations?: Array<{ type: string; targetRef: string }>;
}) =>
  (entity.relations ?? [])
    .filter(r => r.type === RELATION_PARENT_OF)
    .map(r => r.targetRef);

/**
 * The group, and with `includeChildGroups` every group below it, as the
 * caller may read them. One catalog read per level of the tree.
 */
export async function coveredGroups(
  catalog: CatalogService,
  groupRef: string,
  includeChildGroups: boolean,
  credentials: BackstageCredentials,
): Promise<string[]> {
  const group = await catalog.getEntityByRef(groupRef, { credentials });
  if (!group || group.kind.toLowerCase() !== 'group') {
    throw new NotFoundError(`group: no group ${groupRef}`);
  }
  const covered = [groupRef];
  if (!includeChildGroups) return covered;
  const seen = new Set(covered);
  let level = children(group).filter(ref => !seen.has(ref));
  while (level.length > 0 && seen.size < MAX_GROUPS) {
    level.forEach(ref => seen.add(ref));
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: level, fields: GROUP_FIELDS },
      { credentials },
    );
    const next: string[] = [];
    const asked = level;
    items.forEach((entity, i) => {
      if (!entity) return;
      covered.push(asked[i]);
      next.push(...children(entity).filter(ref => !seen.has(ref)));
    });
    level = [...new Set(next)];
  }
  return covered;
}
