import { EditionSummary } from './editions';
import { ToolLifecycle } from './lifecycle';
import { RecommendationStatus, Recommendations } from './recommendations';
import { Edition, ToolStatus } from './schema';

/** `GET /editions`. @public */
export interface EditionsResponse {
  current: number;
  items: EditionSummary[];
}

/** `GET /editions/:year`: the edition with each tool's lifecycle today. @public */
export interface EditionResponse extends Edition {
  current: boolean;
  lifecycles: Record<string, ToolLifecycle>;
}

/** `GET /recommendations?entityRef=…`. @public */
export interface RecommendationsResponse extends Recommendations {
  entityRef: string;
}

/** An entity that depends on a tool. @public */
export interface Dependent {
  entityRef: string;
  title?: string;
  owner?: string;
}

/** One tool's adoption. @public */
export interface ToolAdoption {
  tool: string;
  name: string;
  status: RecommendationStatus;
  editionStatus?: ToolStatus;
  dependents: number;
  /** Owner entity ref → number of dependents. */
  byOwner: Record<string, number>;
}

/** A tool at risk, still in use. @public */
export interface AtRiskTool extends ToolAdoption {
  deadline?: string;
  replacement?: string[];
  dependentEntities: Dependent[];
}

/** `GET /adoption`. @public */
export interface AdoptionResponse {
  edition: number;
  tools: ToolAdoption[];
  atRisk: AtRiskTool[];
}

/** One risky dependency in a team's rollup. @public */
export interface GroupReportItem {
  entityRef: string;
  title?: string;
  tool: string;
  name: string;
  status: RecommendationStatus;
  deadline?: string;
  replacement?: string[];
  reason?: { en: string; ko: string };
}

/** `GET /groups/:namespace/:name/report`. @public */
export interface GroupReportResponse {
  group: string;
  edition: number;
  entities: number;
  items: GroupReportItem[];
}

/** `POST /refresh`. @public */
export interface RefreshResponse {
  entities: number;
  editions: number[];
}
