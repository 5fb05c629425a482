import { UrlReaderService } from '@backstage/backend-plugin-api';
import { ScmIntegrationRegistry } from '@backstage/integration';
import {
  detectInFile,
  DetectionRules,
  isDistrolessImage,
  isScannedPath,
} from '@k8s-standard/plugin-standard-architecture-common';
import { Evidence } from '../database/UsageIndex';
import { FoundBaseImage, SkippedFile } from '../database/ScanStatusStore';
import { SkipList } from './SkipList';

/** Per-repository limits; anything over one is skipped with the reason. */
export interface ScanLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  timeoutMs: number;
}

/** What one scan of one repository found. */
export interface RepositoryScan {
  outcome: 'ok' | 'unchanged' | 'failed' | 'stale';
  etag?: string;
  error?: string;
  filesScanned: number;
  skipped: SkippedFile[];
  /** Tool id → where it was found. */
  detections: Map<string, Evidence[]>;
  baseImages: FoundBaseImage[];
}

// NUL bytes in the first 8 KB: the file is binary, not text to match.
const BINARY_SNIFF_BYTES = 8000;

// The engine's problems start with `path[:line]: `; the skip list has the path.
const withoutPath = (problem: string, path: string) =>
  problem.startsWith(path)
    ? problem
        .slice(path.length)
        .replace(/^:(\d+): /, 'line $1: ')
        .replace(/^: /, '')
    : problem;

// An archive's link entries come back as an empty array, not a Buffer.
const asBuffer = (content: unknown): Buffer =>
  Buffer.isBuffer(content) ? content : Buffer.alloc(0);

const leavesTree = (path: string) =>
  path.startsWith('/') || path.split(/[\\/]/).includes('..');

/**
 * Scans one repository through the UrlReader: GitHub, GitLab, Bitbucket,
 * Azure, Gerrit, Gitea and any reader the backend registers work the same.
 * The last etag makes an unchanged repository one conditional request; only
 * files a rule could match are read, and limits bound every repository.
 */
export class RepositoryScanner {
  constructor(
    private readonly urlReader: UrlReaderService,
    private readonly integrations: ScmIntegrationRegistry,
    private readonly rules: DetectionRules,
    private readonly limits: ScanLimits,
  ) {}

  async scan(location: string, previousEtag?: string): Promise<RepositoryScan> {
    const started = Date.now();
    const skipped = new SkipList();
    const empty = { filesScanned: 0, detections: new Map(), baseImages: [] };
    // Readers buffer what the filter accepts, so the limits apply here first.
    let accepted = 0;
    let acceptedBytes = 0;
    let response;
    try {
      response = await this.urlReader.readTree(location, {
        etag: previousEtag,
        signal: AbortSignal.timeout(this.limits.timeoutMs),
        filter: (path, info) => {
          if (leavesTree(path)) {
            skipped.add(path, 'the path leaves the repository');
            return false;
          }
          if (!isScannedPath(this.rules, path)) return false;
          const size = info?.size ?? 0;
          if (size > this.limits.maxFileBytes) {
            skipped.add(path, `larger than ${this.limits.maxFileBytes} bytes`);
            return false;
          }
          if (accepted >= this.limits.maxFiles) {
            skipped.add(
              path,
              `over the limit of ${this.limits.maxFiles} files`,
            );
            return false;
          }
          if (acceptedBytes + size > this.limits.maxTotalBytes) {
            skipped.add(
              path,
              `over the limit of ${this.limits.maxTotalBytes} bytes in all`,
            );
            return false;
          }
          accepted++;
          acceptedBytes += size;
          return true;
        },
      });
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'NotModifiedError') {
        return {
          ...empty,
          outcome: 'unchanged',
          etag: previousEtag,
          skipped: [],
        };
      }
      const message = String((error as Error)?.message ?? error);
      return {
        ...empty,
        outcome: name === 'NotFoundError' ? 'stale' : 'failed',
        error: message,
        skipped: skipped.list(),
      };
    }

    const detections = new Map<string, Evidence[]>();
    const baseImages: FoundBaseImage[] = [];
    let filesScanned = 0;
    let totalBytes = 0;
    let files;
    try {
      files = await response.files();
    } catch (error) {
      // The archive itself is refused (truncated, a decompression bomb…).
      return {
        ...empty,
        outcome: 'failed',
        etag: previousEtag,
        error: `the repository archive could not be read: ${
          (error as Error)?.message ?? error
        }`,
        skipped: skipped.list(),
      };
    }
    for (const file of files) {
      if (filesScanned >= this.limits.maxFiles) {
        skipped.add(
          file.path,
          `over the limit of ${this.limits.maxFiles} files`,
        );
        continue;
      }
      if (Date.now() - started > this.limits.timeoutMs) {
        skipped.add(
          file.path,
          `over the time limit of ${this.limits.timeoutMs} ms`,
        );
        continue;
      }
      const content = asBuffer(await file.content());
      if (content.length === 0) {
        skipped.add(file.path, 'empty, or a link (links are never followed)');
        continue;
      }
      if (content.length > this.limits.maxFileBytes) {
        skipped.add(file.path, `larger than ${this.limits.maxFileBytes} bytes`);
        continue;
      }
      if (totalBytes + content.length > this.limits.maxTotalBytes) {
        skipped.add(
          file.path,
          `over the limit of ${this.limits.maxTotalBytes} bytes in all`,
        );
        continue;
      }
      if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
        skipped.add(file.path, 'binary file');
        continue;
      }
      totalBytes += content.length;
      filesScanned++;
      const found = detectInFile(
        this.rules,
        file.path,
        content.toString('utf8'),
      );
      for (const problem of found.problems) {
        skipped.add(file.path, withoutPath(problem, file.path));
      }
      for (const d of found.detections) {
        const list = detections.get(d.tool) ?? [];
        list.push({
          path: d.path,
          line: d.line,
          text: d.text,
          ruleId: d.ruleId,
          at: response.etag,
          url: this.viewUrl(location, d.path, d.line),
        });
        detections.set(d.tool, list);
      }
      for (const image of found.baseImages) {
        baseImages.push({
          path: image.path,
          line: image.line,
          image: image.image,
          ...(image.stage && { stage: image.stage }),
          final: image.final,
          multiStage: image.multiStage,
          distroless: isDistrolessImage(image.image),
        });
      }
    }
    return {
      outcome: 'ok',
      etag: response.etag,
      filesScanned,
      skipped: skipped.list(),
      detections,
      baseImages,
    };
  }

  /** The file in the integration's web view, at the line. */
  private viewUrl(location: string, path: string, line: number) {
    try {
      return this.integrations.resolveUrl({
        url: path,
        base: location.endsWith('/') ? location : `${location}/`,
        lineNumber: line,
      });
    } catch {
      return undefined;
    }
  }
}
