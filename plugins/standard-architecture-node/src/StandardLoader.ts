import { promises as fs } from 'fs';
import { resolve as resolvePath } from 'path';
import {
  resolvePackagePath,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  DataFile,
  editionSchema,
  loadBaseImageRules,
  loadStandard,
  MAX_DATA_FILE_BYTES,
  parseDataFile,
  Standard,
  StandardDataError,
} from '@k8s-standard/plugin-standard-architecture-common';
import { StandardArchitectureConfig } from './config';

const COMMON_PACKAGE = '@k8s-standard/plugin-standard-architecture-common';
const BASE_IMAGES_FILE = resolvePackagePath(
  COMMON_PACKAGE,
  'data/base-images.yaml',
);

/**
 * The edition files shipped in the common package.
 * @public
 */
export async function bundledEditionFiles(): Promise<string[]> {
  const dir = resolvePackagePath(COMMON_PACKAGE, 'data/editions');
  const names = await fs.readdir(dir);
  return names
    .filter(name => name.endsWith('.yaml'))
    .sort()
    .map(name => `${dir}/${name}`);
}

/**
 * The body of a URL source, read as a stream and given up as soon as it
 * passes the data file limit, so a huge body is never held whole.
 */
async function readLimited(response: {
  buffer(): Promise<Buffer>;
  stream?(): NodeJS.ReadableStream;
}): Promise<Buffer> {
  if (!response.stream) return response.buffer();
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = response.stream();
  for await (const chunk of stream) {
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += data.byteLength;
    if (size > MAX_DATA_FILE_BYTES) {
      // Close the connection too: nothing more of the body is wanted.
      (stream as { destroy?: () => void }).destroy?.();
      throw new Error(
        `is larger than the ${
          MAX_DATA_FILE_BYTES / 1024 / 1024
        } MB limit for data files; stopped reading`,
      );
    }
    chunks.push(data);
  }
  return Buffer.concat(chunks);
}

/**
 * A source that could not be read at all (as opposed to invalid data).
 * @public
 */
export class UnreadableSourceError extends StandardDataError {}

/**
 * Reads every configured source (bundled files, local paths, URLs through the
 * UrlReader) and validates them together. Throws a `StandardDataError` that
 * names the source and field when anything is wrong; nothing is partial.
 * @public
 */
export class StandardLoader {
  constructor(
    private readonly config: Pick<
      StandardArchitectureConfig,
      | 'sources'
      | 'includeBundled'
      | 'overlay'
      | 'readTimeoutMs'
      | 'baseImageRules'
    >,
    private readonly urlReader: UrlReaderService,
  ) {}

  async load(): Promise<Standard> {
    return (await this.loadWithSources()).standard;
  }

  /** The standard, and which source each edition came from. */
  async loadWithSources(): Promise<{
    standard: Standard;
    sources: Map<number, string>;
  }> {
    const editionSources = [
      ...(this.config.includeBundled ? await bundledEditionFiles() : []),
      ...this.config.sources,
    ];
    const [editions, overlay, baseImagesFile] = await Promise.all([
      Promise.all(editionSources.map(s => this.read(s))),
      this.config.overlay ? this.read(this.config.overlay) : undefined,
      this.read(BASE_IMAGES_FILE),
    ]);
    const loaded = loadStandard({ editions, overlay });
    const baseImages = loadBaseImageRules(baseImagesFile);
    const issues = [
      ...(loaded.ok ? [] : loaded.issues),
      ...(baseImages.ok ? [] : baseImages.issues),
    ];
    if (!loaded.ok || !baseImages.ok) throw new StandardDataError(issues);
    // Configured rules (validated at startup) replace the bundled ones; the
    // bundled file still gives the article's facts and source.
    const configured = this.config.baseImageRules;
    const standard: Standard = {
      ...loaded.value,
      baseImages: configured
        ? { ...baseImages.value, rules: configured }
        : baseImages.value,
    };
    const sources = new Map<number, string>();
    for (const file of editions) {
      const parsed = parseDataFile(file.content, file.source, editionSchema);
      if (parsed.ok) sources.set(parsed.value.year, file.source);
    }
    return { standard, sources };
  }

  private async read(source: string): Promise<DataFile> {
    try {
      if (/^https?:\/\//.test(source)) {
        const response = await this.urlReader.readUrl(source, {
          signal: AbortSignal.timeout(this.config.readTimeoutMs),
        });
        return { source, content: await readLimited(response) };
      }
      // Named by absolute path: the backend's working directory is no landmark.
      const file = resolvePath(source);
      return { source: file, content: await fs.readFile(file) };
    } catch (error) {
      throw new UnreadableSourceError([
        { source, path: '', message: `could not be read: ${String(error)}` },
      ]);
    }
  }
}
