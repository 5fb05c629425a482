import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { TOOL_STATUSES } from '@k8s-standard/plugin-standard-architecture-common';
import { parseRef } from '../service/params';
import { recommendationsAnswer } from '../service/recommendationsAnswer';
import {
  bilingualText,
  judgedToolOutput,
  recommendationStatus,
  replacement,
  toolVerdict,
} from './outputSchemas';
import { judgementOf, StandardActionSources } from './StandardActionSources';

/** `get-recommendations`: what one service should move to, as `GET /recommendations`. */
export function registerGetRecommendationsAction(
  registry: ActionsRegistryService,
  sources: StandardActionSources,
) {
  registry.register({
    name: 'get-recommendations',
    title: 'What should this service move to?',
    description: [
      'For one catalog entity (usually a service Component), lists the standard tools it depends on',
      '(declared in the catalog or detected in its repository) with the verdict of the',
      'Kubernetes Standard Architecture on each, the deadline to move off it, the replacement and the',
      'reason, most urgent first; plus advice on its container base images.',
      'Use it to answer "what should <service> move to?". Only entities the caller may see in the',
      'catalog are answered.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true },
    examples: [
      {
        title: 'A service in the default namespace',
        input: { entityRef: 'component:default/payments-api' },
      },
    ],
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'The entity ref, e.g. component:default/payments-api; a bare name means a Component in the default namespace',
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          edition: z.number().describe('The edition judged against'),
          today: z.string().describe('The day the verdicts are for'),
          asOf: z
            .string()
            .optional()
            .describe('When the usage index last synced from the catalog'),
          indexed: z
            .boolean()
            .describe(
              'False: not in the usage index yet, judged from its catalog relations only',
            ),
          tools: z.array(
            z.object({
              tool: z.string(),
              name: z.string(),
              status: recommendationStatus(z),
              verdict: toolVerdict(z),
              editionStatus: z.enum(TOOL_STATUSES).optional(),
              replacement: replacement(z).optional(),
              reason: bilingualText(z).optional(),
              deadline: z.string().optional(),
              declared: z.boolean().describe('Declared in spec.dependsOn'),
              detected: z.boolean().describe('Detected in its repository'),
            }),
          ),
          baseImages: z.array(
            z.object({
              image: z.string(),
              runtime: z.string(),
              recommended: z.string(),
              multiStage: z.boolean(),
              reason: bilingualText(z),
            }),
          ),
          unknownBaseImages: z.array(z.string()),
        }),
    },
    action: async ({ input, credentials }) => {
      const entityRef = parseRef(input.entityRef, 'entityRef', 'component');
      // The caller's credentials: the catalog only answers what they may see.
      const body = await recommendationsAnswer(
        sources,
        () => judgementOf(sources),
        entityRef,
        credentials,
      );
      return {
        output: {
          entityRef: body.entityRef,
          edition: body.edition,
          today: body.today,
          ...(body.asOf && { asOf: body.asOf }),
          indexed: body.indexed,
          tools: body.tools.map(t => ({
            ...judgedToolOutput(t),
            declared: body.usage[t.tool]?.declared ?? false,
            detected: body.usage[t.tool]?.detected ?? false,
          })),
          baseImages: body.baseImages.map(b => ({
            image: b.image,
            runtime: b.runtime,
            recommended: b.recommended,
            multiStage: b.multiStage,
            reason: b.reason,
          })),
          unknownBaseImages: body.unknownBaseImages,
        },
      };
    },
  });
}
