import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EditionResponse,
  editionVerdicts,
  Tool,
} from '@k8s-standard/plugin-standard-architecture-common';
import { LicensesTab } from './LicensesTab';

const text = (en: string) => ({ en, ko: `${en} (ko)` });

const tool = (
  id: string,
  name: string,
  license: string,
  section: string,
): Tool => ({
  id,
  name,
  nameKo: `${name} (ko)`,
  category: 'logging',
  license,
  status: 'kept',
  summary: text(`${name}.`),
  sources: { status: { section }, license: { section } },
});

/** The 2025 edition's licenses as printed, a few tools of it. */
const edition2025: EditionResponse = {
  year: 2025,
  title: text('Kubernetes Standard Architecture 2025'),
  source: 'https://yozm.wishket.com/magazine/detail/2900/',
  published: '2024-12-20',
  sections: ['로그 파이프라인', 'API 서버 로드밸런서', '클러스터 프로비저너'],
  summary: text('The 2025 edition.'),
  layers: [
    {
      id: 'observability',
      categories: [{ id: 'logging', name: text('Logging') }],
    },
  ],
  tools: [
    tool(
      'elasticsearch',
      'Elasticsearch',
      'AGPL-3.0-only OR SSPL-1.0 OR Elastic-2.0',
      '로그 파이프라인',
    ),
    tool(
      'haproxy',
      'HAProxy',
      'GPL-2.0-or-later AND LGPL-2.1-only',
      'API 서버 로드밸런서',
    ),
    tool('terraform', 'Terraform', 'BUSL-1.1', '클러스터 프로비저너'),
    tool('fluent-bit', 'Fluent Bit', 'Apache-2.0', '로그 파이프라인'),
    tool('loki', 'Loki', 'AGPL-3.0-only', '로그 파이프라인'),
  ],
  current: true,
  lifecycles: {},
  verdicts: {},
};
// As the backend judges them; every tool here is kept, so recommended.
edition2025.verdicts = editionVerdicts(
  { editions: [edition2025] },
  { today: '2025-06-01' },
);

async function renderTab(licensePolicy?: object) {
  const onOpen = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          configApiRef,
          mockApis.config({
            data: licensePolicy
              ? { standardArchitecture: { licensePolicy } }
              : {},
          }),
        ],
      ]}
    >
      <LicensesTab edition={edition2025} onOpen={onOpen} />
    </TestApiProvider>,
  );
  return onOpen;
}

const itemOf = (list: HTMLElement, toolId: string) =>
  list.querySelector<HTMLElement>(`[data-tool="${toolId}"]`);

