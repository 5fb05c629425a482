import { compatWrapper } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isGroup } from './entityFilters';

/**
 * The team card on Group pages: the team's deprecated and caution
 * dependencies, ordered by deadline.
 * @alpha
 */
export const standardArchitectureGroupCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    filter: isGroup,
    loader: () =>
      import('../components/GroupStandardArchitectureCard').then(m =>
        compatWrapper(<m.GroupStandardArchitectureCard />),
      ),
  },
});
