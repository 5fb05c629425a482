import { compatWrapper } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isStandardTool } from '../components/EntityStandardToolContent/isStandardTool';

/**
 * The "Standard" tab of the standard's tool entities: history, rationale,
 * replacement, alternatives and dependents.
 * @alpha
 */
export const standardToolEntityContent = EntityContentBlueprint.make({
  name: 'tool',
  params: {
    path: 'standard',
    title: 'Standard',
    filter: isStandardTool,
    loader: () =>
      import('../components/EntityStandardToolContent').then(m =>
        compatWrapper(<m.EntityStandardToolContent />),
      ),
  },
});
