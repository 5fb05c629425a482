import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ToolDependentsResponse } from '@k8s-standard/plugin-standard-architecture-common';
import { UsageIndex } from '../database/UsageIndex';
import { Judgement, UsageAnswers } from './usageAnswers';

/**
 * One page of a tool's dependents, as `GET /tools/:toolId/dependents` serves
 * it: pages are kept per index generation, and only entities the caller may
 * read are listed.
 */
export async function dependentsAnswer(
  answers: UsageAnswers,
  index: UsageIndex,
  judgement: () => Promise<Judgement>,
  toolId: string,
  query: Parameters<UsageAnswers['dependents']>[2],
  credentials: BackstageCredentials,
): Promise<ToolDependentsResponse> {
  const [stored, state] = await Promise.all([judgement(), index.state()]);
  const judged = { ...stored, generation: state.generation };
  return {
    ...(state.asOf && { asOf: state.asOf }),
    ...(await answers.dependents(judged, toolId, query, credentials)),
  };
}
