import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ConflictError } from '@backstage/errors';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  isoDay,
  StandardDataError,
  formatIssue,
} from '@internal/plugin-standard-architecture-common';
import {
  readStandardArchitectureConfig,
  StandardArchitectureConfig,
} from '../lib/config';
import { StandardLoader } from '../lib/StandardLoader';
import { RefreshResult, StandardStore } from '../lib/standardStore';
import { standardToEntities } from './standardEntities';

/**
 * Ingests the Kubernetes Standard Architecture into the catalog. It keeps the
 * last good data: a failing or invalid source is logged with its name and
 * field, no mutation is applied, and the next scheduled run retries.
 * @public
 */
export class StandardArchitectureEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private providedRefs?: Set<string>;

  static fromConfig(
    config: Config,
    deps: {
      id?: string;
      logger: LoggerService;
      scheduler: SchedulerService;
      urlReader: UrlReaderService;
      store: StandardStore;
      /**
       * The refs this provider has in the catalog now, as the removal guard's
       * baseline after a restart or on another replica.
       */
      existingRefs?: (providerName: string) => Promise<string[]>;
      /** For tests; defaults to the real day. */
      today?: () => string;
    },
  ): StandardArchitectureEntityProvider {
    const settings = readStandardArchitectureConfig(config);
    const id = deps.id ?? 'default';
    return new StandardArchitectureEntityProvider(
      id,
      settings,
      new StandardLoader(settings, deps.urlReader),
      deps.logger,
      deps.store,
      deps.today ?? (() => isoDay()),
      deps.existingRefs,
      // Global scope: with several replicas on one database, one of them ingests per interval.
      deps.scheduler.createScheduledTaskRunner({
        ...settings.schedule,
        scope: 'global',
      }),
    );
  }

  private constructor(
    private readonly id: string,
    private readonly settings: StandardArchitectureConfig,
    private readonly loader: StandardLoader,
    private readonly logger: LoggerService,
    private readonly store: StandardStore,
    private readonly today: () => string,
    private readonly existingRefs:
      | ((providerName: string) => Promise<string[]>)
      | undefined,
    private readonly runner: SchedulerServiceTaskRunner,
  ) {
    store.setRefresher(options => this.refresh(options));
  }

  getProviderName(): string {
    return `standard-architecture-provider:${this.id}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    // Scheduled only once connected, so the first run has somewhere to apply to.
    await this.schedule();
  }

  private async schedule() {
    const taskId = `${this.getProviderName()}:refresh`;
    await this.runner.run({
      id: taskId,
      fn: async () => {
        const logger = this.logger.child({
          class: this.constructor.name,
          taskId,
        });
        try {
          await this.refresh({ force: false });
        } catch (error) {
          // Logged, never thrown: the scheduler retries at the next interval.
          logger.error(this.describeFailure(error));
        }
      },
    });
  }

  /** Loads, validates and applies the standard. Throws without applying on failure. */
  async refresh(options: { force: boolean }): Promise<RefreshResult> {
    if (!this.connection) {
      throw new Error(`${this.getProviderName()} is not connected yet`);
    }
    const standard = await this.loader.load();
    const entities = standardToEntities(standard, {
      owner: this.settings.owner,
      providerName: this.getProviderName(),
      currentEdition: this.settings.currentEdition,
      today: this.today(),
    });
    const refs = new Set(entities.map(e => stringifyEntityRef(e)));
    this.guardRemovals(await this.baseline(), refs, options.force);

    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    this.providedRefs = refs;
    this.store.set(standard);
    const result = {
      entities: entities.length,
      editions: standard.editions.map(e => e.year),
    };
    this.logger.info(
      `${this.getProviderName()}: provided ${
        result.entities
      } entities from editions ${result.editions.join(', ')}`,
    );
    return result;
  }

  /** What was provided before: this process's last run, else the catalog's view. */
  private async baseline(): Promise<Set<string> | undefined> {
    if (this.providedRefs || !this.existingRefs) return this.providedRefs;
    try {
      return new Set(await this.existingRefs(this.getProviderName()));
    } catch (error) {
      this.logger.warn(
        `${this.getProviderName()}: could not read the current entities for the removal guard: ${error}`,
      );
      return undefined;
    }
  }

  private guardRemovals(
    previous: Set<string> | undefined,
    next: Set<string>,
    force: boolean,
  ) {
    if (!previous || force || previous.size === 0) return;
    const removed = [...previous].filter(ref => !next.has(ref));
    const share = removed.length / previous.size;
    if (share > this.settings.maxRemovalShare) {
      throw new ConflictError(
        `refusing to remove ${removed.length} of ${
          previous.size
        } entities (${Math.round(
          share * 100,
        )}% > standardArchitecture.maxRemovalShare ${
          this.settings.maxRemovalShare
        }); ` +
          `raise maxRemovalShare or call POST /api/standard-architecture/refresh?force=true to apply it`,
      );
    }
  }

  private describeFailure(error: unknown): string {
    const prefix = `${this.getProviderName()}: kept the previous entities;`;
    if (error instanceof StandardDataError) {
      return `${prefix} invalid source data:\n${error.issues
        .map(formatIssue)
        .join('\n')}`;
    }
    return `${prefix} ${
      error instanceof Error ? error.message : String(error)
    }`;
  }
}
