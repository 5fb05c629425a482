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
 * Every permission this plugin defines, for the permissions registry.
 * @public
 */
export const standardArchitecturePermissions = [
  standardArchitectureRefreshPermission,
];
