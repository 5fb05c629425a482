import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { TOOL_STATUSES } from '@k8s-standard/plugin-standard-architecture-common';
import {
  bilingualText,
  judgedToolOutput,
  recommendationStatus,
  replacement,
  toolVerdict,
} from './outputSchemas';
import { judgementOf, StandardActionSources } from './StandardActionSources';
import { createToolLookup } from './toolLookup';

/** Enough for any real stack; a bound keeps one call cheap. */
export const MAX_STACK_TOOLS = 100;

/** The listed names, checked: a non-empty list of non-blank names. */
function stackNames(tools: string[]): string[] {
  if (tools.length === 0) {
    throw new InputError('tools must list at least one tool name or id');
  }
  if (tools.length > MAX_STACK_TOOLS) {
    throw new InputError(
      `tools lists ${tools.length} tools; at most ${MAX_STACK_TOOLS} per call`,
    );
  }
  tools.forEach((name, i) => {
    if (name.trim() === '') throw new InputError(`tools[${i}] is empty`);
  });
  return tools;
}

/** `check-stack`: the verdict on each tool of a stack, by name or id. */
export function registerCheckStackAction(
  registry: ActionsRegistryService,
  sources: StandardActionSources,
) {
  registry.register({
    name: 'check-stack',
    title: 'Check a stack against the Kubernetes Standard Architecture',
    description: [
      'Checks a list of tools, by display name or id (case-insensitive: "Argo CD", "argo-cd",',
      '"ingress-nginx", "Jaeger"), against the current edition of the Kubernetes Standard',
      'Architecture. For each: whether the standard knows it, its verdict (recommended,',
      'experimental, caution, deprecated, removed, end-of-life), the deadline to move off it, what',
      'replaces it and why. Tools the standard does not know come back with found=false.',
      'Use it when someone describes their stack and asks what to keep or move to.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    examples: [
      {
        title: 'A tracing, ingress and delivery stack',
        input: { tools: ['Jaeger', 'ingress-nginx', 'Argo CD'] },
      },
    ],
    schema: {
      input: z =>
        z.object({
          tools: z
            .array(z.string())
            .describe(
              `Tool names or ids, e.g. ["Argo CD", "ingress-nginx"]; 1 to ${MAX_STACK_TOOLS}`,
            ),
        }),
      output: z =>
        z.object({
          edition: z.number().describe('The edition judged against'),
          today: z.string().describe('The day the verdicts are for'),
          tools: z.array(
            z.object({
              input: z.string().describe('The name as given'),
              found: z
                .boolean()
                .describe('Whether the standard knows the tool'),
              tool: z.string().optional().describe("The tool's id"),
              name: z.string().optional(),
              status: recommendationStatus(z).optional(),
              verdict: toolVerdict(z).optional(),
              editionStatus: z.enum(TOOL_STATUSES).optional(),
              deadline: z.string().optional(),
              replacement: replacement(z).optional(),
              reason: bilingualText(z).optional(),
              candidates: z
                .array(z.string())
                .optional()
                .describe('Tool ids the name could mean, when it is ambiguous'),
              message: z.string().optional(),
            }),
          ),
        }),
    },
    action: async ({ input }) => {
      const names = stackNames(input.tools);
      const judged = await judgementOf(sources);
      // The same judgement /adoption and /tools/:toolId/dependents use.
      const verdicts = sources.answers.judged(judged);
      const lookup = createToolLookup(judged.standard, verdicts.keys());
      return {
        output: {
          edition: sources.answers.editionYear(judged),
          today: judged.today,
          tools: names.map(name => {
            const { toolId, candidates } = lookup(name);
            const r = toolId ? verdicts.get(toolId) : undefined;
            if (!r) {
              return {
                input: name,
                found: false,
                ...(candidates.length > 0
                  ? {
                      candidates,
                      message: `ambiguous: could be ${candidates.join(', ')}`,
                    }
                  : { message: 'not in the standard' }),
              };
            }
            return { input: name, found: true, ...judgedToolOutput(r) };
          }),
        },
      };
    },
  });
}
