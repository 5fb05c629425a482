/**
 * The Kubernetes Standard Architecture as data: the zod schema and types,
 * validation, diffs between editions, tool history, the lifecycle mapping,
 * recommendation rules, repository detection rules and their engine, and the
 * plugin's permissions. No framework code.
 *
 * @packageDocumentation
 */

export * from './schema';
export * from './validationIssue';
export { parseDataFile, MAX_DATA_FILE_BYTES } from './parseDataFile';
export type { ParseResult } from './parseDataFile';
export * from './standard';
export * from './spdx';
export * from './spdxPolicy';
export * from './editions';
export * from './history';
export * from './diff';
export * from './lifecycle';
export * from './verdict';
export * from './techRadar';
export * from './baseImages';
export * from './recommendations';
export * from './annotations';
export * from './standardTool';
export * from './permissions';
export * from './apiTypes';
export { dataFileJsonSchemas } from './jsonSchema';
export * from './detection';
