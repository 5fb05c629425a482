import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  DEFAULT_TOOL_NAMESPACE,
  isoDay,
  recommend,
  Standard,
  toolEntityRef,
  toolIdOfEntityRef,
  ToolRecommendation,
  Verdict,
  VERDICT_LABELS,
} from '@k8s-standard/plugin-standard-architecture-common';

// The verdict label's words, as a sentence.
const WHY: Partial<Record<Verdict, string>> = {
  deprecated: `is ${VERDICT_LABELS.deprecated.en.toLowerCase()}`,
  removed: `is ${VERDICT_LABELS.removed.en.toLowerCase()}`,
  'end-of-life': `is past its ${VERDICT_LABELS[
    'end-of-life'
  ].en.toLowerCase()}`,
};

const describe = (r: ToolRecommendation) => {
  const to = [
    ...(r.replacement?.tools.map(t => t.name) ?? []),
    ...(r.replacement?.successor ? [r.replacement.successor.name] : []),
  ];
  const { verdict, deadline } = r.verdict;
  const why = verdict in WHY ? ` ${WHY[verdict]}` : '';
  return `${r.name} (${r.tool})${why}${
    deadline ? ` (deadline ${deadline})` : ''
  }${to.length ? ` → move to ${to.join(' or ')}` : ''}`;
};

/**
 * `standard-architecture:check`: fails when a chosen tool is deprecated in the
 * current edition (removed, or past its end of life), listing each one with its replacement. Read-only, so it
 * runs the same in dry-run.
 * @public
 */
export function createStandardCheckAction(options: {
  standard: () => Promise<Standard>;
  currentEdition?: number;
  /** The namespace of the tool entities; default `default`. */
  toolNamespace?: string;
  migrationWindowMonths?: number;
  today?: () => string;
}) {
  const namespace = options.toolNamespace ?? DEFAULT_TOOL_NAMESPACE;
  // `argo-cd`, `component:argo-cd` or the full ref.
  const toolId = (value: string) =>
    toolIdOfEntityRef(value, namespace) ?? value.replace(/^component:/i, '');
  return createTemplateAction({
    id: 'standard-architecture:check',
    description:
      'Checks chosen tools against the Kubernetes Standard Architecture and fails on deprecated ones',
    supportsDryRun: true,
    schema: {
      input: {
        tools: z =>
          z
            .array(z.string())
            .describe(
              'Tool ids or entity refs, e.g. argo-cd or component:default/argo-cd',
            ),
        allowDeprecated: z =>
          z
            .boolean()
            .optional()
            .describe('Report deprecated tools without failing'),
      },
      output: {
        dependsOn: z =>
          z
            .array(z.string())
            .describe('Entity refs of the tools, for spec.dependsOn'),
        caution: z => z.array(z.string()).describe('Tools under caution'),
        deprecated: z => z.array(z.string()).describe('Deprecated tools'),
      },
    },
    async handler(ctx) {
      const standard = await options.standard();
      const ids = [...new Set(ctx.input.tools.map(toolId))];
      const result = recommend(
        standard,
        { tools: ids },
        {
          edition: options.currentEdition,
          today: (options.today ?? isoDay)(),
          migrationWindowMonths: options.migrationWindowMonths,
        },
      );
      const known = new Set(result.tools.map(t => t.tool));
      const unknown = ids.filter(id => !known.has(id));
      if (unknown.length > 0) {
        throw new InputError(
          `Not tools of the Kubernetes Standard Architecture: ${unknown.join(
            ', ',
          )}`,
        );
      }
      // The verdict every view shows: critical ones (removed, deprecated, past
      // their end of life) are refused, cautions are warned about.
      const deprecated = result.tools.filter(
        t => t.verdict.severity === 'critical',
      );
      const caution = result.tools.filter(t => t.verdict.verdict === 'caution');
      caution.forEach(t => ctx.logger.warn(`Caution: ${describe(t)}`));
      if (deprecated.length > 0 && !ctx.input.allowDeprecated) {
        throw new InputError(
          `Refused by the ${result.edition} edition: ${deprecated
            .map(describe)
            .join('; ')}`,
        );
      }
      ctx.logger.info(
        `${ids.length} tool(s) checked against the ${result.edition} edition${
          ctx.isDryRun ? ' (dry run)' : ''
        }`,
      );
      ctx.output(
        'dependsOn',
        ids.map(id => toolEntityRef(id, namespace)),
      );
      ctx.output(
        'caution',
        caution.map(t => t.tool),
      );
      ctx.output(
        'deprecated',
        deprecated.map(t => t.tool),
      );
    },
  });
}
