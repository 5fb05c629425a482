import { readFileSync } from 'fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

/**
 * The version of the bundled data: the common package's version, which
 * ships the editions. The content hash says which exact data was accepted.
 */
export function dataVersion(): string {
  const manifest = resolvePackagePath(
    '@internal/plugin-standard-architecture-common',
    'package.json',
  );
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}
