import {
  currentEdition,
  EditionResponse,
  editionVerdicts,
  getEdition,
  Standard,
  toolLifecycle,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * One edition with each tool's lifecycle and verdict, as `GET /editions/:year`
 * serves it. `year` must be a known edition (see `knownEditionYear`).
 */
export function editionAnswer(
  standard: Standard,
  year: number,
  options: {
    today: string;
    currentEdition?: number;
    migrationWindowMonths?: number;
  },
): EditionResponse {
  const edition = getEdition(standard, year)!;
  const current = currentEdition(standard, options.currentEdition);
  return {
    ...edition,
    current: edition.year === current.year,
    lifecycles: Object.fromEntries(
      edition.tools.map(t => [
        t.id,
        toolLifecycle(standard, t.id, edition, options.today).lifecycle,
      ]),
    ),
    verdicts: editionVerdicts(standard, {
      today: options.today,
      edition: edition.year,
      migrationWindowMonths: options.migrationWindowMonths,
    }),
  };
}
