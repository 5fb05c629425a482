import { mockServices } from '@backstage/backend-test-utils';
import { readFactRetrieverSettings } from './settings';

const read = (data: object) =>
  readFactRetrieverSettings(mockServices.rootConfig({ data: data as any }));

describe('readFactRetrieverSettings', () => {
  it('applies the defaults', () => {
    expect(read({})).toEqual({
      concurrency: 5,
      pageSize: 100,
      requestTimeoutMs: 30_000,
      toolNamespace: 'default',
    });
  });

  it('reads its keys and the namespace of the standard’s tools', () => {
    expect(
      read({
        standardArchitecture: {
          entityNamespace: 'k8s-standard',
          techInsights: {
            concurrency: 2,
            pageSize: 500,
            requestTimeoutSeconds: 5,
          },
        },
      }),
    ).toEqual({
      concurrency: 2,
      pageSize: 500,
      requestTimeoutMs: 5000,
      toolNamespace: 'k8s-standard',
    });
  });

  it.each([
    ['concurrency', 0],
    ['concurrency', 2.5],
    ['pageSize', 1001],
    ['requestTimeoutSeconds', -1],
  ])('refuses %s: %s, naming the key', (key, value) => {
    expect(() =>
      read({ standardArchitecture: { techInsights: { [key]: value } } }),
    ).toThrow(
      `standardArchitecture.techInsights.${key}: must be a whole number`,
    );
  });
});
