import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { Standard } from '@internal/plugin-standard-architecture-common';

/** What an on-demand refresh reports back. */
export interface RefreshResult {
  entities: number;
  editions: number[];
}

/**
 * The last good standard in this process, shared by the catalog module
 * (which ingests it) and the plugin's router (which serves it), plus the
 * ingestion's refresh hook so `POST /refresh` can run it now.
 */
export class StandardStore {
  private standard?: Standard;
  private refresher?: (options: { force: boolean }) => Promise<RefreshResult>;

  get(): Standard | undefined {
    return this.standard;
  }

  set(standard: Standard): void {
    this.standard = standard;
  }

  setRefresher(
    refresher: (options: { force: boolean }) => Promise<RefreshResult>,
  ): void {
    this.refresher = refresher;
  }

  /** Runs ingestion now; undefined when no catalog module is installed. */
  refresh(options: { force: boolean }): Promise<RefreshResult> | undefined {
    return this.refresher?.(options);
  }
}

/** One store per backend process. */
export const standardStoreServiceRef = createServiceRef<StandardStore>({
  id: 'standard-architecture.store',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {},
      factory: () => new StandardStore(),
    }),
});
