import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
import {
  GroupReportOptions,
  StandardArchitectureApi,
  ToolDependentsOptions,
} from './StandardArchitectureApi';

/** `?a=1&b=2` from the defined values only, or '' when there are none. */
function query(params: Record<string, string | number | boolean | undefined>) {
  const defined = Object.entries(params).flatMap(([key, value]) =>
    value === undefined ? [] : [[key, String(value)]],
  );
  return defined.length > 0 ? `?${new URLSearchParams(defined)}` : '';
}

/**
 * The HTTP client for `/api/standard-architecture`. Auth comes from
 * `fetchApi`; failures throw `ResponseError` with the server's message.
 * @public
 */
export class StandardArchitectureClient implements StandardArchitectureApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getEditions(): Promise<EditionsResponse> {
    return this.get('/editions');
  }

  getEdition(year: number): Promise<EditionResponse> {
    return this.get(`/editions/${encodeURIComponent(String(year))}`);
  }

  getDiff(from: number, to: number): Promise<EditionDiff> {
    return this.get(`/diff${query({ from, to })}`);
  }

  getRecommendations(entityRef: string): Promise<RecommendationsResponse> {
    return this.get(`/recommendations${query({ entityRef })}`);
  }

  getAdoption(): Promise<AdoptionResponse> {
    return this.get('/adoption');
  }

  getToolDependents(
    toolId: string,
    options: ToolDependentsOptions = {},
  ): Promise<ToolDependentsResponse> {
    const { owner, source, limit, cursor } = options;
    return this.get(
      `/tools/${encodeURIComponent(toolId)}/dependents${query({
        owner,
        source,
        limit,
        cursor,
      })}`,
    );
  }

  getGroupReport(
    groupRef: string,
    options: GroupReportOptions = {},
  ): Promise<GroupReportResponse> {
    const { namespace, name } = parseEntityRef(groupRef, {
      defaultKind: 'group',
    });
    const { includeChildGroups, limit, cursor } = options;
    return this.get(
      `/groups/${encodeURIComponent(namespace)}/${encodeURIComponent(
        name,
      )}/report${query({ includeChildGroups, limit, cursor })}`,
    );
  }

  getStatus(): Promise<StatusResponse> {
    return this.get('/status');
  }

  refresh(options?: { force?: boolean }): Promise<RefreshResponse> {
    return this.request(
      `/refresh${query({ force: options?.force || undefined })}`,
      {
        method: 'POST',
      },
    );
  }

  private get<T>(path: string): Promise<T> {
    return this.request(path, {});
  }

  private async request<T>(path: string, init: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('standard-architecture');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
