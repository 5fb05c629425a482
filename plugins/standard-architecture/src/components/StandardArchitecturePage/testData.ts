// Fixtures shared by this folder's tests: a small two-edition standard, the
// usage counts and dependents behind them, and a fake API that answers from
// them (diffs by the real diffEditions, dependents a couple at a time).
import {
  AdoptionResponse,
  Dependent,
  diffEditions,
  Edition,
  EditionResponse,
  editionVerdicts,
  Standard,
  Tool,
  ToolDependentsResponse,
  ToolLifecycle,
  ToolVerdict,
  toolVerdict,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  StandardArchitectureApi,
  ToolDependentsOptions,
} from '../../api/StandardArchitectureApi';

const text = (en: string, ko = `${en} (ko)`) => ({ en, ko });

/** The articles' headings the fixtures cite, as printed. */
export const SECTIONS = {
  provisioning: '클러스터 프로비저너',
  cni2025: '컨테이너 네트워크 인터페이스(CNI, Container Network Interface)',
  cni2026: '네트워크 구현체',
  ingress: 'L4/L7 네트워크 구현체',
  usability: '사용성 간편화 도구',
  ide: '쿠버네티스 통합 개발 환경(IDE) 도구',
  traces: '트레이스 파이프라인',
  dataPipeline: '[추가] 데이터 파이프라인',
} as const;

/** Every sourced fact of a tool from one section of the article. */
const fromSection = (
  section: string,
  facts: Array<keyof Tool['sources']>,
): Tool['sources'] =>
  Object.fromEntries(facts.map(fact => [fact, { section }]));

/** Lens's license is not in the article; the page that states it was checked. */
export const LENS_LICENSE_SOURCE = {
  url: 'https://k8slens.dev/legal/additional-terms-desktop-20231016',
  checked: '2026-12-03',
  note: 'The article prints only “see text”; these are the proprietary Lens Desktop subscription terms.',
};

const layers: Edition['layers'] = [
  {
    id: 'infrastructure',
    categories: [
      {
        id: 'provisioning',
        name: text('Cluster provisioning', '클러스터 프로비저닝'),
      },
    ],
  },
  {
    id: 'networking',
    categories: [
      { id: 'cni', name: text('Container network interface') },
      { id: 'ingress', name: text('Ingress') },
    ],
  },
  {
    id: 'observability',
    categories: [{ id: 'tracing', name: text('Distributed tracing') }],
  },
  {
    id: 'operations',
    categories: [{ id: 'kubernetes-ui', name: text('Kubernetes UI') }],
  },
  {
    id: 'platform-services',
    categories: [{ id: 'messaging', name: text('Data streaming') }],
  },
];

const terraform: Tool = {
  id: 'terraform',
  name: 'Terraform',
  nameKo: '테라폼',
  category: 'provisioning',
  github: 'hashicorp/terraform',
  homepage: 'https://www.terraform.io/',
  license: 'BUSL-1.1',
  stars: { count: 47200, asOf: '2025-12-18' },
  status: 'kept',
  sources: fromSection(SECTIONS.provisioning, ['status', 'license', 'stars']),
  alternatives: [
    {
      name: 'OpenTofu',
      reason: text(
        'Nothing changes for ordinary users, so the proven tool stays.',
      ),
    },
  ],
  summary: text(
    'Infrastructure as code that also deploys Kubernetes.',
    '코드로 인프라를 정의합니다.',
  ),
};

const calico: Tool = {
  id: 'calico',
  name: 'Calico',
  nameKo: '칼리코',
  category: 'cni',
  github: 'projectcalico/calico',
  license: 'Apache-2.0',
  status: 'kept',
  sources: fromSection(SECTIONS.cni2026, ['status', 'license']),
  summary: text('The quickest CNI to get running.'),
};

const ingressNginx2025: Tool = {
  id: 'ingress-nginx',
  name: 'Ingress NGINX Controller',
  nameKo: '인그레스 엔진엑스 컨트롤러',
  category: 'ingress',
  github: 'kubernetes/ingress-nginx',
  license: 'Apache-2.0',
  stars: { count: 18000, asOf: '2024-12-01' },
  status: 'kept',
  sources: fromSection(SECTIONS.ingress, ['status', 'license', 'stars']),
  summary: text('The community ingress controller.'),
};

const lens2025: Tool = {
  id: 'lens',
  name: 'Lens',
  nameKo: '렌즈',
  category: 'kubernetes-ui',
  license: 'LicenseRef-Lens-Proprietary',
  status: 'kept',
  sources: fromSection(SECTIONS.usability, ['status', 'license']),
  summary: text('A desktop Kubernetes IDE.'),
};

