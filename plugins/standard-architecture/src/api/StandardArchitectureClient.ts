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
} from '@internal/plugin-standard-architecture-common';
import { StandardArchitectureApi } from './StandardArchitectureApi';

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
    return this.get(
      `/diff?${new URLSearchParams({ from: String(from), to: String(to) })}`,
    );
  }

  getRecommendations(entityRef: string): Promise<RecommendationsResponse> {
    return this.get(`/recommendations?${new URLSearchParams({ entityRef })}`);
  }

  getAdoption(): Promise<AdoptionResponse> {
    return this.get('/adoption');
  }

  getGroupReport(groupRef: string): Promise<GroupReportResponse> {
    const { namespace, name } = parseEntityRef(groupRef, {
      defaultKind: 'group',
    });
    return this.get(
      `/groups/${encodeURIComponent(namespace)}/${encodeURIComponent(
        name,
      )}/report`,
    );
  }

  refresh(options?: { force?: boolean }): Promise<RefreshResponse> {
    return this.request(`/refresh${options?.force ? '?force=true' : ''}`, {
      method: 'POST',
    });
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
