export interface Config {
  standardArchitecture?: {
    /**
     * Which licenses your organisation accepts. The Licenses tab highlights
     * the tools whose license is flagged.
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
