import { ServiceUnavailableError } from '@backstage/errors';
import { Standard } from '@internal/plugin-standard-architecture-common';
import { StandardStore } from './standardStore';

/** How long a replica that has not ingested keeps its own copy. */
export const FALLBACK_MAX_AGE_MS = 10 * 60 * 1000;

/**
 * The standard to serve: what ingestion last published in this process, or
 * (on a replica that does not run the global ingestion task) a copy loaded
 * on demand and reloaded once it is older than `maxAgeMs`.
 */
export function createStandardSource(
  store: StandardStore,
  load: () => Promise<Standard>,
  options: { maxAgeMs?: number; now?: () => number } = {},
): () => Promise<Standard> {
  const maxAgeMs = options.maxAgeMs ?? FALLBACK_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  let cached: { loading: Promise<Standard>; at: number } | undefined;
  return async () => {
    const published = store.get();
    if (published) return published;
    if (!cached || now() - cached.at > maxAgeMs) {
      const loading = load().catch(error => {
        cached = undefined;
        throw new ServiceUnavailableError(
          `The standard's data could not be loaded: ${error.message}`,
        );
      });
      cached = { loading, at: now() };
    }
    return cached.loading;
  };
}
