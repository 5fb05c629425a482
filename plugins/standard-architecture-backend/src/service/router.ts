import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  AdoptionResponse,
  currentEdition,
  diffEditions,
  EditionResponse,
  EditionsResponse,
  getEdition,
  GroupReportResponse,
  isoDay,
  listEditions,
  recommend,
  RecommendationsResponse,
  Standard,
  standardArchitectureRefreshPermission,
  toolLifecycle,
} from '@internal/plugin-standard-architecture-common';
import express from 'express';
import Router from 'express-promise-router';
import { computeAdoption, computeGroupReport } from './adoption';
import { DependencyQueries } from './dependencyQueries';
import { StandardStore } from '../lib/standardStore';

export interface RouterOptions {
  logger: LoggerService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  queries: DependencyQueries;
  store: StandardStore;
  /** The current standard (see `createStandardSource`). */
  standard: () => Promise<Standard>;
  currentEdition?: number;
  today?: () => string;
}

function parseYear(value: unknown, name: string): number {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) {
    throw new InputError(
      `${name} must be a four-digit year, got "${value ?? ''}"`,
    );
  }
  return Number(value);
}

function parseRef(value: unknown, name: string, defaultKind?: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(
      `${name} is required, e.g. component:default/my-service`,
    );
  }
  try {
    return stringifyEntityRef(parseEntityRef(value, { defaultKind }));
  } catch (error) {
    throw new InputError(
      `${name} "${value}" is not a valid entity ref: ${error}`,
    );
  }
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, queries, store, standard } = options;
  const today = options.today ?? (() => isoDay());
  const editionYear = (data: Standard, value: unknown, name: string) => {
    const year = parseYear(value, name);
    if (!getEdition(data, year)) {
      throw new NotFoundError(
        `${name}: no edition ${year}; known: ${data.editions
          .map(e => e.year)
          .join(', ')}`,
      );
    }
    return year;
  };

  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/editions', async (req, res) => {
    await httpAuth.credentials(req);
    const data = await standard();
    const body: EditionsResponse = {
      current: currentEdition(data, options.currentEdition).year,
      items: listEditions(data),
    };
    res.json(body);
  });

  router.get('/editions/:year', async (req, res) => {
    await httpAuth.credentials(req);
    const data = await standard();
    const edition = getEdition(
      data,
      editionYear(data, req.params.year, 'year'),
    )!;
    const current = currentEdition(data, options.currentEdition);
    const day = today();
    const body: EditionResponse = {
      ...edition,
      current: edition.year === current.year,
      lifecycles: Object.fromEntries(
        edition.tools.map(t => [
          t.id,
          toolLifecycle(data, t.id, edition, day).lifecycle,
        ]),
      ),
    };
    res.json(body);
  });

  router.get('/diff', async (req, res) => {
    await httpAuth.credentials(req);
    const data = await standard();
    const from = editionYear(data, req.query.from, 'from');
    const to = editionYear(data, req.query.to, 'to');
    res.json(diffEditions(data, from, to));
  });

  router.get('/recommendations', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = parseRef(req.query.entityRef, 'entityRef', 'component');
    const data = await standard();
    const entity = await queries.entityWithParts(entityRef, credentials);
    if (!entity) throw new NotFoundError(`entityRef: no entity ${entityRef}`);
    const body: RecommendationsResponse = {
      entityRef,
      ...recommend(
        data,
        { tools: entity.toolIds, baseImages: entity.baseImages },
        { edition: options.currentEdition, today: today() },
      ),
    };
    res.json(body);
  });

  router.get('/adoption', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const data = await standard();
    const edition = currentEdition(data, options.currentEdition);
    const toolIds = [
      ...new Set(data.editions.flatMap(e => e.tools.map(t => t.id))),
    ];
    const dependents = await queries.dependentsOf(toolIds, credentials);
    const body: AdoptionResponse = computeAdoption(data, dependents, {
      edition: edition.year,
      today: today(),
    });
    res.json(body);
  });

  router.get('/groups/:namespace/:name/report', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const groupRef = parseRef(
      `group:${req.params.namespace}/${req.params.name}`,
      'group',
    );
    const [data, { group, owned }] = await Promise.all([
      standard(),
      queries.groupWithOwned(groupRef, credentials),
    ]);
    if (!group) throw new NotFoundError(`group: no group ${groupRef}`);
    const body: GroupReportResponse = computeGroupReport(
      data,
      groupRef,
      owned,
      {
        edition: currentEdition(data, options.currentEdition).year,
        today: today(),
      },
    );
    res.json(body);
  });

  router.post('/refresh', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: standardArchitectureRefreshPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('Not allowed to refresh the standard');
    }
    const force = req.query.force === 'true';
    const run = store.refresh({ force });
    if (!run) {
      throw new ServiceUnavailableError(
        'No ingestion to run: add the catalog module catalogModuleStandardArchitecture to the backend',
      );
    }
    try {
      res.json(await run);
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      options.logger.error(`Refresh failed: ${error}`);
      throw new ServiceUnavailableError(
        `Refresh failed; the catalog keeps its previous entities: ${
          (error as Error).message
        }`,
      );
    }
  });

  return router;
}
