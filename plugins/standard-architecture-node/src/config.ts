import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  ConfiguredBaseImageRules,
  readBaseImageRulesConfig,
} from './baseImageRulesConfig';
import {
  DEFAULT_MIGRATION_WINDOW_MONTHS,
  DEFAULT_TOOL_NAMESPACE,
  TechRadarLayout,
} from '@k8s-standard/plugin-standard-architecture-common';
import { readTechRadarConfig } from './techRadarConfig';

/**
 * The plugin's settings, read once with defaults applied.
 * @public
 */
export interface StandardArchitectureConfig {
  sources: string[];
  includeBundled: boolean;
  overlay?: string;
  currentEdition?: number;
  owner: string;
  /** The namespace of the standard's entities. */
  entityNamespace: string;
  /** Months to move off a removed or rejected tool when no deadline is set. */
  migrationWindowMonths: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
  maxRemovalShare: number;
  readTimeoutMs: number;
  /** The organisation's base-image rules, replacing the bundled ones; unset: bundled. */
  baseImageRules?: ConfiguredBaseImageRules;
  /** How often the catalog provider checks the plugin for a new standard. */
  catalogSchedule: SchedulerServiceTaskScheduleDefinition;
  usageIndex: {
    schedule: SchedulerServiceTaskScheduleDefinition;
    pageSize: number;
    kinds: string[];
  };
  scanning: {
    enabled: boolean;
    schedule: SchedulerServiceTaskScheduleDefinition;
    concurrency: number;
    limits: {
      maxFiles: number;
      maxFileBytes: number;
      maxTotalBytes: number;
      timeoutMs: number;
    };
    /** Organisation rules: added, or replacing a bundled rule by id. */
    rules: unknown[];
  };
  /** The Tech Radar's quadrants and layer → quadrant mapping. */
  techRadar: TechRadarLayout;
}

const KEY = 'standardArchitecture';

export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 3 },
  initialDelay: { seconds: 5 },
};

/**
 * How often the catalog module asks the plugin for a new standard, unless
 * `standardArchitecture.catalogSchedule` says otherwise.
 * @public
 */
export const DEFAULT_CATALOG_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 1 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 10 },
  };

export const DEFAULT_SYNC_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 2 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 15 },
};

export const DEFAULT_SCAN_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { hours: 1 },
  initialDelay: { minutes: 1 },
};

const DEFAULT_KINDS = ['Component', 'System', 'Resource', 'API'];

function readSchedule(
  config: Config | undefined,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
) {
  return config?.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;
}

/**
 * Reads `standardArchitecture.*`, failing fast with the bad key named.
 * @public
 */
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
  const entityNamespace =
    config?.getOptionalString('entityNamespace') ?? DEFAULT_TOOL_NAMESPACE;
  if (
    !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entityNamespace) ||
    entityNamespace.length > 63
  ) {
    throw new InputError(
      `${KEY}.entityNamespace: "${entityNamespace}" is not a catalog namespace (lower-case letters, digits and hyphens)`,
    );
  }
  const migrationWindowMonths =
    config?.getOptionalNumber('migrationWindowMonths') ??
    DEFAULT_MIGRATION_WINDOW_MONTHS;
  if (
    !(Number.isInteger(migrationWindowMonths) && migrationWindowMonths >= 0)
  ) {
    throw new InputError(
      `${KEY}.migrationWindowMonths: must be a whole number of months, got ${migrationWindowMonths}`,
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
  const usageIndex = config?.getOptionalConfig('usageIndex');
  const pageSize = usageIndex?.getOptionalNumber('pageSize') ?? 1000;
  if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 10000)) {
    throw new InputError(
      `${KEY}.usageIndex.pageSize: must be an integer from 1 to 10000, got ${pageSize}`,
    );
  }
  const kinds = usageIndex?.getOptionalStringArray('kinds') ?? DEFAULT_KINDS;
  if (kinds.length === 0) {
    throw new InputError(
      `${KEY}.usageIndex.kinds: must name at least one kind`,
    );
  }
  const scanning = config?.getOptionalConfig('scanning');
  const positive = (key: string, fallback: number) => {
    const value = scanning?.getOptionalNumber(key) ?? fallback;
    if (!(Number.isInteger(value) && value > 0)) {
      throw new InputError(
        `${KEY}.scanning.${key}: must be a positive integer, got ${value}`,
      );
    }
    return value;
  };
  return {
    sources,
    includeBundled:
      sources.length === 0 ||
      (config?.getOptionalBoolean('includeBundled') ?? false),
    overlay: config?.getOptionalString('overlay'),
    currentEdition,
    owner,
    entityNamespace,
    migrationWindowMonths,
    schedule: readSchedule(config, 'schedule', DEFAULT_SCHEDULE),
    catalogSchedule: readSchedule(
      config,
      'catalogSchedule',
      DEFAULT_CATALOG_SCHEDULE,
    ),
    usageIndex: {
      schedule: readSchedule(usageIndex, 'schedule', DEFAULT_SYNC_SCHEDULE),
      pageSize,
      kinds,
    },
    scanning: {
      enabled: scanning?.getOptionalBoolean('enabled') ?? false,
      schedule: readSchedule(scanning, 'schedule', DEFAULT_SCAN_SCHEDULE),
      concurrency: positive('concurrency', 2),
      limits: {
        maxFiles: positive('maxFiles', 5000),
        maxFileBytes: positive('maxFileBytes', 1024 * 1024),
        maxTotalBytes: positive('maxTotalBytes', 50 * 1024 * 1024),
        timeoutMs: positive('timeoutSeconds', 120) * 1000,
      },
      rules: (scanning?.getOptional('rules') as unknown[] | undefined) ?? [],
    },
    techRadar: readTechRadarConfig(config?.getOptionalConfig('techRadar')),
    maxRemovalShare,
    readTimeoutMs: Math.round(readTimeoutSeconds * 1000),
    baseImageRules: readBaseImageRulesConfig(config),
  };
}