describe('LicensesTab', () => {
  it('accepts a tool under “A OR B OR C” when one alternative is allowed, shows the whole expression and which alternative passes', async () => {
    const onOpen = await renderTab({
      allowed: ['Apache-2.0', 'MIT', 'Elastic-2.0', 'GPL-2.0-or-later'],
      flagged: ['AGPL-3.0-only', 'SSPL-1.0', 'BUSL-1.1'],
    });

    // Only tools flagged as a whole: Elasticsearch may be used under Elastic-2.0.
    const flagged = screen.getByRole('list', {
      name: 'Tools under a flagged license',
    });
    expect(
      within(flagged)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Terraform', 'Loki']);
    expect(itemOf(flagged, 'elasticsearch')).toBeNull();

    const expressions = screen.getByRole('list', {
      name: 'Tools under a license expression',
    });
    const elasticsearch = itemOf(expressions, 'elasticsearch')!;
    expect(elasticsearch).toHaveAttribute('data-license-policy', 'allowed');
    expect(within(elasticsearch).getByText('Allowed')).toBeInTheDocument();
    expect(
      within(elasticsearch).getByTestId('license-expression'),
    ).toHaveTextContent('AGPL-3.0-only OR SSPL-1.0 OR Elastic-2.0');
    expect(
      within(elasticsearch).getByTestId('license-explanation'),
    ).toHaveTextContent('Acceptable under Elastic-2.0');

    await userEvent.click(
      within(elasticsearch).getByRole('button', { name: 'Elasticsearch' }),
    );
    expect(onOpen).toHaveBeenCalledWith('elasticsearch');

    // The table still counts per license id, and the ids keep their own verdict.
    const table = screen.getByRole('table', {
      name: 'Licenses in the 2025 edition',
    });
    const agpl = table.querySelector<HTMLElement>(
      '[data-license="AGPL-3.0-only"]',
    )!;
    expect(within(agpl).getByTestId('license-count')).toHaveTextContent('2');
    expect(within(agpl).getByText('Flagged')).toBeInTheDocument();
  });

  it('requires every part of “A AND B” to be allowed and names the part that is not', async () => {
    await renderTab({
      allowed: ['Apache-2.0', 'GPL-2.0-or-later'],
      flagged: ['BUSL-1.1'],
    });
    const expressions = screen.getByRole('list', {
      name: 'Tools under a license expression',
    });
    const haproxy = itemOf(expressions, 'haproxy')!;
    expect(haproxy).toHaveAttribute('data-license-policy', 'notAllowed');
    expect(
      within(haproxy).getByText('Not in the allowed list'),
    ).toBeInTheDocument();
    expect(within(haproxy).getByTestId('license-expression')).toHaveTextContent(
      'GPL-2.0-or-later AND LGPL-2.1-only',
    );
    expect(
      within(haproxy).getByTestId('license-explanation'),
    ).toHaveTextContent(
      'Every part must be acceptable; not acceptable: LGPL-2.1-only',
    );
    // No alternative of Elasticsearch is in the allowed list either.
    expect(
      within(itemOf(expressions, 'elasticsearch')!).getByTestId(
        'license-explanation',
      ),
    ).toHaveTextContent('No alternative is acceptable');
  });

  it('accepts “A AND B” when both parts are allowed', async () => {
    await renderTab({
      allowed: ['GPL-2.0-or-later', 'LGPL-2.1-only'],
    });
    const haproxy = itemOf(
      screen.getByRole('list', { name: 'Tools under a license expression' }),
      'haproxy',
    )!;
    expect(haproxy).toHaveAttribute('data-license-policy', 'allowed');
    expect(
      within(haproxy).getByTestId('license-explanation'),
    ).toHaveTextContent('Every part is acceptable');
  });

  it('flags a tool under an OR only when every alternative is flagged', async () => {
    await renderTab({ flagged: ['AGPL-3.0-only', 'SSPL-1.0', 'Elastic-2.0'] });
    const flagged = screen.getByRole('list', {
      name: 'Tools under a flagged license',
    });
    const elasticsearch = itemOf(flagged, 'elasticsearch')!;
    expect(elasticsearch).toHaveAttribute('data-license-policy', 'flagged');
    expect(
      within(elasticsearch).getByTestId('license-explanation'),
    ).toHaveTextContent('No alternative is acceptable');
  });

  it('with only a flagged list, passes an OR on the alternatives that are not flagged', async () => {
    await renderTab({ flagged: ['AGPL-3.0-only'] });
    expect(
      within(
        screen.getByRole('list', { name: 'Tools under a flagged license' }),
      )
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Loki']);
    const elasticsearch = itemOf(
      screen.getByRole('list', { name: 'Tools under a license expression' }),
      'elasticsearch',
    )!;
    expect(elasticsearch).toHaveAttribute('data-license-policy', 'unreviewed');
    expect(
      within(elasticsearch).getByTestId('license-explanation'),
    ).toHaveTextContent('Acceptable under SSPL-1.0, Elastic-2.0');
  });

  it('lists no verdicts per tool without a policy', async () => {
    await renderTab();
    expect(screen.getByTestId('no-license-policy')).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Tools under a license expression' }),
    ).not.toBeInTheDocument();
  });
});
