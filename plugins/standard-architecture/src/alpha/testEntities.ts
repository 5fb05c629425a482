import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATIONS,
  STANDARD_PROVIDER_NAME,
  TOOL_COMPONENT_TYPE,
} from '@k8s-standard/plugin-standard-architecture-common';

const entity = (
  kind: string,
  name: string,
  spec: object = {},
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', annotations },
  spec,
});

/** One entity of each kind the plugin's extensions tell apart. */
export const ENTITIES = {
  service: entity('Component', 'payments-api', {
    type: 'service',
    owner: 'group:default/team-payments',
    lifecycle: 'production',
  }),
  website: entity('Component', 'checkout-web', { type: 'website' }),
  system: entity('System', 'payments', {
    owner: 'group:default/team-payments',
  }),
  // A tool of the standard, as the standard's catalog provider writes it.
  tool: entity(
    'Component',
    'jaeger',
    {
      type: TOOL_COMPONENT_TYPE,
      owner: 'group:default/platform-team',
      lifecycle: 'production',
    },
    { [ANNOTATIONS.provider]: STANDARD_PROVIDER_NAME },
  ),
  // `spec.type: tool` written by hand elsewhere: an ordinary component.
  handWrittenTool: entity('Component', 'in-house-tool', {
    type: TOOL_COMPONENT_TYPE,
    owner: 'group:default/team-payments',
  }),
  group: entity('Group', 'team-payments', { type: 'team', children: [] }),
  user: entity('User', 'guest'),
  api: entity('API', 'payments-rest', { type: 'openapi' }),
};
