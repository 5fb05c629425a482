import { Knex } from 'knex';
import {
  DetectedBaseImage,
  ScanSummary,
} from '@k8s-standard/plugin-standard-architecture-common';

/** A file or limit the scanner passed over, and why. */
export type SkippedFile = ScanSummary['skipped'][number];

/** A base image found in a Dockerfile or Containerfile (as the API shows it). */
export type FoundBaseImage = DetectedBaseImage;

/** The last scan of one entity's repository. */
export interface ScanStatus {
  entityRef: string;
  location: string;
  etag?: string;
  scannedAt: string;
  outcome: 'ok' | 'unchanged' | 'failed' | 'stale';
  error?: string;
  filesScanned: number;
  skipped: SkippedFile[];
  baseImages: FoundBaseImage[];
}

const parse = <T>(text: string | null, fallback: T): T =>
  text ? (JSON.parse(text) as T) : fallback;

/** Scan status per entity, in the plugin's database. */
export class ScanStatusStore {
  constructor(private readonly knex: Knex) {}

  async get(entityRef: string): Promise<ScanStatus | undefined> {
    const row = await this.knex('sa_scans')
      .where({ entity_ref: entityRef })
      .first();
    if (!row) return undefined;
    return {
      entityRef: row.entity_ref,
      location: row.location,
      ...(row.etag && { etag: row.etag }),
      scannedAt: new Date(row.scanned_at).toISOString(),
      outcome: row.outcome,
      ...(row.error && { error: row.error }),
      filesScanned: Number(row.files_scanned),
      skipped: parse(row.skipped_json, []),
      baseImages: parse(row.base_images_json, []),
    };
  }

  async put(status: ScanStatus): Promise<void> {
    const row = {
      location: status.location,
      etag: status.etag ?? null,
      scanned_at: new Date(status.scannedAt),
      outcome: status.outcome,
      error: status.error ?? null,
      files_scanned: status.filesScanned,
      skipped_json: JSON.stringify(status.skipped),
      base_images_json: JSON.stringify(status.baseImages),
    };
    await this.knex('sa_scans')
      .insert({ entity_ref: status.entityRef, ...row })
      .onConflict('entity_ref')
      .merge(row);
  }
}
