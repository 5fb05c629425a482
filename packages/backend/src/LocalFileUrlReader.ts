import { constants } from 'fs';
import { open, stat } from 'fs/promises';
import { Readable } from 'stream';
import {
  UrlReaderService,
  UrlReaderServiceReadTreeOptions,
  UrlReaderServiceReadTreeResponse,
  UrlReaderServiceReadUrlOptions,
  UrlReaderServiceReadUrlResponse,
  UrlReaderServiceSearchResponse,
} from '@backstage/backend-plugin-api';
import {
  ReaderFactory,
  ReadTreeResponseFactory,
} from '@backstage/backend-defaults/urlReader';
import {
  NotFoundError,
  NotImplementedError,
  NotModifiedError,
} from '@backstage/errors';
import { listLocalTree, localFileEtag, localTreeEtag } from './localFileTree';
import { resolveLocalUrl, resolveRoots } from './localFileUrl';

/** The config key listing the directories served. */
export const LOCAL_ROOTS_CONFIG_KEY =
  'standardArchitecture.scanning.localRoots';

/**
 * Reads a resolved (real) path, refusing a symlink put in its place since
 * it was checked against the roots.
 */
async function readResolvedFile(file: string): Promise<Buffer> {
  const handle = await open(
    file,
    constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0),
  );
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** A byte stream that opens the file only when someone reads it. */
function lazyFileStream(file: string): Readable {
  async function* content() {
    yield await readResolvedFile(file);
  }
  return Readable.from(content(), { objectMode: false });
}

/**
 * Serves `file:` URLs under the configured local roots, so the demo can
 * scan the example repositories without network. Everything else under
 * `file:` is refused, symlinks included, so only what the config names is
 * ever readable.
 */
export class LocalFileUrlReader implements UrlReaderService {
  static factory: ReaderFactory = ({ config, logger, treeResponseFactory }) => {
    const roots = config.getOptionalStringArray(LOCAL_ROOTS_CONFIG_KEY) ?? [];
    if (roots.length === 0) return [];
    const reader = new LocalFileUrlReader(roots, treeResponseFactory);
    logger.debug(`Reading file: URLs under ${roots.join(', ')}`);
    // Every file: URL comes here, so one outside the roots gets this
    // reader's explanation rather than a generic "no reader".
    return [{ reader, predicate: url => url.protocol === 'file:' }];
  };

  /** `roots` are resolved against the working directory at each read. */
  constructor(
    private readonly roots: string[],
    private readonly treeResponseFactory: ReadTreeResponseFactory,
  ) {}

  async readUrl(
    url: string,
    options?: UrlReaderServiceReadUrlOptions,
  ): Promise<UrlReaderServiceReadUrlResponse> {
    const { path: file } = await this.resolve(url);
    const info = await stat(file, { bigint: true });
    if (!info.isFile()) throw new NotFoundError(`${url} is not a file`);
    const etag = localFileEtag(info);
    if (options?.etag === etag) throw new NotModifiedError();
    const lastModifiedAt = new Date(Number(info.mtimeMs));
    if (
      options?.lastModifiedAfter &&
      lastModifiedAt.getTime() <= options.lastModifiedAfter.getTime()
    ) {
      throw new NotModifiedError();
    }
    const data = await readResolvedFile(file);
    return {
      buffer: async () => data,
      stream: () => Readable.from([data]),
      etag,
      lastModifiedAt,
    };
  }

  async readTree(
    url: string,
    options?: UrlReaderServiceReadTreeOptions,
  ): Promise<UrlReaderServiceReadTreeResponse> {
    const { path: dir } = await this.resolve(url);
    if (!(await stat(dir)).isDirectory()) {
      throw new NotFoundError(`${url} is not a directory`);
    }
    const files = await listLocalTree(dir, options?.signal);
    // The etag covers the whole tree, like a commit does, and is checked
    // before the filter: callers' filters may count what they accept.
    const etag = localTreeEtag(files);
    if (options?.etag === etag) throw new NotModifiedError();
    const kept = options?.filter
      ? files.filter(f => options.filter!(f.path, { size: f.size }))
      : files;
    const response = await this.treeResponseFactory.fromReadableArray(
      kept.map(f => ({
        path: f.path,
        data: lazyFileStream(f.realPath),
        lastModifiedAt: new Date(Number(f.mtimeNs / 1_000_000n)),
      })),
    );
    // fromReadableArray leaves the etag empty; callers need it to ask again
    // conditionally, so it is set here and the rest is delegated.
    return {
      etag,
      files: () => response.files(),
      archive: () => response.archive(),
      dir: dirOptions => response.dir(dirOptions),
    };
  }

  async search(): Promise<UrlReaderServiceSearchResponse> {
    throw new NotImplementedError('LocalFileUrlReader does not support search');
  }

  toString() {
    return `local-file{roots=${this.roots.join(',')}}`;
  }

  private async resolve(url: string) {
    return resolveLocalUrl(url, await resolveRoots(this.roots));
  }
}
