import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  STANDARD_PROVIDER_NAME,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  StandardLoader,
  standardToEntities,
} from '@k8s-standard/plugin-standard-architecture-node';
import { PROVIDER_NAME } from '../ingestion/StandardIngestion';
import { isProvidedByStandard, isStandardTool } from './indexedEntity';

let provided: Entity[];

beforeAll(async () => {
  const standard = await new StandardLoader(
    { sources: [], includeBundled: true, readTimeoutMs: 1000 },
    mockServices.urlReader.mock(),
  ).load();
  // Exactly what ingestion hands the catalog.
  provided = standardToEntities(standard, {
    owner: 'group:default/platform-team',
    providerName: PROVIDER_NAME,
    today: '2026-11-23',
  });
});

describe('isStandardTool', () => {
  it('knows the provider by the name it writes', () => {
    expect(PROVIDER_NAME).toBe(STANDARD_PROVIDER_NAME);
    expect(
      provided.every(
        e =>
          e.metadata.annotations?.[ANNOTATIONS.provider] ===
          STANDARD_PROVIDER_NAME,
      ),
    ).toBe(true);
  });

  it('is true for every tool Component the provider writes, and only those', () => {
    const tools = provided.filter(isStandardTool);
    expect(tools.length).toBeGreaterThan(40);
    expect(tools.every(e => e.kind === 'Component')).toBe(true);
    expect(tools.map(e => e.metadata.name)).toContain('argo-cd');
    // The Domain and layer Systems are the standard's, but not tools.
    const others = provided.filter(e => !isStandardTool(e));
    expect(new Set(others.map(e => e.kind))).toEqual(
      new Set(['Domain', 'System']),
    );
    expect(provided.every(isProvidedByStandard)).toBe(true);
  });

  it('is false for a hand-written Component with spec.type tool', () => {
    const argoCd = provided.find(e => e.metadata.name === 'argo-cd')!;
    const handWritten: Entity = {
      ...argoCd,
      metadata: {
        name: 'release-cli',
        namespace: 'default',
        annotations: {
          'backstage.io/managed-by-location':
            'url:https://git.example.com/team-x/release-cli/catalog-info.yaml',
        },
      },
    };
    expect(isStandardTool(handWritten)).toBe(false);
    expect(isProvidedByStandard(handWritten)).toBe(false);
    // Nor one that names some other provider.
    const otherProvider: Entity = {
      ...handWritten,
      metadata: {
        ...handWritten.metadata,
        annotations: { [ANNOTATIONS.provider]: 'another-provider:default' },
      },
    };
    expect(isStandardTool(otherProvider)).toBe(false);
    expect(isProvidedByStandard(otherProvider)).toBe(false);
  });
});
