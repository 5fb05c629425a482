import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { rootRouteRef } from '../routes';

/**
 * The page's route ref in the new frontend system: the legacy `rootRouteRef`
 * converted, so links built either way resolve to the same mount point.
 * @alpha
 */
export const standardArchitectureRootRouteRef =
  convertLegacyRouteRef(rootRouteRef);
