import {
  AdoptionResponse,
  AtRiskTool,
  compareRecommendations,
  GroupReportItem,
  GroupReportResponse,
  recommend,
  Standard,
  ToolAdoption,
  ToolRecommendation,
} from '@internal/plugin-standard-architecture-common';
import { DependentEntity } from './dependencyQueries';

interface Judgement {
  edition: number;
  today: string;
}

const AT_RISK = new Set(['deprecated', 'caution']);

const replacementNames = (r: ToolRecommendation) =>
  r.replacement && [
    ...r.replacement.tools.map(t => t.name),
    ...(r.replacement.successor ? [r.replacement.successor.name] : []),
  ];

/** Judges every tool the dependents use, once per tool. */
function judgeTools(
  standard: Standard,
  dependents: DependentEntity[],
  judgement: Judgement,
): Map<string, ToolRecommendation> {
  const toolIds = [...new Set(dependents.flatMap(d => d.toolIds))];
  const { tools } = recommend(standard, { tools: toolIds }, judgement);
  return new Map(tools.map(t => [t.tool, t]));
}

/** Dependents per tool, split by owner, and the risky tools still in use. */
export function computeAdoption(
  standard: Standard,
  dependents: DependentEntity[],
  judgement: Judgement,
): AdoptionResponse {
  const judged = judgeTools(standard, dependents, judgement);
  const usage = new Map<string, DependentEntity[]>();
  for (const dependent of dependents) {
    for (const toolId of dependent.toolIds) {
      if (!judged.has(toolId)) continue;
      const list = usage.get(toolId) ?? [];
      list.push(dependent);
      usage.set(toolId, list);
    }
  }

  const tools: ToolAdoption[] = [...usage.entries()]
    .map(([toolId, users]) => {
      const judgedTool = judged.get(toolId)!;
      const byOwner: Record<string, number> = {};
      for (const user of users) {
        const owner = user.owner ?? 'unknown';
        byOwner[owner] = (byOwner[owner] ?? 0) + 1;
      }
      return {
        tool: toolId,
        name: judgedTool.name,
        status: judgedTool.status,
        editionStatus: judgedTool.editionStatus,
        dependents: users.length,
        byOwner,
      };
    })
    .sort(
      (a, b) => b.dependents - a.dependents || a.tool.localeCompare(b.tool),
    );

  const atRisk: AtRiskTool[] = tools
    .filter(t => AT_RISK.has(t.status))
    .map(t => {
      const judgedTool = judged.get(t.tool)!;
      return {
        ...t,
        deadline: judgedTool.deadline,
        replacement: replacementNames(judgedTool),
        dependentEntities: usage.get(t.tool)!.map(d => ({
          entityRef: d.entityRef,
          title: d.title,
          owner: d.owner,
        })),
      };
    })
    .sort((a, b) => compareRecommendations(a, b));

  return { edition: judgement.edition, tools, atRisk };
}

/** A team's deprecated and caution dependencies, earliest deadline first. */
export function computeGroupReport(
  standard: Standard,
  groupRef: string,
  owned: DependentEntity[],
  judgement: Judgement,
): GroupReportResponse {
  const judged = judgeTools(standard, owned, judgement);
  const items: GroupReportItem[] = owned.flatMap(entity =>
    entity.toolIds.flatMap(toolId => {
      const r = judged.get(toolId);
      if (!r || !AT_RISK.has(r.status)) return [];
      return [
        {
          entityRef: entity.entityRef,
          title: entity.title,
          tool: r.tool,
          name: r.name,
          status: r.status,
          deadline: r.deadline,
          replacement: replacementNames(r),
          reason: r.reason,
        },
      ];
    }),
  );
  items.sort(
    (a, b) =>
      compareRecommendations(a, b) || a.entityRef.localeCompare(b.entityRef),
  );
  return {
    group: groupRef,
    edition: judgement.edition,
    entities: owned.length,
    items,
  };
}
