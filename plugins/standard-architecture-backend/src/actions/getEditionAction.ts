import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  currentEdition,
  LAYER_IDS,
  layerOfCategory,
  recommend,
  TOOL_STATUSES,
} from '@k8s-standard/plugin-standard-architecture-common';
import { editionAnswer } from '../service/editionAnswer';
import { knownEditionYear } from '../service/judgement';
import { bilingualText, replacement, toolVerdict } from './outputSchemas';
import { judgementOf, StandardActionSources } from './StandardActionSources';

/** `get-edition`: one edition's layers and tools with verdicts, as `GET /editions/:year`. */
export function registerGetEditionAction(
  registry: ActionsRegistryService,
  sources: StandardActionSources,
) {
  registry.register({
    name: 'get-edition',
    title: 'Get an edition of the Kubernetes Standard Architecture',
    description: [
      'Returns one yearly edition of the Kubernetes Standard Architecture: its layers and categories,',
      'and every tool in it with its verdict (recommended, experimental, caution, deprecated, removed,',
      'end-of-life), the deadline to move off it and what replaces it.',
      'Omit `year` for the edition the portal judges against (the latest unless the portal pins one).',
      'Use it to answer "what does the standard recommend for <layer/category>?".',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          year: z
            .number()
            .int()
            .optional()
            .describe(
              'A four-digit edition year, e.g. 2026; default: the current edition',
            ),
        }),
      output: z =>
        z.object({
          year: z.number(),
          title: bilingualText(z),
          published: z.string().describe('YYYY-MM-DD'),
          source: z.string().describe('The article the edition comes from'),
          current: z
            .boolean()
            .describe('Whether this is the edition the portal judges against'),
          today: z.string().describe('The day the verdicts are for'),
          editions: z.array(z.number()).describe('Every edition year known'),
          summary: bilingualText(z),
          layers: z.array(
            z.object({
              id: z.enum(LAYER_IDS),
              categories: z.array(
                z.object({ id: z.string(), name: bilingualText(z) }),
              ),
            }),
          ),
          tools: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              layer: z.enum(LAYER_IDS).optional(),
              category: z.string(),
              status: z
                .enum(TOOL_STATUSES)
                .describe(
                  "The tool's status as the edition's article gives it",
                ),
              experimental: z.boolean().optional(),
              lifecycle: z.enum(['production', 'experimental', 'deprecated']),
              verdict: toolVerdict(z),
              replacement: replacement(z).optional(),
              endOfLife: z.string().optional(),
              statusReason: bilingualText(z).optional(),
              summary: bilingualText(z),
            }),
          ),
        }),
    },
    action: async ({ input }) => {
      const judged = await judgementOf(sources);
      const { standard, today } = judged;
      const year =
        input.year === undefined
          ? currentEdition(standard, sources.currentEdition).year
          : knownEditionYear(standard, String(input.year), 'year');
      const edition = editionAnswer(standard, year, {
        today,
        currentEdition: sources.currentEdition,
        migrationWindowMonths: sources.migrationWindowMonths,
      });
      // What replaces a tool (the overlay's say included), as recommendations give it.
      const { tools: advice } = recommend(
        standard,
        { tools: edition.tools.map(t => t.id) },
        {
          edition: year,
          today,
          migrationWindowMonths: sources.migrationWindowMonths,
        },
      );
      const replacementOf = (id: string) =>
        advice.find(r => r.tool === id)?.replacement;
      return {
        output: {
          year: edition.year,
          title: edition.title,
          published: edition.published,
          source: edition.source,
          current: edition.current,
          today,
          editions: standard.editions.map(e => e.year),
          summary: edition.summary,
          layers: edition.layers.map(l => ({
            id: l.id,
            categories: l.categories.map(c => ({ id: c.id, name: c.name })),
          })),
          tools: edition.tools.map(t => ({
            id: t.id,
            name: t.name,
            layer: layerOfCategory(edition, t.category),
            category: t.category,
            status: t.status,
            ...(t.experimental && { experimental: true }),
            lifecycle: edition.lifecycles[t.id],
            verdict: edition.verdicts[t.id],
            ...(replacementOf(t.id) && { replacement: replacementOf(t.id) }),
            ...(t.endOfLife && { endOfLife: t.endOfLife }),
            ...(t.statusReason && { statusReason: t.statusReason }),
            summary: t.summary,
          })),
        },
      };
    },
  });
}
