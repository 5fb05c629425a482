import { createApiRef } from '@backstage/core-plugin-api';
import {
  AdoptionResponse,
  EditionDiff,
  EditionResponse,
  EditionsResponse,
  GroupReportResponse,
  RecommendationsResponse,
  RefreshResponse,
  StatusResponse,
  ToolDependentsResponse,
} from '@k8s-standard/plugin-standard-architecture-common';

/** One page of a paged answer. @public */
export interface PageOptions {
  /** Items per page, 1 to 500 (the server's default is 50). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** Filters and paging of `getToolDependents`. @public */
export interface ToolDependentsOptions extends PageOptions {
  /** Only the dependents this owner (an entity ref) owns. */
  owner?: string;
  /** Only usages known this way. */
  source?: 'declared' | 'detected';
}

/** Scope and paging of `getGroupReport`. @public */
export interface GroupReportOptions extends PageOptions {
  /** Also cover the group's child groups, all the way down. */
  includeChildGroups?: boolean;
}

/**
 * Reads the Kubernetes Standard Architecture from the backend plugin.
 * @public
 */
export interface StandardArchitectureApi {
  getEditions(): Promise<EditionsResponse>;
  getEdition(year: number): Promise<EditionResponse>;
  getDiff(from: number, to: number): Promise<EditionDiff>;
  getRecommendations(entityRef: string): Promise<RecommendationsResponse>;
  /** Counts per tool, owner and status; never the dependents themselves. */
  getAdoption(): Promise<AdoptionResponse>;
  /** One page of the entities that use a tool. */
  getToolDependents(
    toolId: string,
    options?: ToolDependentsOptions,
  ): Promise<ToolDependentsResponse>;
  /** One page of a team's deprecated and caution dependencies. */
  getGroupReport(
    groupRef: string,
    options?: GroupReportOptions,
  ): Promise<GroupReportResponse>;
  /** Health details, the last ingestion and sync, and the index size. */
  getStatus(): Promise<StatusResponse>;
  /** Hands ingestion to the scheduler; it runs in the background. */
  refresh(options?: { force?: boolean }): Promise<RefreshResponse>;
}

/** @public */
export const standardArchitectureApiRef = createApiRef<StandardArchitectureApi>(
  {
    id: 'plugin.standard-architecture.service',
  },
);
