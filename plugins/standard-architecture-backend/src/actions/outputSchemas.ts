import type { z as zod } from 'zod/v3';
import {
  ToolRecommendation,
  VERDICTS,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * Output schema parts the actions share. They take the registry's zod (the
 * schema callbacks receive it), so they build zod v3 schemas like the rest.
 */
type Zod = typeof zod;

export const bilingualText = (z: Zod) =>
  z
    .object({ en: z.string(), ko: z.string() })
    .describe('The same text in English (en) and Korean (ko)');

/** `ToolVerdict` from the common package: the one verdict every view shows. */
export const toolVerdict = (z: Zod) =>
  z
    .object({
      verdict: z
        .enum(VERDICTS)
        .describe(
          'recommended, experimental, caution, deprecated, removed or end-of-life',
        ),
      severity: z
        .enum(['ok', 'info', 'warning', 'critical'])
        .describe('critical means: plan the move off this tool now'),
      deadline: z
        .string()
        .optional()
        .describe('When to be off the tool: YYYY-MM-DD, or YYYY-MM'),
      deadlineSource: z
        .enum(['standard', 'overlay', 'default'])
        .optional()
        .describe(
          "Where the deadline comes from: the edition's data, the organisation's overlay, or the default migration window",
        ),
      overdue: z.boolean().optional().describe('The deadline has passed'),
    })
    .describe("The standard's verdict on using the tool");

export const replacement = (z: Zod) =>
  z
    .object({
      tools: z.array(z.object({ id: z.string(), name: z.string() })),
      successor: z.object({ name: z.string(), url: z.string() }).optional(),
    })
    .describe(
      'What to move to: tools of the standard, and/or a successor outside it',
    );

/** How the standard classifies the tool for counts, next to the verdict. */
export const recommendationStatus = (z: Zod) =>
  z.enum(['recommended', 'experimental', 'caution', 'deprecated']);

/** A tool's judgement as the actions answer it: the optional parts only when set. */
export const judgedToolOutput = (r: ToolRecommendation) => ({
  tool: r.tool,
  name: r.name,
  status: r.status,
  verdict: r.verdict,
  ...(r.editionStatus && { editionStatus: r.editionStatus }),
  ...(r.replacement && { replacement: r.replacement }),
  ...(r.reason && { reason: r.reason }),
  ...(r.deadline && { deadline: r.deadline }),
});
