import { z } from 'zod';
import {
  dayOrMonth,
  githubSlug,
  httpUrl,
  isoDate,
  kebabId,
  semver,
} from './fields';

const url = httpUrl;

/** A text in English and Korean. Both are required and non-empty. @public */
export const bilingualTextSchema = z.object(
  {
    en: z.string().trim().min(1, 'English text (en) is missing'),
    ko: z.string().trim().min(1, 'Korean text (ko) is missing'),
  },
  { error: 'must be an object with en and ko texts' },
);

/** The layers of the standard, bottom (infrastructure) to top. @public */
export const LAYER_IDS = [
  'infrastructure',
  'runtime',
  'networking',
  'storage',
  'security',
  'delivery',
  'observability',
  'operations',
  'platform-services',
] as const;

/** The statuses a tool can have in one edition, as the articles publish them. @public */
export const TOOL_STATUSES = [
  'added',
  'kept',
  'changed-in',
  'caution',
  'removed',
] as const;

/** @public */
export const toolStatusSchema = z.enum(TOOL_STATUSES);

/** @public */
export const categorySchema = z.object({
  id: kebabId,
  name: bilingualTextSchema,
});

/** @public */
export const layerSchema = z.object({
  id: z.enum(LAYER_IDS),
  categories: z.array(categorySchema).min(1, 'a layer needs a category'),
});

/**
 * Where a fact comes from: a section of the edition's article (by its
 * heading, as printed), or another page with the day someone checked it.
 * @public
 */
export const factSourceSchema = z.union(
  [
    z.strictObject({ section: z.string().trim().min(1) }),
    z.strictObject({
      url,
      checked: isoDate,
      note: z.string().trim().min(1).optional(),
    }),
  ],
  {
    error:
      'must be { section: <a heading of the article> } or { url, checked: YYYY-MM-DD }',
  },
);

/** The facts of a tool that must name their source. @public */
export const SOURCED_FACTS = [
  'status',
  'license',
  'stars',
  'replaces',
  'replacedBy',
  'successor',
  'endOfLife',
] as const;

/** @public */
export const toolSourcesSchema = z.strictObject(
  Object.fromEntries(
    SOURCED_FACTS.map(fact => [fact, factSourceSchema.optional()]),
  ) as Record<
    (typeof SOURCED_FACTS)[number],
    z.ZodOptional<typeof factSourceSchema>
  >,
  { error: 'is required: where each fact comes from' },
);

/** @public */
export const alternativeSchema = z.object({
  name: z.string().min(1),
  reason: bilingualTextSchema,
});

/** @public */
export const toolSchema = z
  .object({
    id: kebabId,
    name: z.string().min(1),
    nameKo: z.string().min(1),
    category: kebabId,
    github: githubSlug.optional(),
    homepage: url.optional(),
    /** An SPDX license expression, checked against the SPDX list on load. */
    license: z.string().min(1),
    stars: z
      .object({ count: z.number().int().nonnegative(), asOf: isoDate })
      .optional(),
    status: toolStatusSchema,
    statusReason: bilingualTextSchema.optional(),
    replaces: z.array(kebabId).optional(),
    replacedBy: z.array(kebabId).optional(),
    successor: z.object({ name: z.string().min(1), url }).optional(),
    /** A day, or a month where the source gives only a month. */
    endOfLife: dayOrMonth.optional(),
    experimental: z.boolean().optional(),
    alternatives: z.array(alternativeSchema).optional(),
    summary: bilingualTextSchema,
    /** Where each fact comes from. */
    sources: toolSourcesSchema,
  })
  .superRefine((tool, ctx) => {
    if (tool.status !== 'kept' && !tool.statusReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusReason'],
        message: `is required when status is ${tool.status}`,
      });
    }
    for (const fact of SOURCED_FACTS) {
      if (tool[fact] !== undefined && !tool.sources[fact]) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', fact],
          message: `is required: ${fact} needs a source (a section of the edition's article, or a URL with the date it was checked)`,
        });
      }
    }
  });

/** @public */
export const editionSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  title: bilingualTextSchema,
  source: url,
  published: isoDate,
  /** The article's headings that tools are listed under, as printed. */
  sections: z
    .array(z.string().trim().min(1))
    .min(1, "lists the article's headings"),
  summary: bilingualTextSchema,
  layers: z.array(layerSchema).min(1),
  tools: z.array(toolSchema).min(1),
});

/**
 * An organisation's own decisions on top of the published editions.
 * Entries override a tool's fields as of `edition` (default: every edition).
 * @public
 */
export const overlayDecisionSchema = z.object({
  tool: kebabId,
  /**
   * `approved`, `allowed` (until a day), `rejected`, or `migrate`: the
   * standard's verdict stands, with the organisation's `deadline`.
   */
  decision: z.enum(['approved', 'allowed', 'rejected', 'migrate']),
  until: isoDate.optional(),
  /** When to be off a removed or rejected tool; a day or a month. */
  deadline: dayOrMonth.optional(),
  replacedBy: z.array(kebabId).optional(),
  reason: bilingualTextSchema,
});

/** @public */
export const overlaySchema = z.object({
  organisation: z.string().min(1),
  decisions: z.array(overlayDecisionSchema).default([]),
  /** Extra tools the organisation adds to the current edition. */
  tools: z.array(toolSchema).default([]),
  /** Categories for the extra tools, merged into the edition's layers. */
  layers: z.array(layerSchema).default([]),
});

/** @public */
export const baseImageRuleSchema = z.object({
  id: kebabId,
  runtime: z.string().min(1),
  match: z.object({
    repository: z.string().min(1),
    tag: z.string().min(1),
  }),
  recommended: z.string().min(1),
  multiStage: z.boolean().default(false),
  reason: bilingualTextSchema,
  sizes: z
    .object({ beforeMb: z.number().positive(), afterMb: z.number().positive() })
    .optional(),
});

/** @public */
export const baseImageRulesSchema = z.object({
  source: url,
  published: isoDate,
  facts: z.array(
    z.object({ id: kebabId, en: z.string().min(1), ko: z.string().min(1) }),
  ),
  rules: z.array(baseImageRuleSchema).min(1),
});

/** The bundled data's version, in `data/dataset.yaml`. @public */
export const datasetSchema = z.strictObject({ dataVersion: semver });

/** @public */
export type FactSource = z.infer<typeof factSourceSchema>;
/** @public */
export type SourcedFact = (typeof SOURCED_FACTS)[number];
/** @public */
export type BilingualText = z.infer<typeof bilingualTextSchema>;
/** @public */
export type LayerId = (typeof LAYER_IDS)[number];
/** @public */
export type ToolStatus = z.infer<typeof toolStatusSchema>;
/** @public */
export type Category = z.infer<typeof categorySchema>;
/** @public */
export type Layer = z.infer<typeof layerSchema>;
/** @public */
export type Tool = z.infer<typeof toolSchema>;
/** @public */
export type Edition = z.infer<typeof editionSchema>;
/** @public */
export type Overlay = z.infer<typeof overlaySchema>;
/** @public */
export type OverlayDecision = z.infer<typeof overlayDecisionSchema>;
/** @public */
export type BaseImageRule = z.infer<typeof baseImageRuleSchema>;
/** @public */
export type BaseImageRules = z.infer<typeof baseImageRulesSchema>;
