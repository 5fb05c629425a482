import { createBackend } from '@backstage/backend-defaults';
import { ConfigSources } from '@backstage/config-loader';
import { checkDatabase } from './checkDatabase';
import { catalogModuleLocalRepositories } from './catalogModuleLocalRepositories';
import { localFileUrlReaderFactory } from './localFileUrlReaderFactory';
import { scaffolderModuleLocalPublish } from './scaffolder/scaffolderModuleLocalPublish';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

backend.add(import('@backstage/plugin-scaffolder-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// The demo allows everything; deploy your own policy to restrict
// `standard-architecture.refresh`.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

backend.add(import('@backstage/plugin-user-settings-backend'));

// The Kubernetes Standard Architecture: REST API, catalog ingestion and the
// scaffolder check action.
backend.add(import('@k8s-standard/plugin-standard-architecture-backend'));
backend.add(
  import('@k8s-standard/plugin-catalog-backend-module-standard-architecture'),
);
backend.add(
  import(
    '@k8s-standard/plugin-scaffolder-backend-module-standard-architecture'
  ),
);

// AI assistants: serves the registered actions (the standard's check-stack,
// get-recommendations, ...) as MCP tools at /api/mcp-actions/v1. Which
// plugins' actions and the assistants' token: app-config.yaml.
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Tech Insights, with facts and checks from the Kubernetes Standard
// Architecture (schedule and checks: app-config.yaml).
backend.add(import('@backstage-community/plugin-tech-insights-backend'));
backend.add(
  import('@backstage-community/plugin-tech-insights-backend-module-jsonfc'),
);
backend.add(
  import(
    '@k8s-standard/plugin-tech-insights-backend-module-standard-architecture'
  ),
);

// Demo only: the example repositories under examples/repositories are read
// as `file:` URLs (within standardArchitecture.scanning.localRoots), and the
// services in catalog-info/services.yaml point at them by relative path.
backend.add(localFileUrlReaderFactory);
// Demo only: the template publishes new services to a local directory.
backend.add(scaffolderModuleLocalPublish);
backend.add(catalogModuleLocalRepositories);

// Check the database settings first, so a missing or unreachable PostgreSQL
// fails with a message that says what to set.
ConfigSources.toConfig(ConfigSources.default({ watch: false }))
  .then(async config => {
    await checkDatabase(config);
    config.close();
  })
  .then(() => backend.start())
  .catch(error => {
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  });
