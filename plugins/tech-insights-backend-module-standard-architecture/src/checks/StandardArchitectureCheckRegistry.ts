import {
  AuthService,
  DiscoveryService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Check } from '@backstage-community/plugin-tech-insights-common';
import { TechInsightCheckRegistry } from '@backstage-community/plugin-tech-insights-node';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../settings';
import { PluginRequests } from '../service/PluginRequests';
import { StandardArchitectureApi } from '../service/StandardArchitectureApi';
import {
  STANDARD_ARCHITECTURE_CHECK_IDS,
  standardArchitectureChecks,
} from './standardArchitectureChecks';

/**
 * A check for the JSON rules engine: what the jsonfc module's
 * `TechInsightJsonRuleCheck` requires, loosely typed so that this package
 * does not depend on json-rules-engine's types.
 * @public
 */
export type JsonRuleCheck = Check & {
  rule: { conditions: any; name?: string; priority?: number };
};

/** @public */
export interface StandardArchitectureCheckRegistryOptions {
  discovery: DiscoveryService;
  auth: AuthService;
  logger: LoggerService;
  /** Your own checks, served alongside the standard's. */
  checks?: JsonRuleCheck[];
  /** How long the current edition is kept before it is read again. Default: 5 minutes. */
  editionCacheMs?: number;
}

const RETRY_MS = 30_000;
const CHECKS_KEY = 'techInsights.factChecker.checks';
const STANDARD_IDS = new Set<string>(
  Object.values(STANDARD_ARCHITECTURE_CHECK_IDS),
);

/**
 * A check registry for the jsonfc fact checker (its `checkRegistry` option)
 * that serves your checks and the standard's, the latter named after the
 * edition the standard-architecture plugin currently judges against: when
 * the edition changes, the names follow without a restart.
 * @public
 */
export class StandardArchitectureCheckRegistry
  implements TechInsightCheckRegistry<JsonRuleCheck>
{
  private readonly own = new Map<string, JsonRuleCheck>();
  private readonly api: StandardArchitectureApi;
  private readonly logger: LoggerService;
  private readonly editionCacheMs: number;
  private edition?: { year: number };
  private nextRead = 0;
  private reading?: Promise<number | undefined>;

  /**
   * Serves the checks of `techInsights.factChecker.checks` (as the jsonfc
   * module would) plus the standard's.
   */
  static fromConfig(
    config: RootConfigService,
    options: Omit<StandardArchitectureCheckRegistryOptions, 'checks'>,
  ): StandardArchitectureCheckRegistry {
    const checks = config.getOptionalConfig(CHECKS_KEY);
    return new StandardArchitectureCheckRegistry({
      ...options,
      checks: (checks?.keys() ?? []).map(id => ({
        ...(checks!.getConfig(id).get() as Omit<JsonRuleCheck, 'id'>),
        id,
      })),
    });
  }

  constructor(options: StandardArchitectureCheckRegistryOptions) {
    this.api = new StandardArchitectureApi(
      new PluginRequests(
        options.discovery,
        options.auth,
        DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000,
      ),
    );
    this.logger = options.logger;
    this.editionCacheMs = options.editionCacheMs ?? 5 * 60_000;
    for (const check of options.checks ?? []) this.addOwn(check);
  }

  async register(check: JsonRuleCheck): Promise<JsonRuleCheck> {
    this.addOwn(check);
    return check;
  }

  async get(checkId: string): Promise<JsonRuleCheck> {
    const check = (await this.list()).find(c => c.id === checkId);
    if (!check) {
      throw new NotFoundError(
        `Tech insight check with id '${checkId}' is not registered.`,
      );
    }
    return check;
  }

  async getAll(checkIds: string[]): Promise<JsonRuleCheck[]> {
    return Promise.all(checkIds.map(id => this.get(id)));
  }

  async list(): Promise<JsonRuleCheck[]> {
    return [
      ...this.own.values(),
      ...standardArchitectureChecks(await this.currentEdition()),
    ];
  }

  private addOwn(check: JsonRuleCheck) {
    if (this.own.has(check.id) || STANDARD_IDS.has(check.id)) {
      throw new ConflictError(
        `Tech insight check with id ${check.id} has already been registered`,
      );
    }
    this.own.set(check.id, check);
  }

  /** The current edition, kept for a while; the last known one if the API fails. */
  private async currentEdition(): Promise<number | undefined> {
    const known = this.edition;
    if (Date.now() < this.nextRead) return known?.year;
    this.reading ??= this.api
      .editions()
      .then(({ current }) => {
        this.edition = { year: current };
        this.nextRead = Date.now() + this.editionCacheMs;
        return current;
      })
      .catch(error => {
        // Ask again soon, not on every check run while the API is down.
        this.nextRead = Date.now() + RETRY_MS;
        this.logger.warn(
          `Could not read the current edition of the standard; check names keep ${
            known ? `the ${known.year} edition` : '"current edition"'
          }: ${error}`,
        );
        return known?.year;
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }
}
