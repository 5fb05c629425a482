export interface Config {
  /** Settings of this demo backend only. */
  demo?: {
    /**
     * Where the demo's `standard-architecture:publish-local` scaffolder action
     * writes generated services (the demo has no git host).
     * @default <os tmpdir>/standard-architecture-scaffolded
     */
    localPublishDir?: string;
  };
}
