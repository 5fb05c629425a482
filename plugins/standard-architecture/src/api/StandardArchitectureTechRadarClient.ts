import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { TechRadarLoaderResponse } from '@backstage-community/plugin-tech-radar-common';
import {
  techRadarFromJson,
  TechRadarResponseJson,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * The shape of `TechRadarApi` from `@backstage-community/plugin-tech-radar`,
 * which this plugin does not depend on; the app registers the client under
 * that plugin's `techRadarApiRef`, which checks the two agree.
 * @public
 */
export interface StandardArchitectureTechRadarApi {
  load(id: string | undefined): Promise<TechRadarLoaderResponse>;
}

/**
 * Loads the community Tech Radar from the standard: `load('2025')` shows
 * that edition, any other id (or none) the current one.
 * @public
 */
export class StandardArchitectureTechRadarClient
  implements StandardArchitectureTechRadarApi
{
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async load(id?: string): Promise<TechRadarLoaderResponse> {
    const baseUrl = await this.discoveryApi.getBaseUrl('standard-architecture');
    // Radars without an id, or another radar's id, get the current edition.
    const query = id && /^\d{4}$/.test(id) ? `?edition=${id}` : '';
    const response = await this.fetchApi.fetch(`${baseUrl}/tech-radar${query}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    // JSON carries the timeline's dates as strings; the radar wants Dates.
    return techRadarFromJson((await response.json()) as TechRadarResponseJson);
  }
}
