import { RootConfigService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { DEFAULT_TOOL_NAMESPACE } from '@k8s-standard/plugin-standard-architecture-common';

/** What the fact retriever needs from config, read once with defaults applied. @public */
export interface FactRetrieverSettings {
  /** Services judged at the same time (requests in flight to the standard's API). */
  concurrency: number;
  /** Catalog entities read per page. */
  pageSize: number;
  /** The namespace of the standard's tool entities (`standardArchitecture.entityNamespace`). */
  toolNamespace: string;
  /** How long one request to the catalog or the standard's API may take. */
  requestTimeoutMs: number;
}

export const DEFAULT_CONCURRENCY = 5;
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

const KEY = 'standardArchitecture.techInsights';

function wholeNumber(
  config: RootConfigService | undefined,
  key: string,
  fallback: number,
  [min, max]: [number, number],
): number {
  const value = config?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(
      `${KEY}.${key}: must be a whole number from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

/** Reads `standardArchitecture.techInsights.*`, failing fast with the bad key named. @public */
export function readFactRetrieverSettings(
  root: RootConfigService,
): FactRetrieverSettings {
  const config = root.getOptionalConfig(KEY);
  return {
    concurrency: wholeNumber(
      config,
      'concurrency',
      DEFAULT_CONCURRENCY,
      [1, 50],
    ),
    pageSize: wholeNumber(config, 'pageSize', DEFAULT_PAGE_SIZE, [1, 1000]),
    requestTimeoutMs:
      wholeNumber(
        config,
        'requestTimeoutSeconds',
        DEFAULT_REQUEST_TIMEOUT_SECONDS,
        [1, 600],
      ) * 1000,
    toolNamespace:
      root.getOptionalString('standardArchitecture.entityNamespace') ??
      DEFAULT_TOOL_NAMESPACE,
  };
}
