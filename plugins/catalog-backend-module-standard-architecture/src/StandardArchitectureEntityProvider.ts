import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { isoDay } from '@k8s-standard/plugin-standard-architecture-common';
import {
  readStandardArchitectureConfig,
  StandardArchitectureConfig,
  StandardDocument,
  standardToEntities,
} from '@k8s-standard/plugin-standard-architecture-node';
import { STANDARD_PROVIDER_NAME as PROVIDER_NAME } from '@k8s-standard/plugin-standard-architecture-common';

/**
 * Mirrors the standard that the plugin accepted into the catalog. Loading,
 * validating and the removal guard happen once, in the plugin's ingestion;
 * this provider only applies what was accepted, when it or the day changed
 * (lifecycles move when an end of life passes). When the plugin cannot be
 * reached, nothing is applied and the catalog keeps its entities.
 * @public
 */
export class StandardArchitectureEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private applied?: string;

  static fromConfig(
    config: Config,
    deps: {
      logger: LoggerService;
      scheduler: SchedulerService;
      /** The accepted standard, e.g. `StandardApiClient.current`. */
      standard: () => Promise<StandardDocument>;
      /** For tests; defaults to the real day. */
      today?: () => string;
    },
  ): StandardArchitectureEntityProvider {
    const settings = readStandardArchitectureConfig(config);
    return new StandardArchitectureEntityProvider(
      settings,
      deps.standard,
      deps.logger,
      deps.today ?? (() => isoDay()),
      deps.scheduler.createScheduledTaskRunner({
        ...settings.catalogSchedule,
        scope: 'global',
      }),
    );
  }

  private constructor(
    private readonly settings: StandardArchitectureConfig,
    private readonly standard: () => Promise<StandardDocument>,
    private readonly logger: LoggerService,
    private readonly today: () => string,
    private readonly runner: SchedulerServiceTaskRunner,
  ) {}

  getProviderName(): string {
    return PROVIDER_NAME;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    // Scheduled only once connected, so the first run has somewhere to apply to.
    await this.runner.run({
      id: `${PROVIDER_NAME}:refresh`,
      fn: async () => {
        try {
          await this.refresh();
        } catch (error) {
          // Logged, never thrown: the next interval retries. A ResponseError's
          // message is only the status; its cause says why.
          if (error instanceof ResponseError && error.statusCode === 503) {
            // Normal for a few seconds at start: the plugin has not ingested yet.
            this.logger.warn(
              `${PROVIDER_NAME}: waiting for the standard: ${error.cause.message}`,
            );
            return;
          }
          const why =
            error instanceof ResponseError ? `: ${error.cause.message}` : '';
          this.logger.error(
            `${PROVIDER_NAME}: kept the previous entities; could not read the accepted standard: ${error}${why}`,
          );
        }
      },
    });
  }

  /** Applies the accepted standard if it (or the day) changed; true when applied. */
  async refresh(): Promise<boolean> {
    if (!this.connection) {
      throw new Error(`${PROVIDER_NAME} is not connected yet`);
    }
    const document = await this.standard();
    const today = this.today();
    const withheld = (document.conflicts ?? []).map(c => c.entityRef);
    const key = `${document.contentHash}:${today}:${withheld.join(',')}`;
    if (key === this.applied) return false;
    const entities = standardToEntities(document.standard, {
      owner: this.settings.owner,
      providerName: PROVIDER_NAME,
      currentEdition: this.settings.currentEdition,
      namespace: this.settings.entityNamespace,
      dataVersion: document.dataVersion,
      withheld: new Set(withheld),
      today,
    });
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: PROVIDER_NAME,
      })),
    });
    this.applied = key;
    this.logger.info(
      `${PROVIDER_NAME}: provided ${entities.length} entities (data ${
        document.dataVersion
      })${
        withheld.length
          ? `; withheld ${withheld.join(', ')}: another location holds them`
          : ''
      }`,
    );
    return true;
  }
}
