import { Check } from '@backstage-community/plugin-tech-insights-common';
import { FACT_RETRIEVER_ID } from '../factRetriever';

/**
 * A check for the JSON rules engine fact checker
 * (`@backstage-community/plugin-tech-insights-backend-module-jsonfc`): the
 * same shape as its `TechInsightJsonRuleCheck`, as plain JSON.
 * @public
 */
export interface StandardArchitectureCheck extends Check {
  type: 'json-rules-engine';
  rule: {
    conditions: {
      all: Array<{
        fact: string;
        operator: string;
        value: number | boolean;
        params: { factRetrieverId: string };
      }>;
    };
  };
}

/** The ids of the checks, stable across editions. @public */
export const STANDARD_ARCHITECTURE_CHECK_IDS = {
  noDeprecatedTools: 'standardArchitectureNoDeprecatedTools',
  noEndOfLifeTools: 'standardArchitectureNoEndOfLifeTools',
  distrolessRuntimeImage: 'standardArchitectureDistrolessRuntimeImage',
} as const;

const condition = (fact: string, value: number | boolean) => ({
  fact,
  operator: 'equal',
  value,
  // Names the retriever, so a fact of the same name from another one never counts.
  params: { factRetrieverId: FACT_RETRIEVER_ID },
});

/**
 * The standard's checks, named after the edition the facts are judged
 * against, e.g. `standardArchitectureChecks(2026)`. Without an edition the
 * names say "current edition". Each check only runs on entities that have
 * the `standard-architecture-facts` facts.
 * @public
 */
export function standardArchitectureChecks(
  edition?: number,
): StandardArchitectureCheck[] {
  const label = edition ? `${edition} edition` : 'current edition';
  const standard = `the Kubernetes Standard Architecture (${label})`;
  const check = (
    id: string,
    name: string,
    description: string,
    fact: string,
    value: number | boolean,
  ): StandardArchitectureCheck => ({
    id,
    type: 'json-rules-engine',
    name: `${name} (${label})`,
    description,
    factIds: [FACT_RETRIEVER_ID],
    rule: { conditions: { all: [condition(fact, value)] } },
    metadata: { standardArchitecture: { fact, ...(edition && { edition }) } },
  });
  return [
    check(
      STANDARD_ARCHITECTURE_CHECK_IDS.noDeprecatedTools,
      'No deprecated standard tools',
      `Uses no tool that ${standard} deprecated or removed: move to the replacements it names.`,
      'deprecatedToolCount',
      0,
    ),
    check(
      STANDARD_ARCHITECTURE_CHECK_IDS.noEndOfLifeTools,
      'No tools past end of life',
      `Uses no tool of ${standard} that is past its end of life and gets no more fixes.`,
      'endOfLifeToolCount',
      0,
    ),
    check(
      STANDARD_ARCHITECTURE_CHECK_IDS.distrolessRuntimeImage,
      'Distroless runtime image',
      `Runs on a distroless runtime image, as ${standard} recommends; fails when the runtime image is unknown.`,
      'distrolessRuntimeImage',
      true,
    ),
  ];
}

/**
 * The checks as the jsonfc module reads them from
 * `techInsights.factChecker.checks`: keyed by id.
 * @public
 */
export function standardArchitectureChecksConfig(
  edition?: number,
): Record<string, Omit<StandardArchitectureCheck, 'id'>> {
  return Object.fromEntries(
    standardArchitectureChecks(edition).map(({ id, ...check }) => [id, check]),
  );
}
