import type { BaseImageFinding } from './detectInFile';
import { isDistrolessImage } from './imageReference';

/**
 * The image a Dockerfile's final stage runs on, from detectInFile's
 * baseImages. Feed its `image` to adviseBaseImage: build stages (a JDK,
 * golang) are expected to be heavy and are not worth advice.
 * @public
 */
export function runtimeBaseImage(
  findings: readonly BaseImageFinding[],
): BaseImageFinding | undefined {
  return findings.find(f => f.final);
}

/**
 * Whether a Dockerfile ships on a distroless (or scratch) runtime image;
 * undefined when its runtime image is unknown (an unresolved ARG).
 * @public
 */
export function hasDistrolessRuntime(
  findings: readonly BaseImageFinding[],
): boolean | undefined {
  const runtime = runtimeBaseImage(findings);
  return runtime ? isDistrolessImage(runtime.image) : undefined;
}
