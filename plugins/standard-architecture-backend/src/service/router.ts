import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { BasicPermission } from '@backstage/plugin-permission-common';
import {
  currentEdition,
  diffEditions,
  EditionsResponse,
  HealthResponse,
  isoDay,
  listEditions,
  RefreshResponse,
  standardArchitectureForceRefreshPermission,
  standardArchitectureRefreshPermission,
  StatusResponse,
  techRadar,
  TechRadarLayout,
} from '@k8s-standard/plugin-standard-architecture-common';
import express from 'express';
import Router from 'express-promise-router';
import { StandardRepository } from '../database/StandardRepository';
import { UsageIndex } from '../database/UsageIndex';
import { ScanStatusStore } from '../database/ScanStatusStore';
import { coveredGroups } from './coveredGroups';
import { internalErrors } from './internalErrors';
import { matches, sendWithETag } from './sendWithETag';
import {
  parseFlag,
  parseLimit,
  parseName,
  parseRef,
  parseSource,
} from './params';
import { Judgement, UsageAnswers } from './usageAnswers';
import { knownEditionYear, readJudgement } from './judgement';
import { editionAnswer } from './editionAnswer';
import { recommendationsAnswer } from './recommendationsAnswer';
import { dependentsAnswer } from './dependentsAnswer';

/** The scheduled ingestion task, which `POST /refresh` triggers. */
export const INGESTION_TASK_ID = 'standard-architecture:ingestion';

