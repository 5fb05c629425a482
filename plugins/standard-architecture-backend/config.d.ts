import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** The Kubernetes Standard Architecture plugins. */
  standardArchitecture?: {
    /**
     * Edition files to ingest instead of the bundled editions (2022–2026).
     * Each entry is a path (relative to the backend's working directory) or
     * an http(s) URL read through the UrlReader (allow the host under
     * `backend.reading.allow`).
     * @example ['https://example.com/standard/2027.yaml']
     * @default the bundled editions
     */
    sources?: string[];
    /**
     * Also ingest the bundled editions alongside `sources`, so `sources`
     * only adds editions. Default: false (`sources` replace them).
     */
    includeBundled?: boolean;
    /**
     * The organisation overlay: your own decisions on top of the editions.
     * A path or URL, like `sources`.
     * @example ./standard-overlay.yaml
     */
    overlay?: string;
    /**
     * The edition entities and recommendations are judged against.
     * @default the latest edition
     */
    currentEdition?: number;
    /**
     * The owner of the tool entities, an entity ref.
     * @default group:default/platform-team
     */
    owner?: string;
    /**
     * The catalog namespace of the standard's entities (the Domain, the layer
     * Systems and the tool Components). Use a namespace of its own when a
     * tool id could equal one of your entities' names.
     * @default default
     * @visibility frontend
     */
    entityNamespace?: string;
    /**
     * Months a team has to move off a removed (or overlay-rejected) tool when
     * neither the data nor the overlay gives a deadline, counted from the
     * publication of the edition that removed it.
     * @default 12
     * @visibility frontend
     */
    migrationWindowMonths?: number;
    /**
     * How often ingestion runs. Across replicas it runs once per interval.
     * @default { frequency: { minutes: 30 }, timeout: { minutes: 3 }, initialDelay: { seconds: 5 } }
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /**
     * How often the catalog module asks the plugin whether the accepted
     * standard changed (a conditional request; cheap when it has not).
     * @default { frequency: { minutes: 1 }, timeout: { minutes: 2 }, initialDelay: { seconds: 10 } }
     */
    catalogSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** The usage index: which catalog entities use which tools. */
    usageIndex?: {
      /**
       * How often the index is synced from the catalog. A `dependsOn`
       * change reaches the index within one interval.
       * @default { frequency: { minutes: 2 }, timeout: { minutes: 15 }, initialDelay: { seconds: 15 } }
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Entities read from the catalog per page (1–10000). Default: 1000. */
      pageSize?: number;
      /**
       * The entity kinds whose usage is indexed.
       * @default ['Component', 'System', 'Resource', 'API']
       */
      kinds?: string[];
    };
    /** Repository scanning: which tools each service really uses. */
    scanning?: {
      /**
       * Scan the repository of every indexed entity with a source location
       * (`backstage.io/source-location`, else the `url:` location it was read
       * from), through the UrlReader. Default: false.
       */
      enabled?: boolean;
      /**
       * How often every repository is scanned. Unchanged repositories cost one
       * conditional request.
       * @default { frequency: { hours: 1 }, timeout: { hours: 1 }, initialDelay: { minutes: 1 } }
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Repositories scanned at once. Default: 2. */
      concurrency?: number;
      /** Files read per repository; the rest are skipped. Default: 5000. */
      maxFiles?: number;
      /** Larger files are skipped. Default: 1048576 (1 MiB). */
      maxFileBytes?: number;
      /** Bytes read per repository. Default: 52428800 (50 MiB). */
      maxTotalBytes?: number;
      /** Time per repository. Default: 120. */
      timeoutSeconds?: number;
      /**
       * Your own detection rules, in the format of the bundled
       * `detection-rules.yaml`: a rule with a new id is added, one with a
       * bundled id replaces it, and `enabled: false` turns one off.
       */
      rules?: Array<{ [key: string]: unknown }>;
      /**
       * Directories the demo backend's `file:` UrlReader may serve. Only
       * read by that reader; the plugin itself reads through the UrlReader.
       */
      localRoots?: string[];
    };
    /**
     * A refresh that would remove more than this share (0–1) of the entities
     * it provided before is refused. Default: 0.5.
     */
    maxRemovalShare?: number;
    /** How long to wait for a URL source before giving up. Default: 30. */
    readTimeoutSeconds?: number;
    /** Base-image advice: which runtime images to swap for slimmer ones. */
    baseImages?: {
      /**
       * Your own base-image rules. When set they REPLACE the bundled rules
       * (`base-images.yaml` of the common package); the article's facts
       * stay. Rules are tried in order and the first match gives the
       * advice. Invalid rules stop the backend at startup, naming the rule
       * and field, e.g. `standardArchitecture.baseImages.rules[2].match.tag`.
       * Leave it out to use the bundled rules.
       */
      rules?: Array<{
        /** Unique kebab-case id, shown with the advice. */
        id: string;
        /** The language runtime, e.g. `java`, `node`, `python`, `go`. */
        runtime: string;
        /** Which declared or detected images the rule applies to. */
        match: {
          /**
           * The image name without registry, owner or tag: the last segment
           * of the repository (`openjdk` matches `docker.io/library/openjdk:21`).
           */
          repository: string;
          /**
           * A JavaScript regular expression on the tag; its capture groups
           * fill `{1}`, `{2}`… in `recommended`.
           * @example ^(17|21)(?!.*alpine)(?:[-.].*)?$
           */
          tag: string;
        };
        /**
         * The image to move to, a well-formed image reference.
         * @example gcr.io/distroless/java{1}-debian12
         */
        recommended: string;
        /** Whether the advice needs a multi-stage build. Default: false. */
        multiStage?: boolean;
        /** Why, in English and Korean. */
        reason: { en: string; ko: string };
        /** Measured image sizes in MB, when known. */
        sizes?: { beforeMb: number; afterMb: number };
      }>;
    };
    /**
     * The Tech Radar (`GET /tech-radar`): how the standard's nine layers are
     * grouped into the radar's four quadrants. Rings always follow the
     * verdict: recommended → Adopt, experimental → Trial, caution → Assess,
     * deprecated, removed and end of life → Hold.
     */
    techRadar?: {
      /**
       * Exactly four quadrants, each with a unique id.
       * @default infrastructure (Infrastructure), connectivity (Networking & security), delivery (Delivery & platform), observability (Observability & ops)
       */
      quadrants?: Array<{
        /** Referred to by `layerQuadrants`. */
        id: string;
        /** Shown on the radar. */
        name: string;
      }>;
      /**
       * Layer id → quadrant id. Replaces the default mapping, so set it
       * whenever `quadrants` changes the ids. A layer left out goes to the
       * first quadrant; an unknown layer or quadrant stops the backend at
       * startup, naming the layer. Layers: infrastructure, runtime,
       * networking, storage, security, delivery, observability, operations,
       * platform-services.
       * @default { infrastructure: infrastructure, runtime: infrastructure, storage: infrastructure, networking: connectivity, security: connectivity, delivery: delivery, platform-services: delivery, observability: observability, operations: observability }
       */
      layerQuadrants?: { [layerId: string]: string };
    };
  };
}
