import { useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { EditionResponse } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';

/** Loads one edition by year. */
export type EditionLoader = (year: number) => Promise<EditionResponse>;

/**
 * `getEdition` with a cache for the page's lifetime: switching editions back
 * and forth and opening the history of many tools fetch each year once.
 * A failed year is forgotten so the next attempt retries it.
 */
export function useEditionLoader(): EditionLoader {
  const api = useApi(standardArchitectureApiRef);
  return useMemo(() => {
    const cache = new Map<number, Promise<EditionResponse>>();
    return (year: number) => {
      let pending = cache.get(year);
      if (!pending) {
        pending = api.getEdition(year).catch(error => {
          cache.delete(year);
          throw error;
        });
        cache.set(year, pending);
      }
      return pending;
    };
  }, [api]);
}
