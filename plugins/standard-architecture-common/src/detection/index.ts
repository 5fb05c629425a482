/**
 * Repository detection: rules as data (data/detection-rules.yaml) and a
 * pure engine that the backend scanner runs on each file of a repository.
 */

export {
  detectionRuleSchema,
  detectionRulesSchema,
  detectionRuleOverrideSchema,
  detectionRuleOverridesSchema,
  DETECTION_MATCHERS,
  PACKAGE_ECOSYSTEMS,
} from './schema';
export type {
  DetectionRule,
  DetectionRules,
  DetectionRuleOverrides,
  DetectionMatcher,
  PackageEcosystem,
} from './schema';
export { loadDetectionRules } from './loadDetectionRules';
export type { LoadDetectionRulesOptions } from './loadDetectionRules';
export {
  detectInFile,
  isScannedPath,
  MAX_LINE_LENGTH,
  MAX_SCANNED_FILE_CHARS,
} from './detectInFile';
export type {
  Detection,
  BaseImageFinding,
  FileDetectionResult,
} from './detectInFile';
export { runtimeBaseImage, hasDistrolessRuntime } from './runtimeImage';
export { isDistrolessImage, imageRepository } from './imageReference';
export { normalizeRepoPath } from './glob';
export { detectionRulesJsonSchema } from './jsonSchema';
