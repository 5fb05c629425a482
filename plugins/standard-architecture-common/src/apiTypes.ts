import { EditionSummary } from './editions';
import { ToolLifecycle } from './lifecycle';
import { RecommendationStatus, Recommendations } from './recommendations';
import { Edition, ToolStatus } from './schema';
import { ToolVerdict } from './verdict';

/** `GET /editions`. @public */
export interface EditionsResponse {
  current: number;
  /** The version of the data (`data/dataset.yaml`) that judged every answer. */
  dataVersion?: string;
  /** The accepted data, including any overlay. */
  contentHash: string;
  items: EditionSummary[];
}

/** `GET /editions/:year`: the edition with each tool's lifecycle today. @public */
export interface EditionResponse extends Edition {
  current: boolean;
  lifecycles: Record<string, ToolLifecycle>;
  /** Each tool's verdict today: what every view shows (see `toolVerdict`). */
  verdicts: Record<string, ToolVerdict>;
}

/** Where a scan found a tool in use. @public */
export interface UsageEvidence {
  path: string;
  line: number;
  /** The matched line. */
  text: string;
  ruleId: string;
  /** The etag or commit the repository was scanned at. */
  at?: string;
  /** The file at the line in the integration's web view. */
  url?: string;
}

/** How an entity uses one tool. @public */
export interface ToolUsage {
  declared: boolean;
  detected: boolean;
  evidence: UsageEvidence[];
}

/** A base image found in a Dockerfile or Containerfile. @public */
export interface DetectedBaseImage {
  path: string;
  line: number;
  image: string;
  stage?: string;
  /** The final stage: the runtime image. */
  final: boolean;
  multiStage: boolean;
  distroless: boolean;
}

/** The last scan of an entity's repository. @public */
export interface ScanSummary {
  location: string;
  scannedAt: string;
  /** `unchanged`: the etag matched; `stale`: the repository is gone, detections kept. */
  outcome: 'ok' | 'unchanged' | 'failed' | 'stale';
  /** The etag or commit scanned. */
  etag?: string;
  error?: string;
  filesScanned: number;
  skipped: Array<{ path: string; reason: string }>;
}

/** `GET /recommendations?entityRef=…`. @public */
export interface RecommendationsResponse
  extends Recommendations,
    IndexFreshness {
  entityRef: string;
  /**
   * False when the entity is not in the usage index yet (created since the
   * last sync): it was judged from the catalog's relations instead.
   */
  indexed: boolean;
  /** Tool id → how the entity uses it (declared, detected, evidence). */
  usage: Record<string, ToolUsage>;
  /** Base images found in the repository; the final ones feed `baseImages`. */
  detectedBaseImages: DetectedBaseImage[];
  scan?: ScanSummary;
}

/**
 * How a usage is known: `declared` from the entity's `spec.dependsOn`,
 * `detected` from its repository (repository scanning). @public
 */
export interface UsageKnownBy {
  declared: boolean;
  detected: boolean;
}

/**
 * Freshness of an answer served from the usage index: `asOf` is when the
 * last complete sync from the catalog finished (ISO 8601), absent before the
 * first one. @public
 */
export interface IndexFreshness {
  asOf?: string;
}

/** An entity that uses a tool. @public */
export interface Dependent extends UsageKnownBy {
  entityRef: string;
  title?: string;
  owner?: string;
  kind: string;
  type?: string;
}

/** One tool's adoption: counts only, never the dependents themselves. @public */
export interface ToolAdoption {
  tool: string;
  name: string;
  status: RecommendationStatus;
  verdict: ToolVerdict;
  editionStatus?: ToolStatus;
  dependents: number;
  /** Owner entity ref → number of dependents. */
  byOwner: Record<string, number>;
  deadline?: string;
  /** Names of what to move to, for tools at risk. */
  replacement?: string[];
}

/**
 * `GET /adoption`: counts per tool, owner and status. Its size depends on
 * the number of tools and owners, not on the number of services. @public
 */
export interface AdoptionResponse extends IndexFreshness {
  edition: number;
  /** Entities in the index. */
  entities: number;
  /** Dependents (entity–tool pairs) per status. */
  byStatus: Record<RecommendationStatus, number>;
  tools: ToolAdoption[];
}

/** `GET /tools/:toolId/dependents`: one page. @public */
export interface ToolDependentsResponse extends IndexFreshness {
  tool: string;
  name: string;
  status: RecommendationStatus;
  verdict: ToolVerdict;
  /** Dependents matching the filters, before the caller's read permission. */
  total: number;
  items: Dependent[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** One risky dependency in a team's rollup. @public */
export interface GroupReportItem extends UsageKnownBy {
  entityRef: string;
  title?: string;
  owner?: string;
  tool: string;
  name: string;
  status: RecommendationStatus;
  verdict: ToolVerdict;
  deadline?: string;
  replacement?: string[];
  reason?: { en: string; ko: string };
}

/** `GET /groups/:namespace/:name/report`: one page. @public */
export interface GroupReportResponse extends IndexFreshness {
  group: string;
  /** The groups covered: the group, and its child groups when asked for. */
  groups: string[];
  edition: number;
  /** Entities owned by the covered groups. */
  entities: number;
  /** Risky dependencies in all pages, before the caller's read permission. */
  totalItems: number;
  items: GroupReportItem[];
  nextCursor?: string;
}

/** The outcome of the last run of a background job. @public */
export interface JobRun {
  startedAt: string;
  finishedAt?: string;
  /**
   * `rejected`: the source data is invalid and was not applied; `refused`:
   * the removal guard stopped it; `failed`: anything else, such as an
   * unreachable source.
   */
  outcome: 'running' | 'ok' | 'failed' | 'refused' | 'rejected';
  error?: string;
  /** Counts and other facts of the run. */
  details?: Record<string, unknown>;
}

/** `POST /refresh`: ingestion was handed to the scheduler. @public */
export interface RefreshResponse {
  task: string;
  /** `triggered`: it starts now; `running`: a run was going, nothing new started. */
  state: 'triggered' | 'running';
  force: boolean;
  lastRun?: JobRun;
}

/**
 * A tool entity the standard does not provide, because an entity from
 * another location already has its ref.
 * @public
 */
export interface EntityConflict {
  entityRef: string;
  /** Where the catalog's entity comes from (its origin location). */
  heldBy?: string;
}

/** `GET /health`: public, so it says no more than this. @public */
export interface HealthResponse {
  status: 'ok' | 'degraded';
}

/** `GET /status`: the details behind `/health`. @public */
export interface StatusResponse extends HealthResponse, IndexFreshness {
  /** Why the status is degraded. */
  problems: string[];
  ingestion?: JobRun;
  sync?: JobRun;
  /** The last repository scan, when scanning is enabled. */
  scan?: JobRun;
  standard?: {
    contentHash: string;
    dataVersion: string;
    loadedAt: string;
    editions: Array<{ year: number; source: string; contentHash: string }>;
    conflicts: EntityConflict[];
  };
  index: { entities: number; usages: number };
}
