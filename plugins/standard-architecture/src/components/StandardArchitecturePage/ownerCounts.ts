import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';

/** What an owner is called where a plain string is needed (aria labels). */
export function ownerLabel(ownerRef: string): string {
  try {
    return humanizeEntityRef(parseEntityRef(ownerRef), {
      defaultKind: 'group',
    });
  } catch {
    return ownerRef;
  }
}

/** Owners with their counts: the largest first, then by name. */
export function sortOwnerCounts(
  byOwner: Record<string, number>,
): Array<[string, number]> {
  return Object.entries(byOwner).sort(
    (a, b) => b[1] - a[1] || ownerLabel(a[0]).localeCompare(ownerLabel(b[0])),
  );
}
