import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
import {
  GroupReportResponse,
  Tool,
  ToolVerdict,
  toolVerdict,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  StandardArchitectureApi,
  standardArchitectureApiRef,
} from '../../api/StandardArchitectureApi';
import { GroupStandardArchitectureCard } from './GroupStandardArchitectureCard';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const parentGroup: Entity = {
  ...group,
  spec: { type: 'team', children: ['team-a-web'] },
  relations: [{ type: 'parentOf', targetRef: 'group:default/team-a-web' }],
};

const asOf = new Date(Date.now() - 2 * 60_000).toISOString();

/** The day the backend judged the report on. */
const TODAY = '2026-06-01';

/**
 * A tool's verdict as the backend computes it, with the common toolVerdict:
 * in caution until `endOfLife` (then end of life), or removed by the 2026
 * edition (published 2025-12-18) with no deadline of its own.
 */
function verdictFor(status: 'caution' | 'removed', endOfLife?: string) {
  const tool: Tool = {
    id: 'tool',
    name: 'Tool',
    nameKo: '도구',
    category: 'ingress',
    license: 'Apache-2.0',
    status,
    statusReason: { en: 'Why', ko: '이유' },
    summary: { en: 'Tool', ko: '도구' },
    sources: {},
    ...(endOfLife && { endOfLife }),
  };
  const edition = {
    year: 2026,
    title: { en: '2026', ko: '2026' },
    source: 'https://yozm.wishket.com/magazine/detail/3510/',
    published: '2025-12-18',
    sections: ['L4/L7 네트워크 구현체'],
    summary: { en: '2026', ko: '2026' },
    layers: [
      {
        id: 'networking' as const,
        categories: [
          { id: 'ingress', name: { en: 'Ingress', ko: '인그레스' } },
        ],
      },
    ],
    tools: [tool],
  };
  const verdict: ToolVerdict = toolVerdict({ editions: [edition] }, 'tool', {
    today: TODAY,
  });
  return verdict;
}

const pastEndOfLife = verdictFor('caution', '2000-03-31');
const caution = verdictFor('caution', '2999-06-30');
const removed = verdictFor('removed');

const report: GroupReportResponse = {
  group: 'group:default/team-a',
  groups: ['group:default/team-a'],
  edition: 2026,
  entities: 3,
  totalItems: 3,
  asOf,
  // As the API orders it: earliest deadline first, then the most severe.
  items: [
    {
      entityRef: 'component:default/payments',
      title: 'Payments',
      owner: 'group:default/team-a',
      tool: 'ingress-nginx',
      name: 'Ingress NGINX Controller',
      status: 'deprecated',
      verdict: pastEndOfLife,
      deadline: '2000-03-31',
      replacement: ['Gateway API'],
      reason: { en: 'Retired in March 2026.', ko: '2026년 3월 지원 종료.' },
      declared: true,
      detected: false,
    },
    {
      entityRef: 'component:default/ledger',
      owner: 'group:default/team-a',
      tool: 'kubeflow',
      name: 'Kubeflow',
      status: 'caution',
      verdict: caution,
      deadline: '2999-06-30',
      declared: false,
      detected: true,
    },
    {
      entityRef: 'system:default/backoffice',
      title: 'Back office',
      owner: 'group:default/team-a',
      tool: 'lens',
      name: 'Lens',
      status: 'deprecated',
      verdict: removed,
      deadline: removed.deadline,
      replacement: ['Headlamp'],
      declared: true,
      detected: true,
    },
  ],
};

/** The same report with a child group, served in two pages. */
const withChildren = (cursor?: string): GroupReportResponse => {
  const child = {
    ...report.items[1],
    entityRef: 'component:default/web-shop',
    owner: 'group:default/team-a-web',
  };
  const all = [...report.items, child];
  return {
    ...report,
    groups: ['group:default/team-a', 'group:default/team-a-web'],
    entities: 5,
    totalItems: all.length,
    items: cursor ? all.slice(2) : all.slice(0, 2),
    nextCursor: cursor ? undefined : 'next-page',
  };
};

