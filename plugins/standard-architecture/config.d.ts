export interface Config {
  standardArchitecture?: {
    /**
     * The catalog namespace of the standard's entities (the Domain, the layer
     * Systems and the tool Components). Use a namespace of its own when a
     * tool id could equal one of your entities' names.
     * @default default
     * @visibility frontend
     */
    entityNamespace?: string;
    /**
     * Which licenses your organisation accepts. The Licenses tab highlights
     * the tools whose license is flagged. A tool is judged by its whole SPDX
     * expression: under `A OR B` one accepted alternative is enough, under
     * `A AND B` every part must be accepted.
     */
    licensePolicy?: {
      /**
       * SPDX ids you accept.
       * @visibility frontend
       * @example ['Apache-2.0', 'MIT']
       */
      allowed?: string[];
      /**
       * SPDX ids to highlight, such as AGPL or BUSL.
       * @visibility frontend
       * @example ['AGPL-3.0-only', 'BUSL-1.1']
       */
      flagged?: string[];
    };
  };
}
