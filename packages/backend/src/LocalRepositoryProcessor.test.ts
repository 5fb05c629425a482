import path from 'path';
import { pathToFileURL } from 'url';
import { Entity } from '@backstage/catalog-model';
import { LocalRepositoryProcessor } from './LocalRepositoryProcessor';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', annotations },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-payments' },
});

const catalogFile = path.resolve('/work/demo/catalog-info/services.yaml');
const fileLocation = { type: 'file', target: catalogFile };
const preProcess = (e: Entity, location = fileLocation) =>
  new LocalRepositoryProcessor().preProcessEntity(e, location);

describe('LocalRepositoryProcessor', () => {
  it('turns the relative path into an absolute file: source location', async () => {
    const result = await preProcess(
      entity({
        'standard-architecture.example/local-repository':
          '../examples/repositories/payments-api',
      }),
    );
    const expected = pathToFileURL(
      path.resolve('/work/demo/examples/repositories/payments-api'),
    ).href;
    expect(result.metadata.annotations).toEqual({
      'standard-architecture.example/local-repository':
        '../examples/repositories/payments-api',
      'backstage.io/source-location': `url:${expected}/`,
    });
    expect(
      result.metadata.annotations!['backstage.io/source-location'],
    ).not.toContain('..');
  });

  it('leaves an explicit source location, url locations and other entities alone', async () => {
    const explicit = entity({
      'standard-architecture.example/local-repository': '../x',
      'backstage.io/source-location': 'url:https://github.com/example/x/',
    });
    expect(await preProcess(explicit)).toBe(explicit);

    const fromUrl = entity({
      'standard-architecture.example/local-repository': '../x',
    });
    expect(
      await preProcess(fromUrl, {
        type: 'url',
        target: 'https://github.com/example/catalog/blob/main/services.yaml',
      }),
    ).toBe(fromUrl);

    const plain = entity({});
    expect(await preProcess(plain)).toBe(plain);
  });
});
