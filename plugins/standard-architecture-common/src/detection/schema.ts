import { z } from 'zod';
import { globSyntaxError } from './glob';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)')
  .max(63, 'must be at most 63 characters');

/** A glob on repository-relative paths; `!` in front re-includes. */
const globPattern = z
  .string()
  .min(1)
  .superRefine((pattern, ctx) => {
    const error = globSyntaxError(pattern.replace(/^!/, ''));
    if (error) ctx.addIssue({ code: 'custom', message: `glob ${error}` });
  });

const globList = z.array(globPattern);

const nonEmptyList = (what: string) =>
  z.array(z.string().trim().min(1)).min(1, `needs at least one ${what}`);

const regexSource = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      RegExp(source); // compiling is the check
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `is not a valid regular expression: ${
          (error as Error).message
        }`,
      });
    }
  });

/** The package ecosystems whose manifests the engine reads. @public */
export const PACKAGE_ECOSYSTEMS = ['npm', 'go', 'pypi', 'maven'] as const;

/**
 * The ways a rule can recognise a tool; a rule has exactly one.
 * @public
 */
export const DETECTION_MATCHERS = [
  'image',
  'helmDependency',
  'apiGroup',
  'ingressClass',
  'annotationPrefix',
  'action',
  'ciText',
  'package',
  'presence',
] as const;

/** @public */
export type DetectionMatcher = (typeof DETECTION_MATCHERS)[number];

// The descriptions end up in the JSON Schema, for editors.
const ruleShape = {
  id: kebabId.describe('Unique kebab-case id of the rule'),
  tool: kebabId.describe('A tool id from the editions or the overlay'),
  description: z.string().optional(),
  enabled: z.boolean().default(true),
  files: globList
    .min(1, 'needs at least one file pattern')
    .describe('Globs on repository-relative paths the rule reads'),
  image: nonEmptyList('image pattern')
    .optional()
    .describe(
      'Image repositories (no tag); * within a path segment, ** across. Matched against Dockerfile FROM and COPY --from, and image:, image.repository and image.name in YAML',
    ),
  helmDependency: nonEmptyList('chart name')
    .optional()
    .describe(
      'Helm chart names: Chart.yaml dependencies, chart: references (Argo CD, helmfile, Flux), kustomize helmCharts',
    ),
  apiGroup: z
    .strictObject({
      group: z
        .string()
        .trim()
        .min(1)
        .describe('API group of apiVersion; * matches any characters'),
      kinds: nonEmptyList('kind').optional(),
    })
    .optional()
    .describe(
      'Kubernetes resources of an API group, optionally only some kinds',
    ),
  ingressClass: nonEmptyList('ingress class')
    .optional()
    .describe(
      'ingressClassName, the kubernetes.io/ingress.class annotation, or ingress.className in Helm values',
    ),
  annotationPrefix: nonEmptyList('annotation prefix')
    .optional()
    .describe('YAML keys starting with one of these prefixes'),
  action: nonEmptyList('action')
    .optional()
    .describe(
      'GitHub Actions uses: prefixes (owner/repo); a prefix ending in / matches a whole owner',
    ),
  ciText: regexSource
    .optional()
    .describe(
      'A JavaScript regular expression tried on every non-comment line',
    ),
  package: z
    .strictObject({
      ecosystem: z.enum(PACKAGE_ECOSYSTEMS),
      names: nonEmptyList('package name').describe(
        'Package names; * matches any characters; Maven names are group:artifact',
      ),
    })
    .optional()
    .describe('Dependencies declared in package manifests'),
  presence: z
    .literal(true)
    .optional()
    .describe('The file itself is the evidence (a Jenkinsfile means Jenkins)'),
};

function checkOneMatcher(
  rule: Partial<Record<DetectionMatcher, unknown>>,
  ctx: z.core.$RefinementCtx,
) {
  const present = DETECTION_MATCHERS.filter(m => rule[m] !== undefined);
  if (present.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message:
        present.length === 0
          ? `needs one matcher: ${DETECTION_MATCHERS.join(', ')}`
          : `has ${present.join(' and ')}; a rule has exactly one matcher`,
    });
  }
}

/** @public */
export const detectionRuleSchema = z
  .strictObject(ruleShape)
  .superRefine(checkOneMatcher);

/** @public */
export const detectionRulesSchema = z
  .strictObject({
    version: z.literal(1, {
      error: 'must be 1, the only rules format this engine reads',
    }),
    /** Paths never scanned (vendored code, generated output, prose). */
    ignore: globList.default([]),
    /** Files read as Dockerfiles for base images. */
    baseImageFiles: globList.default([]),
    rules: z.array(detectionRuleSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `duplicate rule id "${rule.id}"`,
        });
      }
      seen.add(rule.id);
    });
  });

/**
 * An organisation's changes to the bundled rules. A rule entry with only
 * `id` and `enabled` switches a rule on or off; any other entry is a whole
 * rule that replaces the one with its id or is added.
 * @public
 */
export const detectionRuleOverrideSchema = z
  .looseObject({ id: kebabId, enabled: z.boolean().optional() })
  .superRefine((entry, ctx) => {
    if (isRuleToggle(entry)) {
      if (entry.enabled === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'needs enabled: true/false, or a whole rule to replace it',
        });
      }
      return;
    }
    const full = detectionRuleSchema.safeParse(entry);
    if (!full.success) {
      for (const issue of full.error.issues) {
        ctx.addIssue({
          code: 'custom',
          path: issue.path as PropertyKey[],
          message: issue.message,
        });
      }
    }
  });

/** @public */
export const detectionRuleOverridesSchema = z.strictObject({
  version: z
    .literal(1, { error: 'must be 1, the only rules format this engine reads' })
    .optional(),
  /** Replaces the default ignore list. */
  ignore: globList.optional(),
  /** Replaces the default Dockerfile patterns. */
  baseImageFiles: globList.optional(),
  rules: z.array(detectionRuleOverrideSchema).default([]),
});

/** True for an override entry that only switches a rule on or off. */
export function isRuleToggle(entry: object): boolean {
  return Object.keys(entry).every(key => key === 'id' || key === 'enabled');
}

/** @public */
export type DetectionRule = z.infer<typeof detectionRuleSchema>;
/** @public */
export type DetectionRules = z.infer<typeof detectionRulesSchema>;
/** @public */
export type DetectionRuleOverrides = z.input<
  typeof detectionRuleOverridesSchema
>;
/** @public */
export type PackageEcosystem = (typeof PACKAGE_ECOSYSTEMS)[number];
