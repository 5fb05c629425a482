import { createComponentExtension } from '@backstage/core-plugin-api';
import { standardArchitecturePlugin } from './plugin';

export { isStandardTool } from './components/EntityStandardToolContent/isStandardTool';

/**
 * For Component and System pages: what to do about the standard tools the
 * entity depends on and its base images.
 * @public
 */
export const EntityStandardArchitectureCard: () => JSX.Element =
  standardArchitecturePlugin.provide(
    createComponentExtension({
      name: 'EntityStandardArchitectureCard',
      component: {
        lazy: () =>
          import('./components/EntityStandardArchitectureCard').then(
            m => m.EntityStandardArchitectureCard,
          ),
      },
    }),
  );

/**
 * A tab for tool entities (`spec.type: tool`, see `isStandardTool`): history,
 * rationale, replacement, alternatives and dependents.
 * @public
 */
export const EntityStandardToolContent: () => JSX.Element | null = standardArchitecturePlugin.provide(
  createComponentExtension({
    name: 'EntityStandardToolContent',
    component: {
      lazy: () =>
        import('./components/EntityStandardToolContent').then(
          m => m.EntityStandardToolContent,
        ),
    },
  }),
);

/**
 * For Group pages: the team's deprecated and caution dependencies.
 * @public
 */
export const GroupStandardArchitectureCard: () => JSX.Element = standardArchitecturePlugin.provide(
  createComponentExtension({
    name: 'GroupStandardArchitectureCard',
    component: {
      lazy: () =>
        import('./components/GroupStandardArchitectureCard').then(
          m => m.GroupStandardArchitectureCard,
        ),
    },
  }),
);
