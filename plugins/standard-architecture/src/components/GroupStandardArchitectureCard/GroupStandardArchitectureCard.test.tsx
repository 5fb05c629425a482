import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { errorApiRef } from '@backstage/core-plugin-api';
import {
  MockErrorApi,
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

const report: GroupReportResponse = {
  group: 'group:default/team-a',
  edition: 2026,
  entities: 3,
  // As the API orders it: earliest deadline first, then the most severe.
  items: [
    {
      entityRef: 'component:default/payments',
      title: 'Payments',
      tool: 'ingress-nginx',
      name: 'Ingress NGINX Controller',
      status: 'caution',
      deadline: '2000-03-31',
      replacement: ['Gateway API'],
      reason: { en: 'Retired in March 2026.', ko: '2026년 3월 지원 종료.' },
    },
    {
      entityRef: 'component:default/ledger',
      tool: 'kubeflow',
      name: 'Kubeflow',
      status: 'caution',
      deadline: '2999-06-30',
    },
    {
      entityRef: 'system:default/backoffice',
      title: 'Back office',
      tool: 'lens',
      name: 'Lens',
      status: 'deprecated',
      replacement: ['Headlamp'],
    },
  ],
};

async function renderCard(
  api: Partial<StandardArchitectureApi>,
  errorApi = new MockErrorApi({ collect: true }),
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [standardArchitectureApiRef, api],
        [errorApiRef, errorApi],
      ]}
    >
      <EntityProvider entity={group}>
        <GroupStandardArchitectureCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return errorApi;
}

describe('GroupStandardArchitectureCard', () => {
  it('shows the rollup as a table in deadline order', async () => {
    const getGroupReport = jest.fn().mockResolvedValue(report);
    await renderCard({ getGroupReport });
    expect(getGroupReport).toHaveBeenCalledWith('group:default/team-a');

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
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

    expect(second.getByText('ledger').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/ledger',
    );
    expect(second.getByText('2999-06-30')).toBeInTheDocument();

    expect(third.getByText('Back office').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/system/backoffice',
    );
    expect(third.getByText('Deprecated')).toBeInTheDocument();
    expect(third.getByText('No published deadline')).toBeInTheDocument();
    expect(third.getByText('Move to Headlamp')).toBeInTheDocument();

    expect(
      screen.getByText(
        'Deprecated and caution dependencies of the 3 entities this team owns, 2026 edition',
      ),
    ).toBeInTheDocument();
  });

  it('shows an empty state when the team has no risky dependency', async () => {
    await renderCard({
      getGroupReport: async () => ({ ...report, items: [] }),
    });
    expect(
      await screen.findByText('No deprecated or caution dependencies'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
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
});
