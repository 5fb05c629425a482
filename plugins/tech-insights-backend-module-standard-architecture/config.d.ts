export interface Config {
  standardArchitecture?: {
    /**
     * The tech-insights fact retriever `standard-architecture-facts`. Its
     * schedule (cadence, timeout, lifecycle, initialDelay) is the
     * tech-insights plugin's own config:
     * `techInsights.factRetrievers.standardArchitectureFactRetriever`.
     */
    techInsights?: {
      /**
       * Services judged at the same time: requests in flight to the
       * standard-architecture API (1–50).
       * @default 5
       */
      concurrency?: number;
      /**
       * Catalog entities read per page (1–1000).
       * @default 100
       */
      pageSize?: number;
      /**
       * How long one request to the catalog or the standard-architecture API
       * may take, in seconds (1–600).
       * @default 30
       */
      requestTimeoutSeconds?: number;
    };
  };
}