export const edition2025: EditionResponse = {
  year: 2025,
  title: text('Kubernetes Standard Architecture 2025'),
  source: 'https://yozm.wishket.com/magazine/detail/2900/',
  published: '2024-12-20',
  sections: [
    SECTIONS.provisioning,
    SECTIONS.cni2025,
    SECTIONS.ingress,
    SECTIONS.usability,
  ],
  summary: text('The 2025 edition.'),
  layers: layers.filter(l => l.id !== 'platform-services'),
  tools: [
    { ...terraform, stars: { count: 42000, asOf: '2024-12-20' } },
    {
      ...calico,
      sources: fromSection(SECTIONS.cni2025, ['status', 'license']),
    },
    ingressNginx2025,
    lens2025,
  ],
  current: false,
  lifecycles: {},
  // Judged below, with the common toolVerdict, as the backend does.
  verdicts: {},
};

export const edition2026: EditionResponse = {
  year: 2026,
  title: text('Kubernetes Standard Architecture 2026'),
  source: 'https://yozm.wishket.com/magazine/detail/3510/',
  published: '2025-12-18',
  sections: [
    SECTIONS.ide,
    SECTIONS.cni2026,
    SECTIONS.ingress,
    SECTIONS.usability,
    SECTIONS.provisioning,
    SECTIONS.traces,
    SECTIONS.dataPipeline,
  ],
  summary: text('The 2026 edition.'),
  layers,
  tools: [
    terraform,
    calico,
    {
      ...ingressNginx2025,
      stars: { count: 19200, asOf: '2025-12-18' },
      status: 'caution',
      statusReason: text('Its retirement was announced in November 2025.'),
      successor: {
        name: 'Gateway API',
        url: 'https://gateway-api.sigs.k8s.io/',
      },
      // The announcement gives only the month.
      endOfLife: '2026-03',
      sources: fromSection(SECTIONS.ingress, [
        'status',
        'license',
        'stars',
        'successor',
        'endOfLife',
      ]),
    },
    {
      id: 'tempo',
      name: 'Tempo',
      nameKo: '템포',
      category: 'tracing',
      github: 'grafana/tempo',
      license: 'AGPL-3.0-only',
      status: 'added',
      sources: fromSection(SECTIONS.traces, ['status', 'license']),
      statusReason: text('Stores traces by trace ID, which is cheaper.'),
      summary: text('Grafana tracing backend.'),
    },
    {
      ...lens2025,
      status: 'removed',
      statusReason: text(
        'Dropped because its source has been closed since February 2024.',
      ),
      replacedBy: ['headlamp'],
      sources: {
        ...fromSection(SECTIONS.ide, ['status', 'replacedBy']),
        license: LENS_LICENSE_SOURCE,
      },
    },
    {
      id: 'headlamp',
      name: 'Headlamp',
      nameKo: '헤드램프',
      category: 'kubernetes-ui',
      github: 'kubernetes-sigs/headlamp',
      license: 'Apache-2.0',
      status: 'changed-in',
      statusReason: text('Replaces Lens with a UI that is fully open source.'),
      replaces: ['lens'],
      sources: {
        ...fromSection(SECTIONS.usability, ['status', 'license']),
        replaces: { section: SECTIONS.ide },
      },
      summary: text('An extensible Kubernetes web UI.'),
    },
    {
      id: 'strimzi',
      name: 'Strimzi',
      nameKo: '스트림지',
      category: 'messaging',
      github: 'strimzi/strimzi-kafka-operator',
      license: 'Apache-2.0 OR MIT',
      status: 'added',
      sources: fromSection(SECTIONS.dataPipeline, ['status', 'license']),
      statusReason: text('Runs Kafka on Kubernetes for the new data pipeline.'),
      summary: text('Kafka operator.'),
    },
  ],
  current: true,
  lifecycles: {
    terraform: 'production',
    calico: 'production',
    'ingress-nginx': 'deprecated',
    tempo: 'production',
    lens: 'deprecated',
    headlamp: 'production',
    strimzi: 'production',
  } as Record<string, ToolLifecycle>,
  verdicts: {},
};

/**
 * The day the fixtures are judged on: after Ingress NGINX's end of life
 * (March 2026), before the end of Lens's default migration window (twelve
 * months after the 2026 edition removed it: 2026-12-18).
 */
export const TODAY = '2026-06-01';

/** The fixtures' standard, as the backend holds it (no overlay). */
export const STANDARD: Standard = { editions: [edition2025, edition2026] };

/** A tool's verdict, computed as the backend computes it. */
export const verdictOf = (toolId: string, edition = 2026): ToolVerdict =>
  toolVerdict(STANDARD, toolId, { today: TODAY, edition });

for (const edition of [edition2025, edition2026]) {
  edition.verdicts = editionVerdicts(STANDARD, {
    today: TODAY,
    edition: edition.year,
  });
}

/**
 * Two minutes before now: reads "as of 2 minutes ago". Taken when a fake
 * answers, not when the file loads: a long test run must not age it.
 */
export const twoMinutesAgo = () =>
  new Date(Date.now() - 2 * 60_000).toISOString();

