import { readFileSync } from 'fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  datasetSchema,
  parseDataFile,
  StandardDataError,
} from '@k8s-standard/plugin-standard-architecture-common';

/**
 * The version of the bundled data (`data/dataset.yaml`, see the data
 * changelog). The content hash says which exact data, overlay included,
 * was accepted.
 */
export function dataVersion(): string {
  const file = resolvePackagePath(
    '@k8s-standard/plugin-standard-architecture-common',
    'data/dataset.yaml',
  );
  const parsed = parseDataFile(readFileSync(file), file, datasetSchema);
  if (!parsed.ok) throw new StandardDataError(parsed.issues);
  return parsed.value.dataVersion;
}
