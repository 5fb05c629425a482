import { readFile } from 'fs/promises';
import path from 'path';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ConfigSources, FileConfigSource } from '@backstage/config-loader';
import { parseEntityYaml } from '@backstage/plugin-catalog-node';
import {
  LOCAL_ROOTS_CONFIG_KEY,
  LocalFileUrlReader,
} from './LocalFileUrlReader';
import {
  LOCAL_REPOSITORY_ANNOTATION,
  LocalRepositoryProcessor,
} from './LocalRepositoryProcessor';

// The demo as committed: catalog-info/services.yaml and app-config.yaml, with
// relative roots resolved where `yarn start` runs the backend.
const REPO_ROOT = path.resolve(__dirname, '../../..');
const BACKEND_DIR = path.join(REPO_ROOT, 'packages/backend');
const SERVICES = path.join(REPO_ROOT, 'catalog-info/services.yaml');

async function demoEntities(): Promise<Entity[]> {
  const location = { type: 'file', target: SERVICES };
  const entities: Entity[] = [];
  for (const result of parseEntityYaml(await readFile(SERVICES), location)) {
    if (result.type === 'entity') entities.push(result.entity);
  }
  return entities;
}

async function demoReader() {
  const config = await ConfigSources.toConfig(
    FileConfigSource.create({
      path: path.join(REPO_ROOT, 'app-config.yaml'),
      watch: false,
    }),
  );
  const roots = config
    .getStringArray(LOCAL_ROOTS_CONFIG_KEY)
    .map(root => path.resolve(BACKEND_DIR, root));
  config.close();
  return UrlReaders.create({
    config: new ConfigReader({
      standardArchitecture: { scanning: { localRoots: roots } },
    }),
    logger: mockServices.logger.mock(),
    factories: [LocalFileUrlReader.factory],
  });
}

describe('the demo repositories', () => {
  it('are readable for every service that names one', async () => {
    const reader = await demoReader();
    const processor = new LocalRepositoryProcessor();
    const withRepository = (await demoEntities()).filter(
      e => e.metadata.annotations?.[LOCAL_REPOSITORY_ANNOTATION],
    );
    expect(withRepository.length).toBeGreaterThanOrEqual(10);

    for (const entity of withRepository) {
      const processed = await processor.preProcessEntity(entity, {
        type: 'file',
        target: SERVICES,
      });
      const source =
        processed.metadata.annotations!['backstage.io/source-location'];
      expect(source).toMatch(/^url:file:\/\/.*\/$/);
      const files = await (await reader.readTree(source.slice(4))).files();
      expect({
        name: entity.metadata.name,
        hasDockerfile: files.some(f => f.path === 'Dockerfile'),
      }).toEqual({ name: entity.metadata.name, hasDockerfile: true });
    }
  });
});
