import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows running the standard's ingestion on demand (`POST /refresh`).
 * @public
 */
export const standardArchitectureRefreshPermission = createPermission({
  name: 'standard-architecture.refresh',
  attributes: { action: 'update' },
});

/**
 * Allows a refresh to bypass the removal guard (`POST /refresh?force=true`).
 * Separate from refresh, because it can remove tool entities from the catalog.
 * @public
 */
export const standardArchitectureForceRefreshPermission = createPermission({
  name: 'standard-architecture.refresh.force',
  attributes: { action: 'delete' },
});

/**
 * Every permission this plugin defines, for the permissions registry.
 * @public
 */
export const standardArchitecturePermissions = [
  standardArchitectureRefreshPermission,
  standardArchitectureForceRefreshPermission,
];
