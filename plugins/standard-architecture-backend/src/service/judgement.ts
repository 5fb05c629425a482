import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import {
  getEdition,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';
import { StandardRepository } from '../database/StandardRepository';
import { parseYear } from './params';
import { Judgement } from './usageAnswers';

/**
 * The accepted standard as judged on `today`. Throws 503 naming why there is
 * none yet, so every surface (REST, actions) explains a fresh install alike.
 */
export async function readJudgement(
  repository: StandardRepository,
  today: string,
): Promise<Judgement> {
  const stored = await repository.standard();
  if (!stored) {
    const run = await repository.lastRun('ingestion');
    throw new ServiceUnavailableError(
      `The standard has not been ingested yet${
        run?.error ? `; the last ingestion failed: ${run.error}` : ''
      }`,
    );
  }
  return { ...stored, today };
}

/** A year parameter that names an edition of the standard; 404 lists the known years. */
export function knownEditionYear(
  data: Standard,
  value: unknown,
  name: string,
): number {
  const year = parseYear(value, name);
  if (!getEdition(data, year)) {
    throw new NotFoundError(
      `${name}: no edition ${year}; known: ${data.editions
        .map(e => e.year)
        .join(', ')}`,
    );
  }
  return year;
}