export interface RouterOptions {
  logger: LoggerService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  scheduler: SchedulerService;
  catalog: CatalogService;
  repository: StandardRepository;
  index: UsageIndex;
  scans: ScanStatusStore;
  currentEdition?: number;
  /** The namespace of the tool entities (`standardArchitecture.entityNamespace`). */
  toolNamespace?: string;
  /** Months to move off a removed tool when no deadline is set. */
  migrationWindowMonths?: number;
  today?: () => string;
  /** The Tech Radar's quadrants and layer mapping; default the built-in ones. */
  techRadar?: TechRadarLayout;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, catalog, repository, index } = options;
  const today = options.today ?? (() => isoDay());
  const answers = new UsageAnswers(
    index,
    catalog,
    permissions,
    options.currentEdition,
    options.migrationWindowMonths,
  );
  // /adoption is the same for every caller until the index or standard
  // changes: its body is kept for the current ETag.
  let adoptionCache: { etag: string; json: string } | undefined;

  // Shared with the actions (src/actions): the same answers on every surface.
  /** The accepted standard, or 503 naming why there is none yet. */
  const judgement = (): Promise<Judgement> =>
    readJudgement(repository, today());

  const authorize = async (
    permission: BasicPermission,
    credentials: BackstageCredentials,
    message: string,
  ) => {
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(message);
    }
  };

  const problems = async () => {
    const [stored, ingestion, sync, scan] = await Promise.all([
      repository.info(),
      repository.lastRun('ingestion'),
      repository.lastRun('sync'),
      repository.lastRun('scan'),
    ]);
    const found: string[] = [];
    if (!stored) found.push('the standard has not been ingested yet');
    if (
      ingestion?.outcome === 'failed' ||
      ingestion?.outcome === 'refused' ||
      ingestion?.outcome === 'rejected'
    ) {
      const verb =
        ingestion.outcome === 'failed' ? 'failed' : `was ${ingestion.outcome}`;
      found.push(`the last ingestion ${verb}: ${ingestion.error}`);
    }
    for (const { entityRef, heldBy } of stored?.conflicts ?? []) {
      found.push(
        `${entityRef} is not provided: the catalog already has it from ${
          heldBy ?? 'another location'
        }`,
      );
    }
    if (sync?.outcome === 'failed') {
      found.push(`the last usage sync failed: ${sync.error}`);
    }
    if (scan?.outcome === 'failed') {
      found.push(`the last repository scan failed: ${scan.error}`);
    }
    return { found, ingestion, sync, scan };
  };

  const router = Router();
  router.use(express.json());

  router.get('/health', async (_req, res) => {
    const { found } = await problems();
    const body: HealthResponse = { status: found.length ? 'degraded' : 'ok' };
    res.json(body);
  });

  router.get('/status', async (req, res) => {
    await httpAuth.credentials(req);
    const [
      { found, ingestion, sync, scan },
      standard,
      state,
      entities,
      usages,
    ] = await Promise.all([
      problems(),
      repository.info(),
      index.state(),
      index.entityCount(),
      index.usageCount(),
    ]);
    const body: StatusResponse = {
      status: found.length ? 'degraded' : 'ok',
      problems: found,
      ...(state.asOf && { asOf: state.asOf }),
      ...(ingestion && { ingestion }),
      ...(sync && { sync }),
      ...(scan && { scan }),
      ...(standard && { standard }),
      index: { entities, usages },
    };
    res.json(body);
  });

  router.get('/standard', async (req, res) => {
    await httpAuth.credentials(req);
    const [{ standard, hash }, info] = await Promise.all([
      judgement(),
      repository.info(),
    ]);
    const conflicts = info?.conflicts ?? [];
    // Conflicts change what the provider applies, so they are part of the tag.
    const etag = `"${hash}${
      conflicts.length ? `-${conflicts.map(c => c.entityRef).join(',')}` : ''
    }"`;
    res.setHeader('ETag', etag);
    if (matches(req, etag)) {
      res.status(304).end();
      return;
    }
    res.json({
      contentHash: hash,
      dataVersion: info?.dataVersion,
      loadedAt: info?.loadedAt,
      conflicts,
      standard,
    });
  });

  router.get('/editions', async (req, res) => {
    await httpAuth.credentials(req);
    const [{ standard, hash }, info] = await Promise.all([
      judgement(),
      repository.info(),
    ]);
    const body: EditionsResponse = {
      current: currentEdition(standard, options.currentEdition).year,
      ...(info && { dataVersion: info.dataVersion }),
      contentHash: hash,
      items: listEditions(standard),
    };
    sendWithETag(req, res, body, hash);
  });

  router.get('/editions/:year', async (req, res) => {
    await httpAuth.credentials(req);
    const { standard, hash, today: day } = await judgement();
    const year = knownEditionYear(standard, req.params.year, 'year');
    const body = editionAnswer(standard, year, {
      today: day,
      currentEdition: options.currentEdition,
      migrationWindowMonths: options.migrationWindowMonths,
    });
    sendWithETag(req, res, body, `${hash}-${year}-${day}`);
  });

  router.get('/diff', async (req, res) => {
    await httpAuth.credentials(req);
    const { standard } = await judgement();
    const from = knownEditionYear(standard, req.query.from, 'from');
    const to = knownEditionYear(standard, req.query.to, 'to');
    sendWithETag(req, res, diffEditions(standard, from, to));
  });

  // The community Tech Radar's loader format: rings from the verdicts.
  router.get('/tech-radar', async (req, res) => {
    await httpAuth.credentials(req);
    const { standard, today: day } = await judgement();
    const year =
      req.query.edition === undefined
        ? currentEdition(standard, options.currentEdition).year
        : knownEditionYear(standard, req.query.edition, 'edition');
    const body = techRadar(standard, {
      today: day,
      edition: year,
      migrationWindowMonths: options.migrationWindowMonths,
      layout: options.techRadar,
      entityNamespace: options.toolNamespace,
    });
    sendWithETag(req, res, body);
  });

  router.get('/recommendations', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = parseRef(req.query.entityRef, 'entityRef', 'component');
    const body = await recommendationsAnswer(
      options,
      judgement,
      entityRef,
      credentials,
    );
    sendWithETag(req, res, body);
  });

  router.get('/adoption', async (req, res) => {
    await httpAuth.credentials(req);
    const [judged, state] = await Promise.all([judgement(), index.state()]);
    // Counts only, the same for every caller: tagged by the shared state.
    const etag = `"${judged.hash.slice(0, 16)}-${state.generation}-${
      judged.today
    }-${options.currentEdition ?? ''}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    if (matches(req, etag)) {
      res.status(304).end();
      return;
    }
    if (adoptionCache?.etag !== etag) {
      const body = {
        ...(state.asOf && { asOf: state.asOf }),
        ...(await answers.adoption(judged)),
      };
      adoptionCache = { etag, json: JSON.stringify(body) };
    }
    res.type('application/json').send(adoptionCache.json);
  });

  router.get('/tools/:toolId/dependents', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const toolId = parseName(req.params.toolId, 'toolId');
    const query = {
      owner:
        req.query.owner === undefined
          ? undefined
          : parseRef(req.query.owner, 'owner', 'group'),
      source: parseSource(req.query.source),
      limit: parseLimit(req.query.limit),
      cursor: req.query.cursor,
    };
    const body = await dependentsAnswer(
      answers,
      index,
      judgement,
      toolId,
      query,
      credentials,
    );
    sendWithETag(req, res, body);
  });

  router.get('/groups/:namespace/:name/report', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const groupRef = `group:${parseName(
      req.params.namespace,
      'namespace',
    ).toLowerCase()}/${parseName(req.params.name, 'name').toLowerCase()}`;
    const includeChildGroups = parseFlag(
      req.query.includeChildGroups,
      'includeChildGroups',
    );
    const query = {
      limit: parseLimit(req.query.limit),
      cursor: req.query.cursor,
    };
    const [stored, state] = await Promise.all([judgement(), index.state()]);
    const judged = { ...stored, generation: state.generation };
    const covering = coveredGroups(
      catalog,
      groupRef,
      includeChildGroups,
      credentials,
    );
    // Without child groups the covered groups are known: the report is read
    // while the catalog confirms the group; a missing group still gives 404.
    const [groups, report] = includeChildGroups
      ? await covering.then(
          async covered =>
            [
              covered,
              await answers.groupReport(
                judged,
                groupRef,
                covered,
                query,
                credentials,
              ),
            ] as const,
        )
      : await Promise.all([
          covering,
          answers.groupReport(judged, groupRef, [groupRef], query, credentials),
        ]);
    sendWithETag(req, res, {
      ...(state.asOf && { asOf: state.asOf }),
      ...report,
      groups,
    });
  });

  router.post('/refresh', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    await authorize(
      standardArchitectureRefreshPermission,
      credentials,
      'Not allowed to refresh the standard',
    );
    const force = parseFlag(req.query.force, 'force');
    if (force) {
      await authorize(
        standardArchitectureForceRefreshPermission,
        credentials,
        'Not allowed to bypass the removal guard (force)',
      );
      const event = await options.auditor.createEvent({
        eventId: 'standard-refresh-force',
        severityLevel: 'high',
        request: req,
        meta: { task: INGESTION_TASK_ID },
      });
      const principal = credentials.principal as {
        userEntityRef?: string;
        subject?: string;
      };
      await repository.requestForce(
        principal.userEntityRef ?? principal.subject ?? 'unknown',
      );
      await event.success();
    }
    let state: RefreshResponse['state'] = 'triggered';
    try {
      await options.scheduler.triggerTask(INGESTION_TASK_ID);
    } catch (error) {
      // The scheduler's answer while a run holds the task: start nothing new.
      if ((error as Error)?.name !== ConflictError.name) throw error;
      state = 'running';
    }
    const lastRun = await repository.lastRun('ingestion');
    const body: RefreshResponse = {
      task: INGESTION_TASK_ID,
      state,
      force,
      ...(lastRun && { lastRun }),
    };
    res.status(202).json(body);
  });

  router.use(internalErrors(options.logger));
  return router;
}
