import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { diffEditions } from '@k8s-standard/plugin-standard-architecture-common';
import { knownEditionYear } from '../service/judgement';
import { bilingualText } from './outputSchemas';
import { judgementOf, StandardActionSources } from './StandardActionSources';

/** `diff-editions`: what changed between two editions, as `GET /diff`. */
export function registerDiffEditionsAction(
  registry: ActionsRegistryService,
  sources: StandardActionSources,
) {
  registry.register({
    name: 'diff-editions',
    title: 'Compare two editions of the Kubernetes Standard Architecture',
    description: [
      'Lists what changed from one yearly edition to another: tools added, removed, changed',
      '(a new tool replacing one that left) and put under caution, each with the reason the edition',
      'gives and what it replaces or is replaced by. Use it to answer "what changed since <year>?".',
      'Call get-edition first if you do not know which years exist.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          from: z
            .number()
            .int()
            .describe('The earlier edition year, e.g. 2025'),
          to: z.number().int().describe('The later edition year, e.g. 2026'),
        }),
      output: z => {
        const change = z.object({
          tool: z.string(),
          name: z.string(),
          reason: bilingualText(z).optional(),
          year: z
            .number()
            .describe('The edition whose article made the change'),
          replaces: z.array(z.string()).optional(),
          replacedBy: z.array(z.string()).optional(),
          endOfLife: z.string().optional(),
        });
        return z.object({
          from: z.number(),
          to: z.number(),
          added: z.array(change),
          removed: z.array(change),
          changed: z.array(change),
          caution: z.array(change),
        });
      },
    },
    action: async ({ input }) => {
      const { standard } = await judgementOf(sources);
      const from = knownEditionYear(standard, String(input.from), 'from');
      const to = knownEditionYear(standard, String(input.to), 'to');
      return { output: diffEditions(standard, from, to) };
    },
  });
}
