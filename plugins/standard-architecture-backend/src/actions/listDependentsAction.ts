import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { dependentsAnswer } from '../service/dependentsAnswer';
import { parseLimit, parseName, parseRef } from '../service/params';
import { recommendationStatus, toolVerdict } from './outputSchemas';
import { judgementOf, StandardActionSources } from './StandardActionSources';

/** `list-dependents`: who uses a tool, a page at a time, as `GET /tools/:toolId/dependents`. */
export function registerListDependentsAction(
  registry: ActionsRegistryService,
  sources: StandardActionSources,
) {
  registry.register({
    name: 'list-dependents',
    title: 'List the services that use a tool',
    description: [
      'Lists the catalog entities that depend on one tool of the Kubernetes Standard Architecture',
      "(declared in spec.dependsOn or detected in their repository), with the tool's verdict.",
      'Paged: pass nextCursor back as cursor for the next page. Only entities the caller may see',
      'are listed; total counts every dependent. Use check-stack first to turn a name into a toolId.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          toolId: z.string().describe('The tool id, e.g. ingress-nginx'),
          owner: z
            .string()
            .optional()
            .describe(
              'Only entities owned by this group, e.g. group:default/team-a',
            ),
          source: z
            .enum(['declared', 'detected'])
            .optional()
            .describe('Only usages known this way'),
          limit: z
            .number()
            .int()
            .optional()
            .describe('Page size, 1 to 500; default 50'),
          cursor: z
            .string()
            .optional()
            .describe('nextCursor from the previous page'),
        }),
      output: z =>
        z.object({
          asOf: z
            .string()
            .optional()
            .describe('When the usage index last synced from the catalog'),
          tool: z.string(),
          name: z.string(),
          status: recommendationStatus(z),
          verdict: toolVerdict(z),
          total: z
            .number()
            .describe(
              "Dependents matching the filters, before the caller's read permission",
            ),
          items: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().optional(),
              owner: z.string().optional(),
              kind: z.string(),
              type: z.string().optional(),
              declared: z.boolean(),
              detected: z.boolean(),
            }),
          ),
          nextCursor: z
            .string()
            .optional()
            .describe(
              'Pass as cursor for the next page; absent on the last page',
            ),
        }),
    },
    action: async ({ input, credentials }) => {
      // The REST route's parsers: the same rules and messages naming the field.
      const toolId = parseName(input.toolId, 'toolId');
      const query = {
        owner:
          input.owner === undefined
            ? undefined
            : parseRef(input.owner, 'owner', 'group'),
        source: input.source,
        limit: parseLimit(
          input.limit === undefined ? undefined : String(input.limit),
        ),
        cursor: input.cursor,
      };
      const output = await dependentsAnswer(
        sources.answers,
        sources.index,
        () => judgementOf(sources),
        toolId,
        query,
        credentials,
      );
      return { output };
    },
  });
}
