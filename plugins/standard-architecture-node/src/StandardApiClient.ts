import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  EntityConflict,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';

/** `GET /standard`: the accepted standard, for the plugin's own modules. @public */
export interface StandardDocument {
  contentHash: string;
  dataVersion: string;
  loadedAt: string;
  /** Tool entities not to provide: another location holds their refs. */
  conflicts?: EntityConflict[];
  standard: Standard;
}

/**
 * Reads the accepted standard from the plugin's API, as the catalog and
 * scaffolder modules must: they run inside other plugins, with other
 * databases. Conditional requests keep an unchanged standard cheap.
 * @public
 */
export class StandardApiClient {
  private cached?: { etag: string; document: StandardDocument };

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly auth: AuthService,
  ) {}

  async current(): Promise<StandardDocument> {
    const base = await this.discovery.getBaseUrl('standard-architecture');
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: await this.auth.getOwnServiceCredentials(),
      targetPluginId: 'standard-architecture',
    });
    const cached = this.cached;
    const response = await fetch(`${base}/standard`, {
      headers: {
        Authorization: `Bearer ${token}`,
        ...(cached && { 'If-None-Match': cached.etag }),
      },
    });
    if (response.status === 304 && cached) return cached.document;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const document = (await response.json()) as StandardDocument;
    const etag = response.headers.get('etag');
    if (etag) this.cached = { etag, document };
    return document;
  }
}
