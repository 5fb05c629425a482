import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** The plugin's settings, read once with defaults applied. */
export interface StandardArchitectureConfig {
  sources: string[];
  includeBundled: boolean;
  overlay?: string;
  currentEdition?: number;
  owner: string;
  schedule: SchedulerServiceTaskScheduleDefinition;
  maxRemovalShare: number;
  readTimeoutMs: number;
}

const KEY = 'standardArchitecture';

export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 3 },
  initialDelay: { seconds: 5 },
};

/** Reads `standardArchitecture.*`, failing fast with the bad key named. */
export function readStandardArchitectureConfig(
  root: Config,
): StandardArchitectureConfig {
  const config = root.getOptionalConfig(KEY);
  const sources = config?.getOptionalStringArray('sources') ?? [];
  const ownerRef =
    config?.getOptionalString('owner') ?? 'group:default/platform-team';
  let owner: string;
  try {
    owner = stringifyEntityRef(
      parseEntityRef(ownerRef, { defaultKind: 'group' }),
    );
  } catch (e) {
    throw new InputError(
      `${KEY}.owner: "${ownerRef}" is not an entity ref: ${e}`,
    );
  }
  const maxRemovalShare = config?.getOptionalNumber('maxRemovalShare') ?? 0.5;
  if (!(maxRemovalShare >= 0 && maxRemovalShare <= 1)) {
    throw new InputError(
      `${KEY}.maxRemovalShare: must be between 0 and 1, got ${maxRemovalShare}`,
    );
  }
  const currentEdition = config?.getOptionalNumber('currentEdition');
  if (currentEdition !== undefined && !Number.isInteger(currentEdition)) {
    throw new InputError(
      `${KEY}.currentEdition: must be a year, got ${currentEdition}`,
    );
  }
  const readTimeoutSeconds =
    config?.getOptionalNumber('readTimeoutSeconds') ?? 30;
  if (!(readTimeoutSeconds > 0)) {
    throw new InputError(
      `${KEY}.readTimeoutSeconds: must be a positive number, got ${readTimeoutSeconds}`,
    );
  }
  return {
    sources,
    includeBundled:
      sources.length === 0 ||
      (config?.getOptionalBoolean('includeBundled') ?? false),
    overlay: config?.getOptionalString('overlay'),
    currentEdition,
    owner,
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    maxRemovalShare,
    readTimeoutMs: Math.round(readTimeoutSeconds * 1000),
  };
}
