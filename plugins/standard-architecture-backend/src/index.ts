/**
 * The Kubernetes Standard Architecture backend plugin: ingests the editions,
 * keeps the usage index, scans repositories and serves the REST API and the
 * MCP actions. The catalog and scaffolder modules are packages of their own.
 *
 * @packageDocumentation
 */

export { standardArchitecturePlugin as default } from './plugin';
