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
import { GroupReportResponse } from '@internal/plugin-standard-architecture-common';
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
      status: 'caution',
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
    expect(first.getByText('Caution')).toBeInTheDocument();
    expect(first.getByText('2000-03-31 (passed)')).toBeInTheDocument();
    expect(first.getByText('Move to Gateway API')).toBeInTheDocument();
    expect(first.getByText('Retired in March 2026.')).toBeInTheDocument();
    expect(first.getByText('declared')).toBeInTheDocument();

    expect(second.getByText('ledger').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/ledger',
    );
    expect(second.getByText('2999-06-30')).toBeInTheDocument();
    expect(second.getByText('detected')).toBeInTheDocument();

    expect(third.getByText('Back office').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/system/backoffice',
    );
    expect(third.getByText('Deprecated')).toBeInTheDocument();
    expect(third.getByText('No published deadline')).toBeInTheDocument();
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
  it('says a month deadline as a month, passed only once the month is over', async () => {
    // This month has not ended yet, though as strings '2026-03' < '2026-03-15'.
    const thisMonth = new Date().toISOString().slice(0, 7);
    const thisMonthText = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${thisMonth}-01T00:00:00Z`));
    const getGroupReport = jest.fn().mockResolvedValue({
      ...report,
      items: [
        { ...report.items[0], deadline: '2000-03' },
        { ...report.items[1], deadline: thisMonth },
      ],
      totalItems: 2,
    });
    await renderCard({ getGroupReport });
    const [first, second] = bodyRows(await screen.findByRole('table')).map(r =>
      within(r),
    );
    expect(first.getByText('March 2000 (passed)')).toHaveAttribute(
      'data-deadline',
      '2000-03',
    );
    expect(second.getByText(thisMonthText)).toHaveAttribute(
      'data-deadline',
      thisMonth,
    );
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
