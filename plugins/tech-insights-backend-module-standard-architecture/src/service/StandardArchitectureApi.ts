import {
  EditionsResponse,
  RecommendationsResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import { PluginRequests } from './PluginRequests';

const PLUGIN_ID = 'standard-architecture';

/**
 * The standard-architecture plugin's REST API, read with this module's own
 * service credentials. Nothing here touches that plugin's database.
 */
export class StandardArchitectureApi {
  constructor(private readonly requests: PluginRequests) {}

  /** `GET /editions`: the current edition's year and the data version. */
  async editions(): Promise<EditionsResponse> {
    return (await this.requests.json<EditionsResponse>(
      PLUGIN_ID,
      '/editions',
    ))!;
  }

  /**
   * `GET /recommendations`: the entity's standard tools with their verdicts,
   * its base images and how it uses each tool. `undefined` when the catalog
   * no longer has the entity.
   */
  async recommendations(
    entityRef: string,
  ): Promise<RecommendationsResponse | undefined> {
    return this.requests.json<RecommendationsResponse>(
      PLUGIN_ID,
      `/recommendations?entityRef=${encodeURIComponent(entityRef)}`,
      { optional: true },
    );
  }
}
