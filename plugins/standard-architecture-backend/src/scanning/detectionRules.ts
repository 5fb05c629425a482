import { promises as fs } from 'fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  DetectionRules,
  loadDetectionRules,
  StandardDataError,
} from '@k8s-standard/plugin-standard-architecture-common';

const RULES_FILE = resolvePackagePath(
  '@k8s-standard/plugin-standard-architecture-common',
  'data/detection-rules.yaml',
);

/**
 * The bundled detection rules with the organisation's own on top (from
 * `standardArchitecture.scanning.rules`). Throws a `StandardDataError`
 * naming the file or config key and the field when either is invalid.
 */
export async function bundledDetectionRules(
  overrides: unknown[] = [],
): Promise<DetectionRules> {
  const result = loadDetectionRules(
    { source: RULES_FILE, content: await fs.readFile(RULES_FILE) },
    overrides.length > 0 ? { rules: overrides } : undefined,
    { overridesSource: 'standardArchitecture.scanning' },
  );
  if (!result.ok) throw new StandardDataError(result.issues);
  return result.value;
}
