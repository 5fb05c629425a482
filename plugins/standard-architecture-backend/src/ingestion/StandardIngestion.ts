import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_ORIGIN_LOCATION,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATIONS,
  EntityConflict,
  formatIssue,
  isoDay,
  STANDARD_PROVIDER_NAME,
  StandardDataError,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  StandardArchitectureConfig,
  StandardLoader,
  standardToEntities,
  UnreadableSourceError,
} from '@k8s-standard/plugin-standard-architecture-node';
import { StandardRepository } from '../database/StandardRepository';

/** The provider name on the standard's entities (`standard-architecture.io/provider`). */
export const PROVIDER_NAME = STANDARD_PROVIDER_NAME;

/** The removal guard refused, or could not decide: nothing was applied. */
export class RemovalRefusedError extends ConflictError {}

/**
 * Ingestion: loads and validates every source, checks the removal guard
 * against the standard accepted before, and stores the result in the
 * plugin's database, where the catalog provider and every replica read it.
 * Bad data never replaces good data.
 */
export class StandardIngestion {
  constructor(
    private readonly settings: StandardArchitectureConfig,
    private readonly loader: StandardLoader,
    private readonly repository: StandardRepository,
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
    private readonly dataVersion: string,
  ) {}

  /** One run; the outcome is recorded for `/status`, never thrown. */
  async run(): Promise<void> {
    const forcedBy = await this.repository.takeForceRequest();
    await this.repository.startRun('ingestion');
    try {
      const { standard, sources } = await this.loader.loadWithSources();
      const allRefs = standardToEntities(standard, {
        owner: this.settings.owner,
        providerName: PROVIDER_NAME,
        currentEdition: this.settings.currentEdition,
        namespace: this.settings.entityNamespace,
        today: isoDay(),
      }).map(e => stringifyEntityRef(e));
      const conflicts = await this.conflicts(allRefs);
      const withheld = new Set(conflicts.map(c => c.entityRef));
      const entityRefs = allRefs.filter(ref => !withheld.has(ref));
      if (!forcedBy) await this.guardRemovals(new Set(entityRefs));
      const contentHash = await this.repository.saveStandard({
        standard,
        sources,
        entityRefs,
        conflicts,
        dataVersion: this.dataVersion,
        loadedAt: new Date(),
      });
      for (const conflict of conflicts) {
        this.logger.warn(
          `Standard ingestion: not providing ${
            conflict.entityRef
          }: the catalog already has it from ${
            conflict.heldBy ?? 'another location'
          }. Rename one of them, or give the standard a namespace of its own (standardArchitecture.entityNamespace).`,
        );
      }
      const details = {
        editions: standard.editions.map(e => e.year),
        entities: entityRefs.length,
        contentHash,
        dataVersion: this.dataVersion,
        ...(conflicts.length > 0 && { conflicts: conflicts.length }),
        ...(forcedBy && { forcedBy }),
      };
      await this.repository.finishRun('ingestion', 'ok', { details });
      this.logger.info(
        `Standard ingested: editions ${details.editions.join(', ')}, ${
          details.entities
        } entities${forcedBy ? `, removal guard bypassed by ${forcedBy}` : ''}`,
      );
    } catch (error) {
      const message = describeFailure(error);
      const outcome = outcomeOf(error);
      await this.repository.finishRun('ingestion', outcome, { error: message });
      this.logger.error(
        `Standard ingestion ${outcome}; kept the previous standard: ${message}`,
      );
    }
  }

  /**
   * Refuses a standard that would remove too many entities. The baseline is
   * the accepted standard; before there is one, the catalog's entities from
   * this provider. When neither can be read, it refuses: it fails closed.
   */
  private async guardRemovals(next: Set<string>) {
    const previous = await this.baseline();
    if (previous.length === 0) return;
    const removed = previous.filter(ref => !next.has(ref));
    const share = removed.length / previous.length;
    if (share > this.settings.maxRemovalShare) {
      throw new RemovalRefusedError(
        `refusing to remove ${removed.length} of ${
          previous.length
        } entities (${Math.round(
          share * 100,
        )}% > standardArchitecture.maxRemovalShare ${
          this.settings.maxRemovalShare
        }); raise maxRemovalShare or call POST /api/standard-architecture/refresh?force=true`,
      );
    }
  }

  /**
   * Refs that an entity from another location already holds. Those stay
   * with their owner; the standard withholds its own. When the catalog
   * cannot be read, the conflicts found last time still hold.
   */
  private async conflicts(refs: string[]): Promise<EntityConflict[]> {
    try {
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: refs,
          fields: [
            'kind',
            'metadata.namespace',
            'metadata.name',
            'metadata.annotations',
          ],
        },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      return items.flatMap(entity => {
        const annotations = entity?.metadata.annotations ?? {};
        if (!entity || annotations[ANNOTATIONS.provider] === PROVIDER_NAME) {
          return [];
        }
        const heldBy = annotations[ANNOTATION_ORIGIN_LOCATION];
        return [
          { entityRef: stringifyEntityRef(entity), ...(heldBy && { heldBy }) },
        ];
      });
    } catch (error) {
      this.logger.warn(
        `Standard ingestion: could not check the catalog for name conflicts; keeping the last known ones: ${
          (error as Error).message
        }`,
      );
      return (await this.repository.info())?.conflicts ?? [];
    }
  }

  private async baseline(): Promise<string[]> {
    const accepted = await this.repository.acceptedEntityRefs();
    if (accepted) return accepted;
    try {
      const { items } = await this.catalog.getEntities(
        {
          filter: {
            [`metadata.annotations.${ANNOTATIONS.provider}`]: PROVIDER_NAME,
          },
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      return items.map(e => stringifyEntityRef(e));
    } catch (error) {
      throw new RemovalRefusedError(
        `the removal guard could not read the catalog, so nothing was applied: ${
          (error as Error).message
        }`,
      );
    }
  }
}

function outcomeOf(error: unknown): 'refused' | 'rejected' | 'failed' {
  if (error instanceof RemovalRefusedError) return 'refused';
  // Data that was read but is invalid; a source that cannot be read is a failure.
  if (error instanceof UnreadableSourceError) return 'failed';
  if (error instanceof StandardDataError) return 'rejected';
  return 'failed';
}

function describeFailure(error: unknown): string {
  if (error instanceof StandardDataError) {
    return `invalid source data:\n${error.issues.map(formatIssue).join('\n')}`;
  }
  return error instanceof Error ? error.message : String(error);
}
