import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { configApiRef, errorApiRef } from '@backstage/core-plugin-api';
import {
  MockErrorApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import userEvent from '@testing-library/user-event';
import {
  ANNOTATIONS,
  Dependent,
  EditionResponse,
  editionVerdicts,
  Tool,
  ToolDependentsResponse,
  toolVerdict,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  StandardArchitectureApi,
  standardArchitectureApiRef,
  ToolDependentsOptions,
} from '../../api/StandardArchitectureApi';
import {
  EntityStandardToolContent,
  isStandardTool,
} from './EntityStandardToolContent';

const text = (en: string) => ({ en, ko: `${en} (ko)` });

/**
 * The day the backend judged the verdicts on: before the end of Lens's
 * default migration window (2026-12-18), after Ingress NGINX's end of life.
 */
const TODAY = '2026-06-01';

/** Each edition's article, which `{ section }` sources point into. */
const ARTICLES: Record<number, string> = {
  2023: 'https://yozm.wishket.com/magazine/detail/1998/',
  2024: 'https://github.com/sysnet4admin/_Book_k8sInfra/tree/main/docs/k8s-stnd-arch/2024',
  2025: 'https://yozm.wishket.com/magazine/detail/2900/',
  2026: 'https://yozm.wishket.com/magazine/detail/3510/',
};

/** The heading Kubernetes UIs are listed under, per edition, as printed. */
const UI_SECTION: Record<number, string> = {
  2023: '사용성 간편화 도구',
  2024: '사용성 간편화 도구',
  2025: '사용성 간편화 도구',
  2026: '쿠버네티스 통합 개발 환경(IDE) 도구',
};

const fromSection = (
  year: number,
  facts: Array<keyof Tool['sources']>,
): Tool['sources'] =>
  Object.fromEntries(facts.map(fact => [fact, { section: UI_SECTION[year] }]));

const lensTool = (
  year: number,
  status: Tool['status'],
  extra: Partial<Tool> = {},
): Tool => ({
  id: 'lens',
  name: 'Lens',
  nameKo: '렌즈',
  category: 'kubernetes-ui',
  license: 'MIT',
  status,
  summary: text('A popular desktop GUI for managing several clusters.'),
  sources: fromSection(year, ['status', 'license']),
  ...extra,
});

const headlamp: Tool = {
  id: 'headlamp',
  name: 'Headlamp',
  nameKo: '헤드램프',
  category: 'kubernetes-ui',
  license: 'Apache-2.0',
  status: 'added',
  statusReason: text('Replaces Lens.'),
  summary: text('A web UI for Kubernetes.'),
  sources: fromSection(2023, ['status', 'license']),
};

function edition(
  year: number,
  tools: Tool[],
  lifecycles = {},
): EditionResponse {
  const response: EditionResponse = {
    year,
    title: text(`Edition ${year}`),
    source: ARTICLES[year],
    published: `${year - 1}-12-18`,
    sections: [UI_SECTION[year], 'L4/L7 네트워크 구현체'],
    summary: text('Summary'),
    layers: [
      {
        id: 'operations',
        categories: [{ id: 'kubernetes-ui', name: text('Kubernetes UI') }],
      },
    ],
    tools,
    current: year === 2026,
    lifecycles,
    verdicts: {},
  };
  // As the backend judges them, with the common function.
  response.verdicts = editionVerdicts(
    { editions: [response] },
    { today: TODAY },
  );
  return response;
}

const editions: Record<number, EditionResponse> = {
  2023: edition(2023, [headlamp]),
  2024: edition(2024, [
    lensTool(2024, 'added', { statusReason: text('Picked for 2024.') }),
  ]),
  2025: edition(2025, [lensTool(2025, 'kept')], { lens: 'production' }),
  2026: edition(
    2026,
    [
      lensTool(2026, 'removed', {
        license: 'LicenseRef-Lens-Proprietary',
        statusReason: text('Dropped because its source has been closed.'),
        replacedBy: ['headlamp'],
        stars: { count: 23400, asOf: '2025-12-18' },
        sources: {
          ...fromSection(2026, ['status', 'replacedBy', 'stars']),
          license: {
            url: 'https://k8slens.dev/legal/additional-terms-desktop-20231016',
            checked: '2026-12-03',
            note: 'The article prints only “see text”.',
          },
        },
      }),
      headlamp,
    ],
    { lens: 'deprecated', headlamp: 'production' },
  ),
};

const asOf = new Date(Date.now() - 2 * 60_000).toISOString();

const dependent = (
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

const lensVerdict = toolVerdict(
  { editions: [2023, 2024, 2025, 2026].map(year => editions[year]) },
  'lens',
  { today: TODAY },
);

/** Two pages: the first names its owner, the second has none. */
const dependentPages: Record<string, ToolDependentsResponse> = {
  first: {
    tool: 'lens',
    name: 'Lens',
    status: 'deprecated',
    verdict: lensVerdict,
    asOf,
    total: 3,
    items: [
      dependent('payments', {
        title: 'Payments',
        owner: 'group:default/team-a',
      }),
      dependent('ledger', { owner: 'group:default/team-a', detected: true }),
    ],
    nextCursor: 'page-2',
  },
  'page-2': {
    tool: 'lens',
    name: 'Lens',
    status: 'deprecated',
    verdict: lensVerdict,
    asOf,
    total: 3,
    items: [dependent('dashboard', { declared: false, detected: true })],
  },
};

function toolEntity(overrides: Partial<Entity> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'lens-desktop',
      annotations: {
        [ANNOTATIONS.toolId]: 'lens',
        // Written by the standard's provider: only then is it a standard tool.
        [ANNOTATIONS.provider]: 'standard-architecture-provider:default',
      },
    },
    spec: {
      type: 'tool',
      lifecycle: 'deprecated',
      owner: 'group:default/platform',
    },
    relations: [
      { type: 'dependencyOf', targetRef: 'component:default/payments' },
      { type: 'dependencyOf', targetRef: 'component:default/dashboard' },
      { type: 'ownedBy', targetRef: 'group:default/platform' },
    ],
    ...overrides,
  };
}

