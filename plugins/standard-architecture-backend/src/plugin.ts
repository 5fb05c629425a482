import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { standardArchitecturePermissions } from '@k8s-standard/plugin-standard-architecture-common';
import { migrateDatabase } from './database/migrateDatabase';
import { JobName, StandardRepository } from './database/StandardRepository';
import { UsageIndex } from './database/UsageIndex';
import { ScanStatusStore } from './database/ScanStatusStore';
import { StandardIngestion } from './ingestion/StandardIngestion';
import {
  readStandardArchitectureConfig,
  StandardLoader,
} from '@k8s-standard/plugin-standard-architecture-node';
import { createRouter, INGESTION_TASK_ID } from './service/router';
import { UsageIndexSync } from './usage/UsageIndexSync';
import { dataVersion } from './lib/dataVersion';
import { ScmIntegrations } from '@backstage/integration';
import { bundledDetectionRules } from './scanning/detectionRules';
import { RepositoryScanner } from './scanning/RepositoryScanner';
import { RepositoryScanTask } from './scanning/RepositoryScanTask';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { isoDay } from '@k8s-standard/plugin-standard-architecture-common';
import { registerStandardActions } from './actions/registerStandardActions';
import { UsageAnswers } from './service/usageAnswers';

/** The scheduled usage-index sync. */
export const USAGE_SYNC_TASK_ID = 'standard-architecture:usage-sync';
/** The scheduled repository scan. */
export const REPOSITORY_SCAN_TASK_ID = 'standard-architecture:repository-scan';

/**
 * The standard-architecture backend plugin: ingestion of the standard and
 * the usage index, in the plugin's own database, and the REST API under
 * `/api/standard-architecture`.
 * @public
 */
export const standardArchitecturePlugin = createBackendPlugin({
  pluginId: 'standard-architecture',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { logger, scheduler, catalog, auth } = deps;
        const settings = readStandardArchitectureConfig(deps.config);
        const knex = await deps.database.getClient();
        if (!deps.database.migrations?.skip) {
          await migrateDatabase(knex, logger);
        }
        const repository = new StandardRepository(knex);
        const index = new UsageIndex(knex);
        const scans = new ScanStatusStore(knex);
        deps.permissionsRegistry.addPermissions(
          standardArchitecturePermissions,
        );

        // A background job whose outcome /status and /health report.
        const recorded =
          (job: JobName, failure: string, run: () => Promise<object>) =>
          async () => {
            await repository.startRun(job);
            try {
              const details = { ...(await run()) };
              await repository.finishRun(job, 'ok', { details });
            } catch (error) {
              await repository.finishRun(job, 'failed', {
                error: String((error as Error)?.message ?? error),
              });
              logger.error(`${failure}: ${error}`);
            }
          };

        const ingestion = new StandardIngestion(
          settings,
          new StandardLoader(settings, deps.urlReader),
          repository,
          catalog,
          auth,
          logger,
          dataVersion(),
        );
        // Global scope: one replica runs each, once per interval.
        await scheduler.scheduleTask({
          id: INGESTION_TASK_ID,
          ...settings.schedule,
          scope: 'global',
          fn: () => ingestion.run(),
        });

        const sync = new UsageIndexSync(catalog, auth, index, logger, {
          kinds: settings.usageIndex.kinds,
          pageSize: settings.usageIndex.pageSize,
          toolNamespace: settings.entityNamespace,
        });
        await scheduler.scheduleTask({
          id: USAGE_SYNC_TASK_ID,
          ...settings.usageIndex.schedule,
          scope: 'global',
          fn: recorded(
            'sync',
            'Usage index sync failed; the index keeps what it had',
            () => sync.run(),
          ),
        });

        if (settings.scanning.enabled) {
          // Invalid organisation rules stop the start, naming the rule and field.
          const rules = await bundledDetectionRules(settings.scanning.rules);
          const scan = new RepositoryScanTask(
            index,
            scans,
            new RepositoryScanner(
              deps.urlReader,
              ScmIntegrations.fromConfig(deps.config),
              rules,
              settings.scanning.limits,
            ),
            logger,
            settings.scanning.concurrency,
          );
          await scheduler.scheduleTask({
            id: REPOSITORY_SCAN_TASK_ID,
            ...settings.scanning.schedule,
            scope: 'global',
            fn: recorded('scan', 'Repository scan failed', () => scan.run()),
          });
        }

        deps.httpRouter.use(
          await createRouter({
            logger,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            scheduler,
            catalog,
            repository,
            index,
            scans,
            currentEdition: settings.currentEdition,
            toolNamespace: settings.entityNamespace,
            migrationWindowMonths: settings.migrationWindowMonths,
            techRadar: settings.techRadar,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });

        // Actions for AI assistants (MCP via mcp-actions-backend): the REST
        // routes' answers, acting with the caller's credentials.
        registerStandardActions(deps.actionsRegistry, {
          repository,
          index,
          scans,
          catalog,
          answers: new UsageAnswers(
            index,
            catalog,
            deps.permissions,
            settings.currentEdition,
            settings.migrationWindowMonths,
          ),
          currentEdition: settings.currentEdition,
          toolNamespace: settings.entityNamespace,
          migrationWindowMonths: settings.migrationWindowMonths,
          today: () => isoDay(),
        });
      },
    });
  },
});
