import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AdoptionResponse,
  compareRecommendations,
  currentEdition,
  Dependent,
  GroupReportItem,
  GroupReportResponse,
  recommend,
  RecommendationStatus,
  Standard,
  ToolAdoption,
  ToolDependentsResponse,
  ToolRecommendation,
} from '@k8s-standard/plugin-standard-architecture-common';
import { NotFoundError } from '@backstage/errors';
import { UsageIndex, UsageRow } from '../database/UsageIndex';
import { decodeCursor, encodeCursor } from './params';
import { PageCache } from './PageCache';
import { readableRefs } from './readableRefs';

const AT_RISK = new Set<RecommendationStatus>(['deprecated', 'caution']);

/** The standard as served to one request: data, identity and the day. */
export interface Judgement {
  standard: Standard;
  hash: string;
  today: string;
  /** The index generation read for this request; pages are kept per generation. */
  generation?: number;
}

const cacheKey = (j: Judgement, ...parts: unknown[]) =>
  j.generation === undefined
    ? undefined
    : JSON.stringify([j.hash, j.today, j.generation, ...parts]);

const replacementNames = (r: ToolRecommendation) =>
  r.replacement && [
    ...r.replacement.tools.map(t => t.name),
    ...(r.replacement.successor ? [r.replacement.successor.name] : []),
  ];

interface ReportPosition {
  t: number;
  a?: string;
}
const isReportPosition = (p: any): p is ReportPosition =>
  Number.isInteger(p?.t) &&
  p.t >= 0 &&
  (p.a === undefined || typeof p.a === 'string');
interface DependentsPosition {
  a: string;
}
const isDependentsPosition = (p: any): p is DependentsPosition =>
  typeof p?.a === 'string';

/**
 * Answers about usage, from the index and the standard. Counts come from the
 * aggregates; lists are paged and only show entities the caller may read.
 */
export class UsageAnswers {
  private readonly pages = new PageCache();
  private judgedCache?: { key: string; tools: Map<string, ToolRecommendation> };

  constructor(
    private readonly index: UsageIndex,
    private readonly catalog: CatalogService,
    private readonly permissions: PermissionsService,
    private readonly edition?: number,
    private readonly migrationWindowMonths?: number,
  ) {}

  /** Every tool of the standard judged once per standard and day. */
  judged({
    standard,
    hash,
    today,
  }: Judgement): Map<string, ToolRecommendation> {
    const key = `${hash}:${today}:${this.edition}`;
    if (this.judgedCache?.key !== key) {
      const ids = [
        ...new Set(standard.editions.flatMap(e => e.tools.map(t => t.id))),
      ];
      const { tools } = recommend(
        standard,
        { tools: ids },
        {
          edition: this.edition,
          today,
          migrationWindowMonths: this.migrationWindowMonths,
        },
      );
      this.judgedCache = { key, tools: new Map(tools.map(t => [t.tool, t])) };
    }
    return this.judgedCache.tools;
  }

  editionYear(judgement: Judgement): number {
    return currentEdition(judgement.standard, this.edition).year;
  }

  async adoption(
    judgement: Judgement,
  ): Promise<Omit<AdoptionResponse, 'asOf'>> {
    const judged = this.judged(judgement);
    const [counts, entities] = await Promise.all([
      this.index.usageCounts(),
      this.index.entityCount(),
    ]);
    const byTool = new Map<string, ToolAdoption>();
    const byStatus: Record<RecommendationStatus, number> = {
      recommended: 0,
      experimental: 0,
      caution: 0,
      deprecated: 0,
    };
    for (const { toolId, owner, dependents } of counts) {
      const r = judged.get(toolId);
      if (!r) continue;
      let tool = byTool.get(toolId);
      if (!tool) {
        tool = {
          tool: toolId,
          name: r.name,
          status: r.status,
          verdict: r.verdict,
          ...(r.editionStatus && { editionStatus: r.editionStatus }),
          dependents: 0,
          byOwner: {},
          ...(r.deadline && { deadline: r.deadline }),
          ...(AT_RISK.has(r.status) && { replacement: replacementNames(r) }),
        };
        byTool.set(toolId, tool);
      }
      tool.dependents += dependents;
      byStatus[r.status] += dependents;
      const ownerKey = owner ?? 'unknown';
      tool.byOwner[ownerKey] = (tool.byOwner[ownerKey] ?? 0) + dependents;
    }
    const tools = [...byTool.values()].sort(
      (a, b) => b.dependents - a.dependents || a.tool.localeCompare(b.tool),
    );
    return { edition: this.editionYear(judgement), entities, byStatus, tools };
  }

