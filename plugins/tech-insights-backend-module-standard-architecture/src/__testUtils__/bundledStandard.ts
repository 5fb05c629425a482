import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  loadStandard,
  recommend,
  RecommendationsResponse,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';

const DATA = resolvePackagePath(
  '@k8s-standard/plugin-standard-architecture-common',
  'data',
);

/** The standard as shipped, with the example organisation overlay if asked. */
export function bundledStandard(withExampleOverlay = false): Standard {
  const dir = join(DATA, 'editions');
  const read = (source: string, path: string) => ({
    source,
    content: readFileSync(path),
  });
  const result = loadStandard({
    editions: readdirSync(dir)
      .filter(f => f.endsWith('.yaml'))
      .map(f => read(f, join(dir, f))),
    baseImages: read('base-images.yaml', join(DATA, 'base-images.yaml')),
    overlay: withExampleOverlay
      ? read('overlay.yaml', join(DATA, 'overlay.example.yaml'))
      : undefined,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** A `/recommendations` answer as the plugin builds it, for a fixed day. */
export function recommendationsFor(
  standard: Standard,
  input: {
    entityRef?: string;
    tools: string[];
    baseImages?: string[];
    usage?: RecommendationsResponse['usage'];
    detectedBaseImages?: RecommendationsResponse['detectedBaseImages'];
  },
  today = '2026-12-03',
): RecommendationsResponse {
  return {
    entityRef: input.entityRef ?? 'component:default/svc',
    indexed: true,
    ...recommend(
      standard,
      { tools: input.tools, baseImages: input.baseImages },
      { today },
    ),
    usage:
      input.usage ??
      Object.fromEntries(
        input.tools.map(t => [
          t,
          { declared: true, detected: false, evidence: [] },
        ]),
      ),
    detectedBaseImages: input.detectedBaseImages ?? [],
  };
}
