import { compatWrapper } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isStandardArchitectureConsumer } from './entityFilters';

/**
 * The service card on Component and System pages: what to do about the
 * standard tools the entity depends on and its base images.
 * @alpha
 */
export const standardArchitectureServiceCard = EntityCardBlueprint.make({
  name: 'service',
  params: {
    filter: isStandardArchitectureConsumer,
    loader: () =>
      import('../components/EntityStandardArchitectureCard').then(m =>
        compatWrapper(<m.EntityStandardArchitectureCard />),
      ),
  },
});