function fakeApi(overrides: Partial<StandardArchitectureApi> = {}) {
  return {
    // Deliberately out of order.
    getEditions: jest.fn(async () => ({
      current: 2026,
      dataVersion: '1.4.0',
      contentHash: 'sha256:7c1e5b20aa93',
      items: [2026, 2023, 2025, 2024].map(year => ({
        year,
        title: text(String(year)),
        source: ARTICLES[year],
        published: `${year}-01-01`,
        toolCount: editions[year].tools.length,
      })),
    })),
    getEdition: jest.fn(async (year: number) => editions[year]),
    getToolDependents: jest.fn(
      async (_toolId: string, options?: ToolDependentsOptions) =>
        dependentPages[options?.cursor ?? 'first'],
    ),
    ...overrides,
  };
}

async function renderTab(
  api: Partial<StandardArchitectureApi>,
  entity: Entity = toolEntity(),
  errorApi = new MockErrorApi({ collect: true }),
  config: object = {},
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [standardArchitectureApiRef, api],
        [errorApiRef, errorApi],
        [configApiRef, mockApis.config({ data: config })],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityStandardToolContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return errorApi;
}

describe('isStandardTool', () => {
  it('is true only for Components of type tool', () => {
    expect(isStandardTool(toolEntity())).toBe(true);
    expect(isStandardTool(toolEntity({ spec: { type: 'service' } }))).toBe(
      false,
    );
    expect(isStandardTool(toolEntity({ kind: 'Resource' }))).toBe(false);
  });
});

