import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { standardArchitectureApiRef } from '../api/StandardArchitectureApi';
import { StandardArchitectureClient } from '../api/StandardArchitectureClient';

/** The client of the standard-architecture backend. @alpha */
export const standardArchitectureApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: standardArchitectureApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new StandardArchitectureClient(deps),
    }),
});
