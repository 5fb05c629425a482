import { randomUUID } from 'crypto';
import { LoggerService } from '@backstage/backend-plugin-api';
import { ScanStatusStore } from '../database/ScanStatusStore';
import { UsageIndex } from '../database/UsageIndex';
import { RepositoryScanner } from './RepositoryScanner';

/** What one pass over every repository did. */
export interface ScanPassResult {
  repositories: number;
  scanned: number;
  unchanged: number;
  failed: number;
  stale: number;
  ms: number;
}

const PAGE = 100;

/**
 * Scans the repository of every indexed entity that has one, a few at a
 * time, and stores the detections as `detected` usage with evidence. A
 * repository that cannot be read keeps its last detections; its status says
 * `failed` or (gone) `stale`, never silently empty.
 */
export class RepositoryScanTask {
  constructor(
    private readonly index: UsageIndex,
    private readonly scans: ScanStatusStore,
    private readonly scanner: RepositoryScanner,
    private readonly logger: LoggerService,
    private readonly concurrency: number,
  ) {}

  async run(): Promise<ScanPassResult> {
    const started = Date.now();
    const passId = randomUUID();
    const result = {
      repositories: 0,
      scanned: 0,
      unchanged: 0,
      failed: 0,
      stale: 0,
    };
    let after: string | undefined;
    for (;;) {
      const targets = await this.index.scanTargets(after, PAGE);
      for (let i = 0; i < targets.length; i += this.concurrency) {
        const outcomes = await Promise.all(
          targets
            .slice(i, i + this.concurrency)
            .map(t => this.scanOne(t.entityRef, t.sourceLocation, passId)),
        );
        for (const outcome of outcomes) {
          result.repositories++;
          if (outcome === 'ok') result.scanned++;
          else result[outcome]++;
        }
      }
      if (targets.length < PAGE) break;
      after = targets[targets.length - 1].entityRef;
    }
    const ms = Date.now() - started;
    this.logger.info(
      `Repository scan: ${result.repositories} repositories, ${result.scanned} scanned, ${result.unchanged} unchanged, ${result.failed} failed, ${result.stale} gone, in ${ms} ms`,
    );
    return { ...result, ms };
  }

  /** Scans one entity's repository and records the outcome. */
  async scanOne(entityRef: string, location: string, passId = randomUUID()) {
    const previous = await this.scans.get(entityRef);
    const sameLocation = previous?.location === location;
    const scan = await this.scanner.scan(
      location,
      sameLocation ? previous?.etag : undefined,
    );
    const scannedAt = new Date().toISOString();
    if (scan.outcome === 'ok') {
      await this.index.replaceDetections(entityRef, scan.detections, passId);
      await this.scans.put({
        entityRef,
        location,
        etag: scan.etag,
        scannedAt,
        outcome: 'ok',
        filesScanned: scan.filesScanned,
        skipped: scan.skipped,
        baseImages: scan.baseImages,
      });
    } else {
      if (scan.error) {
        this.logger.warn(
          `Could not scan ${location} for ${entityRef}: ${scan.error}`,
        );
      }
      // Unchanged, gone or failing: what was found before stays.
      await this.scans.put({
        entityRef,
        location,
        etag: previous?.etag,
        scannedAt,
        outcome: scan.outcome,
        ...(scan.error && { error: scan.error }),
        filesScanned: previous?.filesScanned ?? 0,
        skipped:
          scan.outcome === 'unchanged' ? previous?.skipped ?? [] : scan.skipped,
        baseImages: previous?.baseImages ?? [],
      });
    }
    return scan.outcome;
  }
}