describe('EntityStandardToolContent', () => {
  it('fetches every edition and shows the history sorted by year', async () => {
    const api = fakeApi();
    await renderTab(api);
    const table = await screen.findByRole('table', {
      name: 'History across editions',
    });
    expect(api.getEdition).toHaveBeenCalledTimes(4);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.getAttribute('data-year'))).toEqual([
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(within(rows[0]).getByText('Not listed')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Added')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Picked for 2024.')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Kept')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Removed')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Kubernetes UI')).toBeInTheDocument();
    // Each edition's status, labelled as such: outlined chips, never verdicts.
    expect(
      within(table).getByRole('columnheader', { name: 'In that edition' }),
    ).toBeInTheDocument();
    expect(table.querySelector('[data-verdict]')).toBeNull();
    const statuses = Array.from(
      table.querySelectorAll<HTMLElement>('[data-edition-status]'),
    );
    expect(statuses.map(chip => chip.dataset.editionStatus)).toEqual([
      'added',
      'kept',
      'removed',
    ]);
    for (const chip of statuses) {
      expect(chip.className).toMatch(/MuiChip-outlined/);
    }
  });

  it('shows one verdict, today’s, with its deadline and where it comes from', async () => {
    await renderTab(fakeApi());
    const headline = (await screen.findByText('Status in the 2026 edition'))
      .parentElement!;
    expect(
      Array.from(document.querySelectorAll('[data-verdict]')).map(
        chip => chip.textContent,
      ),
    ).toEqual(['Removed']);
    // Removed in 2026 with no deadline of its own: the default window.
    expect(
      within(headline).getByText(
        'Deadline 2026-12-18 (default migration window)',
      ),
    ).toHaveAttribute('data-overdue', 'false');
    expect(screen.queryByText('No published deadline')).not.toBeInTheDocument();
  });

  it('shows the rationale, the status reason and the replacement of the tool id in the annotation', async () => {
    await renderTab(fakeApi());
    expect(await screen.findByText('Lens')).toBeInTheDocument();
    expect(
      screen.getByText('A popular desktop GUI for managing several clusters.'),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('Dropped because its source has been closed.').length,
    ).toBeGreaterThan(0);
    const replacement = screen.getByRole('region', { name: 'Replacement' });
    expect(
      within(replacement).getByText('Headlamp').closest('a'),
    ).toHaveAttribute('href', '/catalog/default/component/headlamp');
    expect(screen.getByText('Status in the 2026 edition')).toBeInTheDocument();
    expect(
      screen.getByText('Catalog lifecycle: deprecated'),
    ).toBeInTheDocument();
  });

  it('pages through the dependents of the tool from the usage index, with its freshness', async () => {
    const api = fakeApi();
    await renderTab(api);
    const table = await screen.findByRole('table', {
      name: 'Who depends on it',
    });
    // The tool id comes from the annotation, not the entity name.
    expect(api.getToolDependents).toHaveBeenCalledTimes(1);
    expect(api.getToolDependents).toHaveBeenCalledWith('lens', {
      owner: undefined,
      limit: 50,
      cursor: undefined,
    });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows().map(r => r.getAttribute('data-entity-ref'))).toEqual([
      'component:default/payments',
      'component:default/ledger',
    ]);
    expect(
      within(rows()[0]).getByText('Payments').closest('a'),
    ).toHaveAttribute('href', '/catalog/default/component/payments');
    // The owner by name, linked; never the raw ref.
    expect(within(rows()[0]).getByText('team-a').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/group/team-a',
    );
    expect(table).not.toHaveTextContent('group:default/team-a');
    expect(
      within(rows()[1]).getByLabelText(
        'How this usage is known: declared, detected',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('as of 2 minutes ago')).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 3')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(api.getToolDependents).toHaveBeenCalledTimes(2);
    expect(api.getToolDependents).toHaveBeenLastCalledWith('lens', {
      owner: undefined,
      limit: 50,
      cursor: 'page-2',
    });
    expect(
      within(rows()[2]).getByText('dashboard').closest('a'),
    ).toHaveAttribute('href', '/catalog/default/component/dashboard');
    expect(within(rows()[2]).getByText('Unknown owner')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the loaded dependents when the next page fails, and retries it', async () => {
    const getToolDependents = jest
      .fn()
      .mockResolvedValueOnce(dependentPages.first)
      .mockRejectedValueOnce(new Error('index busy'))
      .mockResolvedValueOnce(dependentPages['page-2']);
    const errorApi = await renderTab(fakeApi({ getToolDependents }));
    await screen.findByRole('table', { name: 'Who depends on it' });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      await screen.findByText('The next page could not be loaded: index busy'),
    ).toBeInTheDocument();
    expect(screen.getByText('Payments')).toBeInTheDocument();
    expect(errorApi.getErrors().map(e => e.error.message)).toContain(
      'index busy',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('dashboard')).toBeInTheDocument();
    expect(getToolDependents).toHaveBeenCalledTimes(3);
    expect(getToolDependents).toHaveBeenLastCalledWith('lens', {
      owner: undefined,
      limit: 50,
      cursor: 'page-2',
    });
  });

  it('falls back to the entity name and shows the successor and alternatives', async () => {
    const ingress: Tool = {
      id: 'ingress-nginx',
      name: 'Ingress NGINX Controller',
      nameKo: '인그레스 엔진엑스 컨트롤러',
      category: 'kubernetes-ui',
      license: 'Apache-2.0',
      status: 'caution',
      statusReason: text('Its retirement was announced in November 2025.'),
      successor: {
        name: 'Gateway API',
        url: 'https://gateway-api.sigs.k8s.io/',
      },
      alternatives: [
        {
          name: 'Envoy Gateway',
          reason: text('No winner yet, decided in 2027.'),
        },
      ],
      summary: text('The most used ingress controller.'),
      sources: {
        status: { section: 'L4/L7 네트워크 구현체' },
        license: { section: 'L4/L7 네트워크 구현체' },
        successor: { section: 'L4/L7 네트워크 구현체' },
      },
    };
    const api = fakeApi({
      getEditions: async () => ({
        current: 2026,
        contentHash: 'sha256:7c1e5b20aa93',
        items: [
          {
            year: 2026,
            title: text('2026'),
            source: ARTICLES[2026],
            published: '2025-12-18',
            toolCount: 1,
          },
        ],
      }),
      getEdition: async () =>
        edition(2026, [ingress], { 'ingress-nginx': 'production' }),
      getToolDependents: jest.fn(async () => ({
        tool: 'ingress-nginx',
        name: 'Ingress NGINX Controller',
        status: 'caution' as const,
        verdict: { verdict: 'caution' as const, severity: 'warning' as const },
        total: 0,
        items: [],
      })),
    });
    await renderTab(
      api,
      toolEntity({
        metadata: { name: 'ingress-nginx' },
        relations: [],
      }),
    );
    expect(
      await screen.findByText('Ingress NGINX Controller'),
    ).toBeInTheDocument();
    expect(screen.getByText('Status in the 2026 edition')).toBeInTheDocument();
    expect(screen.getAllByText('Caution').length).toBeGreaterThan(0);
    expect(screen.getByText('Gateway API').closest('a')).toHaveAttribute(
      'href',
      'https://gateway-api.sigs.k8s.io/',
    );
    const alternatives = screen.getByRole('region', {
      name: 'Alternatives considered',
    });
    expect(within(alternatives).getByText('Envoy Gateway')).toBeInTheDocument();
    expect(
      within(alternatives).getByText('No winner yet, decided in 2027.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No entity in the catalog depends on this tool.'),
    ).toBeInTheDocument();
    // Before the first sync the index cannot know; it says so.
    expect(screen.getByText('not indexed yet')).toBeInTheDocument();
  });

  it('posts a failure to the error API and shows an error panel', async () => {
    const errorApi = await renderTab(
      fakeApi({
        getEditions: async () => {
          throw new Error('backend down');
        },
      }),
    );
    expect(
      await screen.findByText(
        /Could not load the Kubernetes Standard Architecture/,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(errorApi.getErrors().map(e => e.error.message)).toContain(
        'backend down',
      ),
    );
  });

  it('says when the tool is in no edition and still lists dependents', async () => {
    await renderTab(
      fakeApi(),
      toolEntity({ metadata: { name: 'unknown-tool' } }),
    );
    expect(
      await screen.findByText(
        /The tool unknown-tool appears in no edition of the standard\./,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Who depends on it' }),
    ).toBeInTheDocument();
  });
  describe('sources of the facts', () => {
    const expectNewTab = (link: HTMLElement) => {
      expect(link).toHaveTextContent(/^source$/);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    };

    it('links the status to its section of the current edition’s article', async () => {
      await renderTab(fakeApi());
      const headline = (await screen.findByText('Status in the 2026 edition'))
        .parentElement!;
      const status = within(headline).getByRole('link', {
        name: 'Source of the status',
      });
      expectNewTab(status);
      expect(status).toHaveAttribute('href', ARTICLES[2026]);
      expect(status).toHaveAttribute(
        'title',
        'Article, section “쿠버네티스 통합 개발 환경(IDE) 도구”',
      );
    });

    it('shows the license and stars of the latest edition with their sources, a checked page for the license', async () => {
      await renderTab(fakeApi());
      const facts = await screen.findByRole('region', {
        name: 'Facts from the 2026 edition',
      });
      expect(within(facts).getByTestId('tool-license')).toHaveTextContent(
        'LicenseRef-Lens-Proprietary',
      );
      const license = within(facts).getByRole('link', {
        name: 'Source of the license',
      });
      expectNewTab(license);
      expect(license).toHaveAttribute(
        'href',
        'https://k8slens.dev/legal/additional-terms-desktop-20231016',
      );
      expect(license).toHaveAttribute(
        'title',
        'checked 2026-12-03: The article prints only “see text”.',
      );
      expect(facts).toHaveTextContent('23,400 as of 2025-12-18');
      expect(
        within(facts).getByRole('link', { name: 'Source of the star count' }),
      ).toHaveAttribute('href', ARTICLES[2026]);
      // No end of life published: neither the fact nor a source.
      expect(facts).not.toHaveTextContent('End of life');

      const replacement = screen.getByRole('region', { name: 'Replacement' });
      const replacedBy = within(replacement).getByRole('link', {
        name: 'Source of the replacement',
      });
      expectNewTab(replacedBy);
      expect(replacedBy).toHaveAttribute('href', ARTICLES[2026]);
    });

    it('links each year’s status in the history to that edition’s article', async () => {
      await renderTab(fakeApi());
      const table = await screen.findByRole('table', {
        name: 'History across editions',
      });
      const links = within(table).getAllByRole('link', {
        name: 'Source of the status',
      });
      // 2023 does not list Lens: no status, no source.
      expect(
        links.map(link => link.closest('tr')!.getAttribute('data-year')),
      ).toEqual(['2024', '2025', '2026']);
      expect(links.map(link => link.getAttribute('href'))).toEqual([
        ARTICLES[2024],
        ARTICLES[2025],
        ARTICLES[2026],
      ]);
      expect(links[0]).toHaveAttribute(
        'title',
        'Article, section “사용성 간편화 도구”',
      );
    });

    it('says an end of life given as a month, with its source', async () => {
      const ingress: Tool = {
        id: 'ingress-nginx',
        name: 'Ingress NGINX Controller',
        nameKo: '인그레스 엔진엑스 컨트롤러',
        category: 'kubernetes-ui',
        license: 'Apache-2.0',
        status: 'caution',
        statusReason: text('Its retirement was announced in November 2025.'),
        endOfLife: '2026-03',
        summary: text('The most used ingress controller.'),
        sources: {
          status: { section: 'L4/L7 네트워크 구현체' },
          license: { section: 'L4/L7 네트워크 구현체' },
          endOfLife: {
            url: 'https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/',
            checked: '2026-12-02',
          },
        },
      };
      await renderTab(
        fakeApi({
          getEdition: jest.fn(async (year: number) =>
            year === 2026
              ? edition(2026, [ingress], { 'ingress-nginx': 'production' })
              : editions[year],
          ),
        }),
        toolEntity({ metadata: { name: 'ingress-nginx' }, relations: [] }),
      );
      const facts = await screen.findByRole('region', {
        name: 'Facts from the 2026 edition',
      });
      // Past its end of life: one verdict, "End of life", overdue in red.
      expect(
        Array.from(document.querySelectorAll('[data-verdict]')).map(
          chip => chip.textContent,
        ),
      ).toEqual(['End of life']);
      expect(
        screen.getByText('Deadline passed: March 2026 (from the standard)'),
      ).toHaveStyle({ color: '#c62828' });
      const endOfLife = facts.querySelector('[data-end-of-life]')!;
      expect(endOfLife).toHaveAttribute('data-end-of-life', '2026-03');
      expect(endOfLife).toHaveTextContent(/^March 2026source$/);
      const link = within(facts).getByRole('link', {
        name: 'Source of the end of life',
      });
      expect(link).toHaveAttribute(
        'href',
        'https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/',
      );
      expect(link).toHaveAttribute('title', 'checked 2026-12-02');
    });
  });

  it('links the replacement to its entity in the configured namespace', async () => {
    await renderTab(fakeApi(), toolEntity(), undefined, {
      standardArchitecture: { entityNamespace: 'k8s-standard' },
    });
    const replacement = await screen.findByRole('region', {
      name: 'Replacement',
    });
    expect(
      within(replacement).getByText('Headlamp').closest('a'),
    ).toHaveAttribute('href', '/catalog/k8s-standard/component/headlamp');
  });
});
