import { StandardRepository } from '../database/StandardRepository';
import { readJudgement } from '../service/judgement';
import { RecommendationSources } from '../service/recommendationsAnswer';
import { Judgement, UsageAnswers } from '../service/usageAnswers';

/** What the actions read: the same stores and settings as the REST routes. */
export interface StandardActionSources extends RecommendationSources {
  repository: StandardRepository;
  answers: UsageAnswers;
  /** YYYY-MM-DD; injectable so tests can pin the day. */
  today: () => string;
}

/** The accepted standard for this call, or 503 naming why there is none yet. */
export function judgementOf(
  sources: StandardActionSources,
): Promise<Judgement> {
  return readJudgement(sources.repository, sources.today());
}
