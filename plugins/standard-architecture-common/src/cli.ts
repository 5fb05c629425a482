/**
 * The `standard-architecture-validate` command, for the package's bin.
 *
 * @packageDocumentation
 */

import { main as runValidate } from './cli/validate';

/**
 * Runs `standard-architecture-validate` with the given arguments (without the
 * node and script paths) and sets the process's exit code.
 * @public
 */
export function main(args: string[]): void {
  runValidate(args);
}
