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
import { RecommendationsResponse } from '@internal/plugin-standard-architecture-common';
import {
  StandardArchitectureApi,
  standardArchitectureApiRef,
} from '../../api/StandardArchitectureApi';
import { EntityStandardArchitectureCard } from './EntityStandardArchitectureCard';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: {
    type: 'service',
    owner: 'group:default/team-a',
    lifecycle: 'production',
  },
};

const ingressNginx = {
  tool: 'ingress-nginx',
  name: 'Ingress NGINX Controller',
  status: 'caution' as const,
  lifecycle: 'production' as const,
  lifecycleReason: 'selected' as const,
  editionStatus: 'caution' as const,
  replacement: {
    tools: [],
    successor: { name: 'Gateway API', url: 'https://gateway-api.sigs.k8s.io/' },
  },
  reason: {
    en: 'Its retirement was announced in November 2025.',
    ko: '2025년 11월 지원 종료가 발표되었습니다.',
  },
  deadline: '2026-03-31',
};

const lens = {
  tool: 'lens',
  name: 'Lens',
  status: 'deprecated' as const,
  lifecycle: 'deprecated' as const,
  lifecycleReason: 'removed' as const,
  editionStatus: 'removed' as const,
  replacement: { tools: [{ id: 'headlamp', name: 'Headlamp' }] },
  reason: {
    en: 'Dropped because its source has been closed since February 2024.',
    ko: '2024년 2월부터 소스가 공개되지 않아 제외했습니다.',
  },
};

const openjdk = {
  image: 'openjdk:21',
  rule: 'openjdk-to-distroless',
  runtime: 'java',
  recommended: 'gcr.io/distroless/java21-debian12',
  multiStage: true,
  reason: {
    en: 'The distroless Java image ships only the runtime.',
    ko: '디스트로리스 자바 이미지는 실행 환경만 담습니다.',
  },
  sizes: { beforeMb: 504, afterMb: 191 },
};

function response(
  overrides: Partial<RecommendationsResponse> = {},
): RecommendationsResponse {
  return {
    entityRef: 'component:default/payments',
    indexed: true,
    asOf: new Date(Date.now() - 2 * 60_000).toISOString(),
    edition: 2026,
    today: '2026-02-01',
    tools: [],
    baseImages: [],
    unknownBaseImages: [],
    ...overrides,
  };
}

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
      <EntityProvider entity={entity}>
        <EntityStandardArchitectureCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return errorApi;
}

describe('EntityStandardArchitectureCard', () => {
  it('asks for the recommendations of the current entity', async () => {
    const getRecommendations = jest.fn().mockResolvedValue(response());
    await renderCard({ getRecommendations });
    expect(getRecommendations).toHaveBeenCalledWith(
      'component:default/payments',
    );
    expect(
      screen.getByText('Kubernetes Standard Architecture'),
    ).toBeInTheDocument();
  });

  it('says how fresh the usage index is', async () => {
    await renderCard({ getRecommendations: async () => response() });
    expect(await screen.findByText('as of 2 minutes ago')).toBeInTheDocument();
    expect(
      screen.queryByText(/Not in the usage index/),
    ).not.toBeInTheDocument();
  });

  it('says when the entity was judged from the catalog because the index does not have it yet', async () => {
    await renderCard({
      getRecommendations: async () =>
        response({ indexed: false, asOf: undefined }),
    });
    expect(
      await screen.findByText(
        'Not in the usage index yet: judged from its relations in the catalog.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('not indexed yet')).toBeInTheDocument();
  });

  it('shows an empty state when there is nothing to report', async () => {
    await renderCard({ getRecommendations: async () => response() });
    expect(
      await screen.findByTestId('standard-architecture-empty'),
    ).toHaveTextContent(/nothing to report/i);
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('posts a failure to the error API and shows an error panel', async () => {
    const errorApi = await renderCard({
      getRecommendations: async () => {
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

  it('tells what to do about a caution tool: move to Gateway API before the deadline', async () => {
    await renderCard({
      getRecommendations: async () => response({ tools: [ingressNginx] }),
    });
    const item = await screen.findByText('Ingress NGINX Controller');
    const row = item.closest('[data-tool]') as HTMLElement;
    expect(row).toHaveAttribute('data-tool', 'ingress-nginx');
    const inRow = within(row);
    expect(inRow.getByText('Caution')).toBeInTheDocument();
    expect(inRow.getByText('Move to Gateway API')).toBeInTheDocument();
    expect(
      inRow.getByText('Its retirement was announced in November 2025.'),
    ).toBeInTheDocument();
    expect(inRow.getByText('Deadline: 2026-03-31')).toBeInTheDocument();
    expect(inRow.queryByText(/passed/)).not.toBeInTheDocument();
    expect(item.closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/ingress-nginx',
    );
    expect(inRow.getByText('Gateway API').closest('a')).toHaveAttribute(
      'href',
      'https://gateway-api.sigs.k8s.io/',
    );
  });

  it('says when the deadline has passed relative to the response day', async () => {
    await renderCard({
      getRecommendations: async () =>
        response({ today: '2026-04-10', tools: [ingressNginx] }),
    });
    const passed = await screen.findByText('Deadline passed on 2026-03-31');
    expect(passed).toHaveAttribute('data-deadline-passed', 'true');
    expect(screen.queryByText('Deadline: 2026-03-31')).not.toBeInTheDocument();
  });

  it('shows a deprecated tool with its replacement linked', async () => {
    await renderCard({
      getRecommendations: async () => response({ tools: [lens] }),
    });
    const row = (await screen.findByText('Lens')).closest(
      '[data-tool]',
    ) as HTMLElement;
    const inRow = within(row);
    expect(inRow.getByText('Deprecated')).toBeInTheDocument();
    expect(inRow.getByText('Move to Headlamp')).toBeInTheDocument();
    expect(
      inRow.getByText(
        'Dropped because its source has been closed since February 2024.',
      ),
    ).toBeInTheDocument();
    expect(inRow.getByText('Lens').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/lens',
    );
    expect(inRow.getByText('Headlamp').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/headlamp',
    );
    expect(inRow.queryByText(/Deadline/)).not.toBeInTheDocument();
  });

  it('advises a distroless base image for openjdk:21', async () => {
    await renderCard({
      getRecommendations: async () =>
        response({ baseImages: [openjdk], unknownBaseImages: ['acme/base:1'] }),
    });
    const row = (await screen.findByText('Base images')).closest(
      'section',
    ) as HTMLElement;
    const inRow = within(row);
    expect(
      inRow.getByText(
        'Replace openjdk:21 with gcr.io/distroless/java21-debian12',
      ),
    ).toBeInTheDocument();
    expect(inRow.getByText(/Use a multi-stage build/)).toBeInTheDocument();
    expect(
      inRow.getByText('The distroless Java image ships only the runtime.'),
    ).toBeInTheDocument();
    expect(inRow.getByText('Image size: 504 MB → 191 MB')).toBeInTheDocument();
    expect(
      inRow.getByText('No advice for these base images: acme/base:1'),
    ).toBeInTheDocument();
    expect(
      screen.queryByTestId('standard-architecture-empty'),
    ).not.toBeInTheDocument();
  });

  it('shows HTML in a reason as literal text', async () => {
    const html = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { container } = { container: document.body };
    await renderCard({
      getRecommendations: async () =>
        response({ tools: [{ ...lens, reason: { en: html, ko: html } }] }),
    });
    expect(await screen.findByText(html)).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