  async dependents(
    judgement: Judgement,
    toolId: string,
    query: {
      owner?: string;
      source?: 'declared' | 'detected';
      limit: number;
      cursor?: unknown;
    },
    credentials: BackstageCredentials,
  ): Promise<Omit<ToolDependentsResponse, 'asOf'>> {
    const r = this.judged(judgement).get(toolId);
    if (!r)
      throw new NotFoundError(`toolId: the standard has no tool ${toolId}`);
    const position = decodeCursor(query.cursor, isDependentsPosition);
    const filter = {
      toolId,
      owners: query.owner ? [query.owner] : undefined,
      source: query.source,
    };
    const [rows, total] = await this.pages.get(
      cacheKey(judgement, 'dependents', filter, position?.a, query.limit),
      () =>
        Promise.all([
          this.index.usagePage(
            { ...filter, after: position?.a },
            query.limit + 1,
          ),
          query.source
            ? this.index.countUsage(filter)
            : this.index.dependentCount({
                toolIds: [toolId],
                owners: filter.owners,
              }),
        ]),
    );
    const page = rows.slice(0, query.limit);
    const readable = await readableRefs(
      this.catalog,
      this.permissions,
      page.map(p => p.entityRef),
      credentials,
    );
    const last = page[page.length - 1];
    return {
      tool: toolId,
      name: r.name,
      status: r.status,
      verdict: r.verdict,
      total,
      items: page.filter(p => readable.has(p.entityRef)).map(toDependent),
      ...(rows.length > query.limit &&
        last && {
          nextCursor: encodeCursor({ a: last.entityRef }),
        }),
    };
  }

  /** A team's risky dependencies: by deadline and severity, then entity. */
  async groupReport(
    judgement: Judgement,
    groupRef: string,
    groups: string[],
    query: { limit: number; cursor?: unknown },
    credentials: BackstageCredentials,
  ): Promise<Omit<GroupReportResponse, 'asOf'>> {
    const ranked = [...this.judged(judgement).values()]
      .filter(r => AT_RISK.has(r.status))
      .sort(compareRecommendations);
    const start = decodeCursor(query.cursor, isReportPosition) ?? { t: 0 };
    const { rows, entities, totalItems } = await this.pages.get(
      cacheKey(judgement, 'report', groups, start, query.limit),
      () => this.reportRows(ranked, groups, start, query.limit),
    );
    const page = rows.slice(0, query.limit);
    const readable = await readableRefs(
      this.catalog,
      this.permissions,
      page.map(p => p.entityRef),
      credentials,
    );
    const last = page[page.length - 1];
    const items: GroupReportItem[] = page
      .filter(row => readable.has(row.entityRef))
      .map(row => {
        const r = ranked[row.rank];
        return {
          entityRef: row.entityRef,
          ...(row.title && { title: row.title }),
          ...(row.owner && { owner: row.owner }),
          tool: r.tool,
          name: r.name,
          status: r.status,
          verdict: r.verdict,
          ...(r.deadline && { deadline: r.deadline }),
          ...(r.replacement && { replacement: replacementNames(r) }),
          ...(r.reason && { reason: r.reason }),
          declared: row.declared,
          detected: row.detected,
        };
      });
    return {
      group: groupRef,
      groups,
      edition: this.editionYear(judgement),
      entities,
      totalItems,
      items,
      ...(rows.length > query.limit &&
        last && {
          nextCursor: encodeCursor({ t: last.rank, a: last.entityRef }),
        }),
    };
  }

  /** One page of a report's rows, in rank order, with the report's counts. */
  private async reportRows(
    ranked: ToolRecommendation[],
    groups: string[],
    start: ReportPosition,
    limit: number,
  ) {
    const rows: Array<UsageRow & { rank: number }> = [];
    for (let t = start.t; t < ranked.length && rows.length <= limit; t++) {
      const found = await this.index.usagePage(
        {
          toolId: ranked[t].tool,
          owners: groups,
          after: t === start.t ? start.a : undefined,
        },
        limit + 1 - rows.length,
      );
      rows.push(...found.map(row => ({ ...row, rank: t })));
    }
    const [entities, totalItems] = await Promise.all([
      this.index.entityCount(groups),
      this.index.dependentCount({
        toolIds: ranked.map(r => r.tool),
        owners: groups,
      }),
    ]);
    return { rows, entities, totalItems };
  }
}

function toDependent(row: UsageRow): Dependent {
  return {
    entityRef: row.entityRef,
    ...(row.title && { title: row.title }),
    ...(row.owner && { owner: row.owner }),
    kind: row.kind,
    ...(row.type && { type: row.type }),
    declared: row.declared,
    detected: row.detected,
  };
}
