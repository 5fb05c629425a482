import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';

/**
 * JSON requests from this module to another plugin's REST API, with a
 * service token for that plugin (service-to-service auth) and a time limit,
 * so one hung request cannot hold the fact retriever until its task timeout.
 */
export class PluginRequests {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly auth: AuthService,
    private readonly timeoutMs: number,
  ) {}

  /** The parsed body; `undefined` for a 404 when `optional` is set. */
  async json<T>(
    pluginId: string,
    path: string,
    init: { method?: 'GET' | 'POST'; body?: unknown; optional?: boolean } = {},
  ): Promise<T | undefined> {
    const base = await this.discovery.getBaseUrl(pluginId);
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: await this.auth.getOwnServiceCredentials(),
      targetPluginId: pluginId,
    });
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        ...(init.body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (init.optional && response.status === 404) return undefined;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
