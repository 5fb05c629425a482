import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { techRadarApiRef } from '@backstage-community/plugin-tech-radar';
import { StandardArchitectureTechRadarClient } from '@k8s-standard/plugin-standard-architecture';

/** The radar's entries come from the Standard Architecture's verdicts. */
export const techRadarApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: techRadarApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new StandardArchitectureTechRadarClient(deps),
    }),
});
