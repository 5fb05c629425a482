import { createHash } from 'crypto';
import { Knex } from 'knex';
import {
  Edition,
  EntityConflict,
  JobRun,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';

/** The background jobs whose last run is kept. */
export type JobName = 'ingestion' | 'sync' | 'scan';

/** The accepted standard's identity, without the data. */
export interface StoredStandardInfo {
  contentHash: string;
  dataVersion: string;
  loadedAt: string;
  editions: Array<{ year: number; source: string; contentHash: string }>;
  /** Entities not provided: another location owns the same ref. */
  conflicts: EntityConflict[];
}

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

/** The content hash of a standard: equal data, equal hash, on every replica. */
export function standardContentHash(standard: Standard): string {
  return sha256(
    JSON.stringify({
      editions: standard.editions,
      overlay: standard.overlay ?? null,
      baseImages: standard.baseImages ?? null,
    }),
  );
}

const iso = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined;
  return new Date(value as string | number | Date).toISOString();
};

const json = (value: unknown) =>
  value === undefined ? null : JSON.stringify(value);

/**
 * The accepted standard and the runs of the background jobs, in the plugin's
 * database: every replica serves what one of them ingested.
 */
export class StandardRepository {
  private cached?: { hash: string; standard: Standard };

  constructor(private readonly knex: Knex) {}

  /** Replaces the accepted standard in one transaction. */
  async saveStandard(input: {
    standard: Standard;
    sources: Map<number, string>;
    entityRefs: string[];
    conflicts: EntityConflict[];
    dataVersion: string;
    loadedAt: Date;
  }): Promise<string> {
    const { standard } = input;
    const contentHash = standardContentHash(standard);
    await this.knex.transaction(async tx => {
      await tx('sa_editions').delete();
      for (const edition of standard.editions) {
        const editionJson = JSON.stringify(edition);
        await tx('sa_editions').insert({
          year: edition.year,
          source: input.sources.get(edition.year) ?? '(unknown)',
          content_hash: sha256(editionJson),
          edition_json: editionJson,
        });
      }
      await tx('sa_standard').delete();
      await tx('sa_standard').insert({
        id: 1,
        content_hash: contentHash,
        data_version: input.dataVersion,
        overlay_json: json(standard.overlay),
        base_images_json: json(standard.baseImages),
        entity_refs_json: JSON.stringify(input.entityRefs),
        conflicts_json: JSON.stringify(input.conflicts),
        loaded_at: input.loadedAt,
      });
    });
    return contentHash;
  }

  /** The accepted standard's hash: one primary-key read, cheap per request. */
  async contentHash(): Promise<string | undefined> {
    const row = await this.knex('sa_standard')
      .where({ id: 1 })
      .first('content_hash');
    return row?.content_hash;
  }

  /** The accepted standard, parsed once per content hash. */
  async standard(): Promise<{ hash: string; standard: Standard } | undefined> {
    const hash = await this.contentHash();
    if (!hash) return undefined;
    if (this.cached?.hash === hash) return this.cached;
    const [row, editions] = await Promise.all([
      this.knex('sa_standard').where({ id: 1 }).first(),
      this.knex('sa_editions').orderBy('year').select('edition_json'),
    ]);
    if (!row || row.content_hash !== hash) return this.standard();
    const standard: Standard = {
      editions: editions.map(e => JSON.parse(e.edition_json) as Edition),
      ...(row.overlay_json && { overlay: JSON.parse(row.overlay_json) }),
      ...(row.base_images_json && {
        baseImages: JSON.parse(row.base_images_json),
      }),
    };
    this.cached = { hash, standard };
    return this.cached;
  }

  async info(): Promise<StoredStandardInfo | undefined> {
    const row = await this.knex('sa_standard').where({ id: 1 }).first();
    if (!row) return undefined;
    const editions = await this.knex('sa_editions')
      .orderBy('year')
      .select('year', 'source', 'content_hash');
    return {
      contentHash: row.content_hash,
      dataVersion: row.data_version,
      loadedAt: iso(row.loaded_at)!,
      conflicts: row.conflicts_json ? JSON.parse(row.conflicts_json) : [],
      editions: editions.map(e => ({
        year: Number(e.year),
        source: e.source,
        contentHash: e.content_hash,
      })),
    };
  }

  /** The entity refs the accepted standard provides: the removal guard's baseline. */
  async acceptedEntityRefs(): Promise<string[] | undefined> {
    const row = await this.knex('sa_standard')
      .where({ id: 1 })
      .first('entity_refs_json');
    return row ? JSON.parse(row.entity_refs_json) : undefined;
  }

  async startRun(job: JobName, startedAt = new Date()): Promise<void> {
    const run = {
      started_at: startedAt,
      finished_at: null,
      outcome: 'running',
      error: null,
      details_json: null,
    };
    await this.knex('sa_job_runs')
      .insert({ job, ...run })
      .onConflict('job')
      .merge(run);
  }

  async finishRun(
    job: JobName,
    outcome: Exclude<JobRun['outcome'], 'running'>,
    result: { error?: string; details?: Record<string, unknown> } = {},
  ): Promise<void> {
    await this.knex('sa_job_runs')
      .where({ job })
      .update({
        finished_at: new Date(),
        outcome,
        error: result.error ?? null,
        details_json: json(result.details),
      });
  }

  async lastRun(job: JobName): Promise<JobRun | undefined> {
    const row = await this.knex('sa_job_runs').where({ job }).first();
    if (!row) return undefined;
    return {
      startedAt: iso(row.started_at)!,
      ...(row.finished_at && { finishedAt: iso(row.finished_at) }),
      outcome: row.outcome,
      ...(row.error && { error: row.error }),
      ...(row.details_json && { details: JSON.parse(row.details_json) }),
    };
  }

  /** Asks the next ingestion run to bypass the removal guard. */
  async requestForce(requestedBy: string): Promise<void> {
    await this.knex('sa_job_runs')
      .insert({
        job: 'ingestion',
        started_at: new Date(),
        outcome: 'ok',
        force_requested_by: requestedBy,
      })
      .onConflict('job')
      .merge({ force_requested_by: requestedBy });
  }

  /** Takes (and clears) a pending force request; who asked for it, if anyone. */
  async takeForceRequest(): Promise<string | undefined> {
    return this.knex.transaction(async tx => {
      const row = await tx('sa_job_runs')
        .where({ job: 'ingestion' })
        .first('force_requested_by');
      if (!row?.force_requested_by) return undefined;
      await tx('sa_job_runs')
        .where({ job: 'ingestion' })
        .update({ force_requested_by: null });
      return row.force_requested_by as string;
    });
  }
}