/** Deliberately not sorted by dependents, so the page's own ordering shows. */
export const adoptionResponse: AdoptionResponse = {
  edition: 2026,
  asOf: twoMinutesAgo(),
  entities: 9,
  // End of life and removed count as deprecated.
  byStatus: { recommended: 7, experimental: 0, caution: 0, deprecated: 4 },
  tools: [
    {
      tool: 'calico',
      name: 'Calico',
      status: 'recommended',
      verdict: verdictOf('calico'),
      editionStatus: 'kept',
      dependents: 2,
      byOwner: { 'group:default/team-b': 2 },
    },
    {
      tool: 'ingress-nginx',
      name: 'Ingress NGINX Controller',
      // Past its end of life (March 2026): end of life, deprecated.
      status: 'deprecated',
      verdict: verdictOf('ingress-nginx'),
      editionStatus: 'caution',
      dependents: 3,
      byOwner: { 'group:default/team-a': 2, 'group:default/team-b': 1 },
      deadline: '2026-03',
      replacement: ['Gateway API'],
    },
    {
      tool: 'terraform',
      name: 'Terraform',
      status: 'recommended',
      verdict: verdictOf('terraform'),
      editionStatus: 'kept',
      dependents: 5,
      byOwner: { 'group:default/team-a': 4, 'group:default/team-b': 1 },
    },
    {
      tool: 'lens',
      name: 'Lens',
      status: 'deprecated',
      // Removed by 2026: the default migration window gives the deadline.
      verdict: verdictOf('lens'),
      editionStatus: 'removed',
      dependents: 1,
      byOwner: { unknown: 1 },
      deadline: '2026-12-18',
      replacement: ['Headlamp'],
    },
  ],
};

const component = (
  name: string,
  extra: Partial<Dependent> = {},
): Dependent => ({
  entityRef: `component:default/${name}`,
  kind: 'Component',
  type: 'service',
  declared: true,
  detected: false,
  ...extra,
});

/** The entities behind the counts above, in the order the server pages them. */
export const dependentsByTool: Record<string, Dependent[]> = {
  calico: [
    component('catalog-web', { owner: 'group:default/team-b' }),
    component('search', { owner: 'group:default/team-b' }),
  ],
  'ingress-nginx': [
    component('payments', { title: 'Payments', owner: 'group:default/team-a' }),
    component('checkout', { owner: 'group:default/team-a', detected: true }),
    {
      ...component('catalog-web', { owner: 'group:default/team-b' }),
      entityRef: 'component:shop/catalog-web',
      declared: false,
      detected: true,
    },
  ],
  terraform: [
    component('payments', { title: 'Payments', owner: 'group:default/team-a' }),
    component('checkout', { owner: 'group:default/team-a' }),
    component('ledger', { owner: 'group:default/team-a' }),
    component('billing', { owner: 'group:default/team-a' }),
    component('search', { owner: 'group:default/team-b' }),
  ],
  lens: [component('ops-console')],
};

/** The fake serves at most this many a page, so paging shows with little data. */
export const FAKE_PAGE_SIZE = 2;

/** `getToolDependents` over `dependentsByTool`; the cursor is an offset. */
export async function toolDependents(
  toolId: string,
  options: ToolDependentsOptions = {},
): Promise<ToolDependentsResponse> {
  const tool = adoptionResponse.tools.find(x => x.tool === toolId);
  const all = (dependentsByTool[toolId] ?? []).filter(
    d => !options.owner || d.owner === options.owner,
  );
  const offset = options.cursor ? Number(options.cursor) : 0;
  const end = offset + Math.min(options.limit ?? 50, FAKE_PAGE_SIZE);
  return {
    tool: toolId,
    name: tool?.name ?? toolId,
    status: tool?.status ?? 'recommended',
    verdict: tool?.verdict ?? verdictOf(toolId),
    asOf: twoMinutesAgo(),
    total: all.length,
    items: all.slice(offset, end),
    nextCursor: end < all.length ? String(end) : undefined,
  };
}

/** A fake API answering from the given editions; override any method. */
export function fakeApi(
  overrides: Partial<StandardArchitectureApi> = {},
  editions: EditionResponse[] = [edition2025, edition2026],
): jest.Mocked<StandardArchitectureApi> {
  const byYear = (year: number) => {
    const edition = editions.find(e => e.year === year);
    if (!edition) throw new Error(`No edition ${year}`);
    return edition;
  };
  return {
    getEditions: jest.fn(async () => ({
      current: editions[editions.length - 1].year,
      dataVersion: '1.4.0',
      contentHash: 'sha256:5f2c0d7e9a41',
      items: editions.map(e => ({
        year: e.year,
        title: e.title,
        source: e.source,
        published: e.published,
        toolCount: e.tools.length,
      })),
    })),
    getEdition: jest.fn(async (year: number) => byYear(year)),
    getDiff: jest.fn(async (from: number, to: number) =>
      diffEditions({ editions }, from, to),
    ),
    getAdoption: jest.fn(async () => ({
      ...adoptionResponse,
      asOf: twoMinutesAgo(),
    })),
    getToolDependents: jest.fn(toolDependents),
    getRecommendations: jest.fn(),
    getGroupReport: jest.fn(),
    getStatus: jest.fn(),
    refresh: jest.fn(),
    ...overrides,
  } as jest.Mocked<StandardArchitectureApi>;
}
