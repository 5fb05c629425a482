import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  BaseImageRule,
  parseBaseImageRuleList,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * The organisation's base-image rules, validated, in their order.
 * @public
 */
export type ConfiguredBaseImageRules = BaseImageRule[];

/** Where the organisation's base-image rules are configured. */
export const BASE_IMAGES_CONFIG_KEY = 'standardArchitecture.baseImages';

/**
 * The organisation's base-image rules (`standardArchitecture.baseImages.rules`),
 * which replace the bundled ones, or undefined when not set. Invalid rules
 * stop the backend at startup, each problem named as
 * `standardArchitecture.baseImages.rules[2].match.tag: rule "id": …`.
 *
 * @param config - the `standardArchitecture` block, when there is one
 */
export function readBaseImageRulesConfig(
  config: Config | undefined,
): ConfiguredBaseImageRules | undefined {
  const value = config?.getOptional('baseImages.rules');
  if (value === undefined) return undefined;
  const result = parseBaseImageRuleList(value, BASE_IMAGES_CONFIG_KEY);
  if (result.ok) return result.value;
  throw new InputError(
    `Invalid ${BASE_IMAGES_CONFIG_KEY}.rules:\n${result.issues
      .map(issue => `${issue.source}.${issue.path}: ${issue.message}`)
      .join('\n')}`,
  );
}
