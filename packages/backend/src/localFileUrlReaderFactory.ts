import { createServiceFactory } from '@backstage/backend-plugin-api';
import { urlReaderFactoriesServiceRef } from '@backstage/backend-defaults/urlReader';
import { LocalFileUrlReader } from './LocalFileUrlReader';

/**
 * Adds the local `file:` reader to the UrlReader, so every plugin (the
 * standard-architecture scanner among them) reads the example repositories
 * through the same service it uses for GitHub or GitLab.
 */
export const localFileUrlReaderFactory = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return LocalFileUrlReader.factory;
  },
});
