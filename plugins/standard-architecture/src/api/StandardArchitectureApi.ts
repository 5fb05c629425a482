import { createApiRef } from '@backstage/core-plugin-api';
import {
  AdoptionResponse,
  EditionDiff,
  EditionResponse,
  EditionsResponse,
  GroupReportResponse,
  RecommendationsResponse,
  RefreshResponse,
} from '@internal/plugin-standard-architecture-common';

/**
 * Reads the Kubernetes Standard Architecture from the backend plugin.
 * @public
 */
export interface StandardArchitectureApi {
  getEditions(): Promise<EditionsResponse>;
  getEdition(year: number): Promise<EditionResponse>;
  getDiff(from: number, to: number): Promise<EditionDiff>;
  getRecommendations(entityRef: string): Promise<RecommendationsResponse>;
  getAdoption(): Promise<AdoptionResponse>;
  getGroupReport(groupRef: string): Promise<GroupReportResponse>;
  refresh(options?: { force?: boolean }): Promise<RefreshResponse>;
}

/** @public */
export const standardArchitectureApiRef = createApiRef<StandardArchitectureApi>(
  {
    id: 'plugin.standard-architecture.service',
  },
);