async function renderCard(
  api: Partial<StandardArchitectureApi>,
  entity: Entity = group,
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
        <GroupStandardArchitectureCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return errorApi;
}

const bodyRows = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1);

describe('GroupStandardArchitectureCard', () => {
  it('shows the first page of the rollup as a table in deadline order, with scope and freshness', async () => {
    const getGroupReport = jest.fn().mockResolvedValue(report);
    await renderCard({ getGroupReport });

    const table = await screen.findByRole('table');
    expect(getGroupReport).toHaveBeenCalledTimes(1);
    expect(getGroupReport).toHaveBeenCalledWith('group:default/team-a', {
      includeChildGroups: true,
      limit: 25,
      cursor: undefined,
    });
    const rows = bodyRows(table);
    expect(rows.map(r => r.getAttribute('data-tool'))).toEqual([
      'ingress-nginx',
      'kubeflow',
      'lens',
    ]);

    const [first, second, third] = rows.map(r => within(r));
    expect(first.getByText('Payments').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/payments',
    );
    expect(
      first.getByText('Ingress NGINX Controller').closest('a'),
    ).toHaveAttribute('href', '/catalog/default/component/ingress-nginx');
    // One verdict per row, by its label: past its end of life, "End of life".
    const verdicts = rows.map(r =>
      Array.from(r.querySelectorAll('[data-verdict]')).map(
        chip => chip.textContent,
      ),
    );
    expect(verdicts).toEqual([['End of life'], ['Caution'], ['Removed']]);
    // Each row's deadline, words kept whole (the date is one word).
    const deadlineOf = (row: HTMLElement) =>
      row.querySelector<HTMLElement>('[data-deadline]');
    const passed = deadlineOf(rows[0])!;
    expect(passed).toHaveTextContent(
      /^Deadline passed: 2000-03-31 \(from the standard\)$/,
    );
    expect(passed).toHaveAttribute('data-overdue', 'true');
    expect(passed).toHaveStyle({ color: '#c62828' });
    expect(table).not.toHaveTextContent('(passed)');
    expect(first.getByText('Move to Gateway API')).toBeInTheDocument();
    expect(first.getByText('Retired in March 2026.')).toBeInTheDocument();
    expect(first.getByText('declared')).toBeInTheDocument();

    expect(second.getByText('ledger').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/ledger',
    );
    expect(deadlineOf(rows[1])).toHaveTextContent(
      /^Deadline 2999-06-30 \(from the standard\)$/,
    );
    expect(deadlineOf(rows[1])).toHaveAttribute('data-overdue', 'false');
    expect(second.getByText('detected')).toBeInTheDocument();

    expect(third.getByText('Back office').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/system/backoffice',
    );
    // Removed with no deadline of its own: the default migration window.
    expect(deadlineOf(rows[2])).toHaveTextContent(
      /^Deadline 2026-12-18 \(default migration window\)$/,
    );
    expect(third.queryByText('No published deadline')).not.toBeInTheDocument();
    expect(third.getByText('Move to Headlamp')).toBeInTheDocument();

    // One team: no owner column, no child-group switch.
    expect(
      within(table).queryByRole('columnheader', { name: 'Owner' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Deprecated and caution dependencies of the 3 entities this team owns, 2026 edition',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByTestId('standard-architecture-groups'),
    ).toHaveTextContent('Covers: team-a');
    expect(screen.getByText('as of 2 minutes ago')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('covers the child groups by default, names them, and loads the next page on request', async () => {
    const getGroupReport = jest.fn(
      async (_ref: string, options?: { cursor?: string }) =>
        withChildren(options?.cursor),
    );
    await renderCard({ getGroupReport }, parentGroup);

    const table = await screen.findByRole('table');
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Include child groups' }),
    ).toBeInTheDocument();
    const covered = screen.getByTestId('standard-architecture-groups');
    expect(covered).toHaveTextContent('Covers: team-a, team-a-web');
    expect(
      within(covered).getByRole('link', { name: 'team-a-web' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-a-web');
    expect(
      screen.getByText(
        'Deprecated and caution dependencies of the 5 entities these teams own, 2026 edition',
      ),
    ).toBeInTheDocument();
    // Several teams: each row says whose it is.
    expect(
      within(table).getByRole('columnheader', { name: 'Owner' }),
    ).toBeInTheDocument();
    expect(bodyRows(table)).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 4')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(4));
    expect(getGroupReport).toHaveBeenCalledTimes(2);
    expect(getGroupReport).toHaveBeenLastCalledWith('group:default/team-a', {
      includeChildGroups: true,
      limit: 25,
      cursor: 'next-page',
    });
    const last = bodyRows(table)[3];
    expect(last).toHaveAttribute(
      'data-entity-ref',
      'component:default/web-shop',
    );
    expect(within(last).getByText('team-a-web')).toBeInTheDocument();
    expect(screen.getByText('Showing 4 of 4')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('starts over from the first page for the team alone when child groups are switched off', async () => {
    const getGroupReport = jest.fn(
      async (_ref: string, options?: { includeChildGroups?: boolean }) =>
        options?.includeChildGroups ? withChildren() : report,
    );
    await renderCard({ getGroupReport }, parentGroup);
    await screen.findByText('Showing 2 of 4');

    await userEvent.click(screen.getByRole('checkbox'));
    expect(await screen.findByText('Showing 3 of 3')).toBeInTheDocument();
    expect(getGroupReport).toHaveBeenLastCalledWith('group:default/team-a', {
      includeChildGroups: false,
      limit: 25,
      cursor: undefined,
    });
    expect(screen.getByRole('checkbox')).not.toBeChecked();
    expect(
      screen.getByTestId('standard-architecture-groups'),
    ).toHaveTextContent('Covers: team-a');
  });

  it('shows an empty state when the team has no risky dependency', async () => {
    await renderCard({
      getGroupReport: async () => ({ ...report, items: [], totalItems: 0 }),
    });
    expect(
      await screen.findByText('No deprecated or caution dependencies'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the usage index has not been built yet', async () => {
    const { asOf: _absent, ...notIndexed } = report;
    await renderCard({
      getGroupReport: async () => ({ ...notIndexed, items: [], totalItems: 0 }),
    });
    expect(await screen.findByText('not indexed yet')).toBeInTheDocument();
  });

  it('posts a failure to the error API and shows an error panel', async () => {
    const errorApi = await renderCard({
      getGroupReport: async () => {
        throw new Error('backend down');
      },
    });
    expect(
      await screen.findByText(
        /Could not load the Kubernetes Standard Architecture/,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(errorApi.getErrors().map(e => e.error.message)).toEqual([
        'backend down',
      ]),
    );
  });
  it('says a month deadline as a month, and passed only when the verdict says so', async () => {
    const getGroupReport = jest.fn().mockResolvedValue({
      ...report,
      items: [
        {
          ...report.items[0],
          verdict: verdictFor('caution', '2000-03'),
          deadline: '2000-03',
        },
        {
          ...report.items[1],
          verdict: verdictFor('caution', '2999-06'),
          deadline: '2999-06',
        },
      ],
      totalItems: 2,
    });
    await renderCard({ getGroupReport });
    const [first, second] = bodyRows(await screen.findByRole('table')).map(r =>
      within(r),
    );
    expect(
      first.getByText('Deadline passed: March 2000 (from the standard)'),
    ).toHaveAttribute('data-deadline', '2000-03');
    expect(
      second.getByText('Deadline June 2999 (from the standard)'),
    ).toHaveAttribute('data-overdue', 'false');
    expect(second.queryByText(/passed/)).not.toBeInTheDocument();
  });

  it('links the tools to their entities in the configured namespace', async () => {
    await renderCard(
      { getGroupReport: jest.fn().mockResolvedValue(report) },
      group,
      undefined,
      { standardArchitecture: { entityNamespace: 'k8s-standard' } },
    );
    const [first] = bodyRows(await screen.findByRole('table')).map(r =>
      within(r),
    );
    expect(
      first.getByText('Ingress NGINX Controller').closest('a'),
    ).toHaveAttribute('href', '/catalog/k8s-standard/component/ingress-nginx');
    // The entities themselves keep their own namespace.
    expect(first.getByText('Payments').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/payments',
    );
  });
});
