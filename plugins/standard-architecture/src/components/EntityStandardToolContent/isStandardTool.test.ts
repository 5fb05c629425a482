import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  STANDARD_PROVIDER_NAME,
} from '@k8s-standard/plugin-standard-architecture-common';
import { isStandardTool, toolIdOf } from './isStandardTool';

/** A Component of type tool, with the annotations given. */
const component = (
  annotations: Record<string, string>,
  overrides: Partial<Entity> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'argo-cd', annotations },
  spec: { type: 'tool', lifecycle: 'production', owner: 'platform-team' },
  ...overrides,
});

const fromProvider = {
  'backstage.io/managed-by-location': 'url:https://example.com/2026.yaml',
  'backstage.io/managed-by-origin-location': 'url:https://example.com/2026.yaml',
  [ANNOTATIONS.provider]: STANDARD_PROVIDER_NAME,
  [ANNOTATIONS.toolId]: 'argo-cd',
};

describe('isStandardTool', () => {
  it('is true for a tool Component written by the standard provider', () => {
    expect(isStandardTool(component(fromProvider))).toBe(true);
    expect(isStandardTool(component(fromProvider, { kind: 'component' }))).toBe(
      true,
    );
  });

  it('is false for a hand-written Component with spec.type tool', () => {
    const handWritten = component({
      'backstage.io/managed-by-location':
        'url:https://git.example.com/team-x/cli/catalog-info.yaml',
      'backstage.io/managed-by-origin-location':
        'url:https://git.example.com/team-x/cli/catalog-info.yaml',
    });
    expect(isStandardTool(handWritten)).toBe(false);
    // Not even when it borrows the tool-id annotation or names another provider.
    expect(
      isStandardTool(
        component({
          ...handWritten.metadata.annotations,
          [ANNOTATIONS.toolId]: 'argo-cd',
          [ANNOTATIONS.provider]: 'some-other-provider',
        }),
      ),
    ).toBe(false);
  });

  it('is false for the provider’s other entities and other types', () => {
    expect(
      isStandardTool(
        component(fromProvider, {
          kind: 'System',
          spec: { owner: 'platform-team' },
        }),
      ),
    ).toBe(false);
    expect(
      isStandardTool(
        component(fromProvider, {
          spec: { type: 'service', owner: 'platform-team' },
        }),
      ),
    ).toBe(false);
  });
});

describe('toolIdOf', () => {
  it('reads the tool-id annotation, else the name', () => {
    expect(
      toolIdOf(component({ ...fromProvider, [ANNOTATIONS.toolId]: 'argocd' })),
    ).toBe('argocd');
    expect(toolIdOf(component({}))).toBe('argo-cd');
  });
});
