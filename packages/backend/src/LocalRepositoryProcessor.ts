import path from 'path';
import { pathToFileURL } from 'url';
import { ANNOTATION_SOURCE_LOCATION, Entity } from '@backstage/catalog-model';
import { CatalogProcessor, LocationSpec } from '@backstage/plugin-catalog-node';

/** A directory relative to the catalog file the entity is read from. */
export const LOCAL_REPOSITORY_ANNOTATION =
  'standard-architecture.example/local-repository';

/**
 * Demo only: turns `standard-architecture.example/local-repository: <dir>`
 * into `backstage.io/source-location: url:file:///<absolute dir>/`. The
 * catalog files are committed, the clone path differs per machine, and a
 * source location must be an absolute URL, so the path is resolved against
 * the catalog file at ingestion. Applies to `file` locations only; an
 * explicit source location in the YAML is left as written. Which paths can
 * be read is decided by the local UrlReader's roots, not here.
 */
export class LocalRepositoryProcessor implements CatalogProcessor {
  getProcessorName() {
    return 'LocalRepositoryProcessor';
  }

  async preProcessEntity(entity: Entity, location: LocationSpec) {
    const annotations = entity.metadata.annotations ?? {};
    const relative = annotations[LOCAL_REPOSITORY_ANNOTATION]?.trim();
    if (!relative || location.type !== 'file') return entity;
    if (annotations[ANNOTATION_SOURCE_LOCATION]) return entity;

    // path.resolve drops `..`, which the local reader refuses in URLs.
    const dir = path.resolve(
      path.dirname(path.resolve(location.target)),
      relative,
    );
    const url = pathToFileURL(dir).href.replace(/\/?$/, '/');
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...annotations,
          [ANNOTATION_SOURCE_LOCATION]: `url:${url}`,
        },
      },
    };
  }
}
