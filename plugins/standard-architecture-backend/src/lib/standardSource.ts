import { ServiceUnavailableError } from '@backstage/errors';
import { Standard } from '@internal/plugin-standard-architecture-common';
import { StandardStore } from './standardStore';

/**
 * The standard to serve: what ingestion last published in this process, or
 * (on a replica that has not ingested yet) a copy loaded once on demand.
 */
export function createStandardSource(
  store: StandardStore,
  load: () => Promise<Standard>,
): () => Promise<Standard> {
  let loading: Promise<Standard> | undefined;
  return async () => {
    const published = store.get();
    if (published) return published;
    loading ??= load().catch(error => {
      loading = undefined;
      throw new ServiceUnavailableError(
        `The standard's data could not be loaded: ${error.message}`,
      );
    });
    return loading;
  };
}
