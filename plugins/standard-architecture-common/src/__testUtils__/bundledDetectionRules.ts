import { readFileSync } from 'fs';
import { join } from 'path';
import { loadDetectionRules } from '../detection/loadDetectionRules';
import { DetectionRules } from '../detection/schema';
import { DATA_DIR } from './bundledStandard';

export const DETECTION_RULES_FILE = join(DATA_DIR, 'detection-rules.yaml');

/** The bundled detection rules; loaded once, as the scanner would. */
let cached: DetectionRules | undefined;
export function bundledDetectionRules(): DetectionRules {
  if (cached) return cached;
  const result = loadDetectionRules({
    source: 'detection-rules.yaml',
    content: readFileSync(DETECTION_RULES_FILE),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  cached = result.value;
  return cached;
}
