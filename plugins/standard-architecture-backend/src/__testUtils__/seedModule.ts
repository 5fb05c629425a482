import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

const LOCATION = 'url:https://example.com/tests/seed.yaml';

/** A catalog provider that tests fill with full mutations, like a real source. */
export class SeedProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private readonly connected: Promise<void>;
  private resolveConnected!: () => void;

  constructor(private readonly name = 'standard-architecture-test-seed') {
    this.connected = new Promise(resolve => {
      this.resolveConnected = resolve;
    });
  }

  getProviderName() {
    return this.name;
  }

  async connect(connection: EntityProviderConnection) {
    this.connection = connection;
    this.resolveConnected();
  }

  async apply(entities: Entity[]) {
    await this.connected;
    await this.connection!.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity: {
          ...entity,
          metadata: {
            ...entity.metadata,
            annotations: {
              [ANNOTATION_LOCATION]: LOCATION,
              [ANNOTATION_ORIGIN_LOCATION]: LOCATION,
              ...entity.metadata.annotations,
            },
          },
        },
        locationKey: this.name,
      })),
    });
  }

  module() {
    return createBackendModule({
      pluginId: 'catalog',
      moduleId: 'test-seed',
      register: env => {
        env.registerInit({
          deps: { catalog: catalogProcessingExtensionPoint },
          init: async ({ catalog }) => catalog.addEntityProvider(this),
        });
      },
    });
  }
}

/** A service Component owned by a group, depending on standard tools. */
export function service(
  name: string,
  owner: string,
  tools: string[],
  extra: { annotations?: Record<string, string>; system?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      title: `Service ${name}`,
      annotations: extra.annotations ?? {},
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner,
      ...(extra.system && { system: extra.system }),
      dependsOn: tools.map(t => `component:default/${t}`),
    },
  };
}

export function group(name: string, children: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children },
  };
}
