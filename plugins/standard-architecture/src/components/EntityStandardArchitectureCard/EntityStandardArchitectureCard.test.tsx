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
  DetectedBaseImage,
  Edition,
  RecommendationsResponse,
  ScanSummary,
  Standard,
  Tool,
  ToolRecommendation,
  toolVerdict,
} from '@k8s-standard/plugin-standard-architecture-common';
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

/** A recommendation as the fixtures write it; `response` judges it. */
type Unjudged = Omit<ToolRecommendation, 'verdict'> &
  Partial<Pick<ToolRecommendation, 'verdict'>>;

const listed = (id: string, name: string, extra: Partial<Tool> = {}): Tool => ({
  id,
  name,
  nameKo: name,
  category: 'ingress',
  license: 'Apache-2.0',
  status: 'kept',
  summary: { en: name, ko: name },
  sources: {},
  ...extra,
});

const editionOf = (
  year: number,
  published: string,
  tools: Tool[],
): Edition => ({
  year,
  title: { en: String(year), ko: String(year) },
  source: 'https://yozm.wishket.com/magazine/detail/3510/',
  published,
  sections: ['L4/L7 네트워크 구현체'],
  summary: { en: 'Edition', ko: '판' },
  layers: [
    {
      id: 'networking',
      categories: [{ id: 'ingress', name: { en: 'Ingress', ko: '인그레스' } }],
    },
  ],
  tools,
});

/**
 * The standard the fixtures are judged against, as the backend judges them:
 * Ingress NGINX in caution until its end of life, Lens removed in 2026.
 */
const standardWith = (ingressEndOfLife: string): Standard => ({
  editions: [
    editionOf(2025, '2024-12-20', [
      listed('ingress-nginx', 'Ingress NGINX Controller'),
      listed('lens', 'Lens'),
      listed('argo-cd', 'Argo CD'),
    ]),
    editionOf(2026, '2025-12-18', [
      listed('ingress-nginx', 'Ingress NGINX Controller', {
        status: 'caution',
        endOfLife: ingressEndOfLife,
      }),
      listed('lens', 'Lens', { status: 'removed' }),
      listed('argo-cd', 'Argo CD'),
    ]),
  ],
});

/** The verdict, deadline and coarse status the API sends on `today`. */
function judged(tool: Unjudged, today: string): ToolRecommendation {
  const verdict =
    tool.verdict ??
    toolVerdict(standardWith(tool.deadline ?? '2026-03-31'), tool.tool, {
      today,
      edition: 2026,
    });
  const coarse = ['recommended', 'experimental', 'caution'].includes(
    verdict.verdict,
  )
    ? (verdict.verdict as ToolRecommendation['status'])
    : 'deprecated';
  return {
    ...tool,
    status: coarse,
    verdict,
    ...(verdict.deadline && { deadline: verdict.deadline }),
  };
}

const ingressNginx: Unjudged = {
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

const lens: Unjudged = {
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

const argoCd: Unjudged = {
  tool: 'argo-cd',
  name: 'Argo CD',
  status: 'recommended' as const,
  lifecycle: 'production' as const,
  lifecycleReason: 'selected' as const,
  editionStatus: 'kept' as const,
};

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

/** Argo CD found in three places, never declared; the first has a web link. */
const argoCdDetected = {
  declared: false,
  detected: true,
  evidence: [
    {
      path: 'deploy/argo/application.yaml',
      line: 12,
      text: '  <img src=x onerror="alert(1)"> kind: Application',
      ruleId: 'argo-cd-application',
      at: 'abc1234def5678',
      url: 'https://github.com/acme/payments/blob/abc1234/deploy/argo/application.yaml#L12',
    },
    {
      path: 'deploy/argo/project.yaml',
      line: 3,
      text: 'kind: AppProject',
      ruleId: 'argo-cd-application',
    },
    {
      path: 'README.md',
      line: 40,
      text: 'argocd app sync payments',
      ruleId: 'argo-cd-cli',
      // A hostile URL must never become a link.
      // eslint-disable-next-line no-script-url
      url: 'javascript:alert(1)',
    },
  ],
};

const scanned = (overrides: Partial<ScanSummary> = {}): ScanSummary => ({
  location: 'url:https://github.com/acme/payments/tree/main/',
  scannedAt: minutesAgo(5),
  outcome: 'ok',
  etag: 'abc1234def5678',
  filesScanned: 42,
  skipped: [],
  ...overrides,
});

const runtimeImage = (
  overrides: Partial<DetectedBaseImage> = {},
): DetectedBaseImage => ({
  path: 'Dockerfile',
  line: 9,
  image: 'gcr.io/distroless/java21-debian12',
  stage: 'runtime',
  final: true,
  multiStage: true,
  distroless: true,
  ...overrides,
});

function response(
  overrides: Omit<Partial<RecommendationsResponse>, 'tools'> & {
    tools?: Unjudged[];
  } = {},
): RecommendationsResponse {
  const { tools = [], ...rest } = overrides;
  const today = rest.today ?? '2026-02-01';
  return {
    entityRef: 'component:default/payments',
    indexed: true,
    asOf: minutesAgo(2),
    edition: 2026,
    today,
    baseImages: [],
    unknownBaseImages: [],
    usage: {},
    detectedBaseImages: [],
    ...rest,
    tools: tools.map(tool => judged(tool, today)),
  };
}

/** The tool's row; its name may also be in the not-declared hint. */
const rowOf = async (name: string) =>
  (await screen.findAllByText(name))
    .map(element => element.closest('[data-tool]'))
    .find(Boolean) as HTMLElement;

async function renderCard(
  api: Partial<StandardArchitectureApi>,
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
    // One verdict chip, the verdict's own label.
    expect(
      Array.from(row.querySelectorAll('[data-verdict]')).map(
        chip => chip.textContent,
      ),
    ).toEqual(['Caution']);
    expect(inRow.getByText('Move to Gateway API')).toBeInTheDocument();
    expect(
      inRow.getByText('Its retirement was announced in November 2025.'),
    ).toBeInTheDocument();
    // Where the deadline comes from, in words.
    const deadline = inRow.getByText('Deadline 2026-03-31 (from the standard)');
    expect(deadline).toHaveAttribute('data-overdue', 'false');
    expect(deadline).toHaveAttribute('data-deadline-source', 'standard');
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

  it('says, in critical red, when the deadline has passed relative to the response day', async () => {
    await renderCard({
      getRecommendations: async () =>
        response({ today: '2026-04-10', tools: [ingressNginx] }),
    });
    const passed = await screen.findByText(
      'Deadline passed: 2026-03-31 (from the standard)',
    );
    expect(passed).toHaveAttribute('data-overdue', 'true');
    expect(passed).toHaveStyle({ color: '#c62828' });
    // Past its end of life the verdict is "End of life", and only that.
    const row = passed.closest('[data-tool]') as HTMLElement;
    expect(
      Array.from(row.querySelectorAll('[data-verdict]')).map(
        chip => chip.textContent,
      ),
    ).toEqual(['End of life']);
    expect(within(row).queryByText('Caution')).not.toBeInTheDocument();
    expect(row).not.toHaveTextContent('(passed)');
  });

  describe('a deadline given only as a month', () => {
    const monthly = { ...ingressNginx, deadline: '2026-03' };

    it('says the month, and is not passed during that month', async () => {
      await renderCard({
        getRecommendations: async () =>
          // As strings, '2026-03' < '2026-03-15'; the month has not ended.
          response({ today: '2026-03-15', tools: [monthly] }),
      });
      const deadline = await screen.findByText(
        'Deadline March 2026 (from the standard)',
      );
      expect(deadline).toHaveAttribute('data-overdue', 'false');
      expect(deadline).toHaveAttribute('data-deadline', '2026-03');
    });

    it('is passed once the month is over', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({ today: '2026-04-01', tools: [monthly] }),
      });
      expect(
        await screen.findByText(
          'Deadline passed: March 2026 (from the standard)',
        ),
      ).toHaveAttribute('data-overdue', 'true');
    });
  });

  describe('in a configured namespace of tool entities', () => {
    const config = {
      standardArchitecture: { entityNamespace: 'k8s-standard' },
    };

    it('links the tools and their replacements there', async () => {
      await renderCard(
        { getRecommendations: async () => response({ tools: [lens] }) },
        undefined,
        config,
      );
      const inRow = within(await rowOf('Lens'));
      expect(inRow.getByText('Lens').closest('a')).toHaveAttribute(
        'href',
        '/catalog/k8s-standard/component/lens',
      );
      expect(inRow.getByText('Headlamp').closest('a')).toHaveAttribute(
        'href',
        '/catalog/k8s-standard/component/headlamp',
      );
    });

    it('offers dependsOn lines with refs there', async () => {
      await renderCard(
        {
          getRecommendations: async () =>
            response({ tools: [argoCd], usage: { 'argo-cd': argoCdDetected } }),
        },
        undefined,
        config,
      );
      const hint = await screen.findByTestId(
        'standard-architecture-undeclared',
      );
      expect(hint.querySelector('pre')).toHaveTextContent(
        /^- component:k8s-standard\/argo-cd$/,
      );
    });

    it('gives the example ref there when there is nothing to report', async () => {
      await renderCard(
        { getRecommendations: async () => response() },
        undefined,
        config,
      );
      expect(
        await screen.findByTestId('standard-architecture-empty'),
      ).toHaveTextContent('(for example component:k8s-standard/argo-cd)');
    });
  });

  it('shows a removed tool as removed, with its replacement linked and the default deadline', async () => {
    await renderCard({
      getRecommendations: async () => response({ tools: [lens] }),
    });
    const row = (await screen.findByText('Lens')).closest(
      '[data-tool]',
    ) as HTMLElement;
    const inRow = within(row);
    expect(
      Array.from(row.querySelectorAll('[data-verdict]')).map(
        chip => chip.textContent,
      ),
    ).toEqual(['Removed']);
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
    // No deadline in the data: twelve months after the 2026 edition.
    expect(
      inRow.getByText('Deadline 2026-12-18 (default migration window)'),
    ).toHaveAttribute('data-deadline-source', 'default');
    expect(inRow.queryByText('No published deadline')).not.toBeInTheDocument();
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

  describe('usage found by scanning the repository', () => {
    const scannedResponse = () =>
      response({
        tools: [ingressNginx, argoCd, lens],
        usage: {
          'ingress-nginx': { declared: true, detected: false, evidence: [] },
          'argo-cd': argoCdDetected,
          lens: {
            declared: true,
            detected: true,
            evidence: [
              {
                path: 'docs/tools.md',
                line: 7,
                text: 'Open the cluster in Lens',
                ruleId: 'lens-docs',
              },
            ],
          },
        },
      });

    it('links a detected-only tool to where it was found, in a new tab', async () => {
      await renderCard({ getRecommendations: async () => scannedResponse() });
      const inRow = within(await rowOf('Argo CD'));
      expect(inRow.getByText('detected')).toBeInTheDocument();
      expect(inRow.queryByText('declared')).not.toBeInTheDocument();
      const link = inRow.getByRole('link', {
        name: /^found in deploy\/argo\/application\.yaml line 12/,
      });
      expect(link).toHaveAttribute(
        'href',
        'https://github.com/acme/payments/blob/abc1234/deploy/argo/application.yaml#L12',
      );
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });

    it('shows the matched line as plain text, never as HTML', async () => {
      await renderCard({ getRecommendations: async () => scannedResponse() });
      const inRow = within(await rowOf('Argo CD'));
      const matched = inRow.getByText(
        '<img src=x onerror="alert(1)"> kind: Application',
      );
      expect(matched.tagName).toBe('CODE');
      expect(document.querySelector('img[src="x"]')).toBeNull();
    });

    it('lists the other places on demand, linking only web URLs', async () => {
      await renderCard({ getRecommendations: async () => scannedResponse() });
      const inRow = within(await rowOf('Argo CD'));
      const more = inRow.getByRole('button', { name: 'and 2 more places' });
      expect(more).toHaveAttribute('aria-expanded', 'false');
      expect(inRow.queryByText('kind: AppProject')).not.toBeInTheDocument();

      await userEvent.click(more);
      expect(more).toHaveAttribute('aria-expanded', 'true');
      expect(inRow.getByText('kind: AppProject')).toBeInTheDocument();
      // Without a URL, and with a javascript: one, the place is plain text.
      expect(inRow.getAllByRole('link', { name: /^found in/ })).toHaveLength(1);
      expect(inRow.getByText('README.md').closest('a')).toBeNull();
      expect(
        inRow.getByText('deploy/argo/project.yaml').closest('a'),
      ).toBeNull();
    });

    it('offers the dependsOn line for tools found but not declared, and only for them', async () => {
      await renderCard({ getRecommendations: async () => scannedResponse() });
      const hint = await screen.findByTestId(
        'standard-architecture-undeclared',
      );
      const inHint = within(hint);
      expect(
        inHint.getByText(
          'Found in the repository but not declared in catalog-info.yaml',
        ),
      ).toBeInTheDocument();
      expect(inHint.getByText('Argo CD')).toBeInTheDocument();
      expect(
        inHint.getByText('Lines to add under spec.dependsOn'),
      ).toBeInTheDocument();
      expect(hint.querySelector('pre')).toHaveTextContent(
        /^- component:default\/argo-cd$/,
      );
      expect(
        inHint.getByRole('button', { name: 'Copy the lines to add' }),
      ).toBeInTheDocument();
      expect(hint).not.toHaveTextContent(/ingress-nginx|lens/i);
    });

    it('marks a declared-only tool as declared, with no place and no hint', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({
            tools: [ingressNginx],
            usage: {
              'ingress-nginx': {
                declared: true,
                detected: false,
                evidence: [],
              },
            },
          }),
      });
      const row = await rowOf('Ingress NGINX Controller');
      const inRow = within(row);
      expect(inRow.getByText('declared')).toBeInTheDocument();
      expect(inRow.queryByText('detected')).not.toBeInTheDocument();
      expect(row).not.toHaveTextContent(/found in/);
      expect(
        screen.queryByTestId('standard-architecture-undeclared'),
      ).not.toBeInTheDocument();
    });

    it('marks a tool both declared and detected, with its place as text when there is no URL', async () => {
      await renderCard({ getRecommendations: async () => scannedResponse() });
      const row = await rowOf('Lens');
      const inRow = within(row);
      expect(row.querySelector('[data-usage]')).toHaveAttribute(
        'data-usage',
        'declared detected',
      );
      expect(row).toHaveTextContent('found in docs/tools.md line 7');
      expect(inRow.queryByRole('link', { name: /found in/ })).toBeNull();
      expect(inRow.queryByRole('button', { name: /more place/ })).toBeNull();
    });
  });

  describe('the repository scan line', () => {
    const scanLine = async () => {
      await screen.findByText('Kubernetes Standard Architecture');
      return (await waitFor(() => {
        const line = document.querySelector('[data-scan-outcome]');
        expect(line).not.toBeNull();
        return line;
      })) as HTMLElement;
    };

    it('says when and at which commit the repository was scanned', async () => {
      await renderCard({
        getRecommendations: async () => response({ scan: scanned() }),
      });
      const line = await scanLine();
      expect(line).toHaveTextContent(
        /^Repository scanned 5 minutes ago at abc1234 \(42 files\)$/,
      );
      expect(within(line).getByText('abc1234')).toHaveAttribute(
        'title',
        'abc1234def5678',
      );
    });

    it('says the repository is gone and its detections were kept', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({ scan: scanned({ outcome: 'stale' }) }),
      });
      const line = await scanLine();
      expect(line).toHaveAttribute('data-scan-outcome', 'stale');
      expect(line).toHaveTextContent(
        'Repository gone at the last scan (5 minutes ago); earlier detections kept',
      );
      expect(line).not.toHaveTextContent(/files\)/);
    });

    it('says why the scan failed', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({
            scan: scanned({ outcome: 'failed', error: '401 Bad credentials' }),
          }),
      });
      expect(await scanLine()).toHaveTextContent(
        'Scan failed 5 minutes ago: 401 Bad credentials',
      );
    });

    it('lists the skipped files and why on demand', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({
            scan: scanned({
              skipped: [
                { path: 'charts/big.yaml', reason: 'larger than 1 MB' },
                { path: 'vendor/', reason: 'excluded' },
              ],
            }),
          }),
      });
      const line = await scanLine();
      const toggle = within(line).getByRole('button', {
        name: '2 files skipped',
      });
      await userEvent.click(toggle);
      expect(
        within(line).getByText('charts/big.yaml').parentElement,
      ).toHaveTextContent('charts/big.yaml: larger than 1 MB');
      expect(within(line).getByText('vendor/')).toBeInTheDocument();
    });

    it('is absent when the repository was never scanned', async () => {
      await renderCard({ getRecommendations: async () => response() });
      await screen.findByText('as of 2 minutes ago');
      expect(document.querySelector('[data-scan-outcome]')).toBeNull();
      expect(screen.queryByText(/Repository/)).not.toBeInTheDocument();
    });
  });

  describe('the runtime image found in a Dockerfile', () => {
    it('shows a distroless image of a multi-stage build, without "no advice"', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({
            detectedBaseImages: [
              runtimeImage({
                image: 'maven:3-eclipse-temurin-21',
                line: 1,
                stage: 'build',
                final: false,
                distroless: false,
              }),
              runtimeImage(),
            ],
            unknownBaseImages: ['gcr.io/distroless/java21-debian12'],
          }),
      });
      const section = (await screen.findByText('Base images')).closest(
        'section',
      ) as HTMLElement;
      const image = section.querySelector(
        '[data-runtime-image]',
      ) as HTMLElement;
      expect(image).toHaveTextContent(
        'Runtime image: gcr.io/distroless/java21-debian12',
      );
      expect(image).toHaveTextContent(
        'Dockerfile line 9 · stage runtime · distroless · multi-stage build',
      );
      // Only the final stage is the runtime image.
      expect(section.querySelectorAll('[data-runtime-image]')).toHaveLength(1);
      expect(section).not.toHaveTextContent(/maven/);
      expect(section).not.toHaveTextContent(/No advice/);
      expect(
        screen.queryByTestId('standard-architecture-empty'),
      ).not.toBeInTheDocument();
    });

    it('shows a single-stage, non-distroless image with the existing advice', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({
            detectedBaseImages: [
              runtimeImage({
                image: 'openjdk:21',
                line: 1,
                stage: undefined,
                multiStage: false,
                distroless: false,
              }),
            ],
            baseImages: [openjdk],
          }),
      });
      const section = (await screen.findByText('Base images')).closest(
        'section',
      ) as HTMLElement;
      const inSection = within(section);
      expect(section.querySelector('[data-runtime-image]')).toHaveTextContent(
        'Runtime image: openjdk:21Dockerfile line 1 · not distroless · single-stage build',
      );
      expect(
        inSection.getByText(
          'Replace openjdk:21 with gcr.io/distroless/java21-debian12',
        ),
      ).toBeInTheDocument();
      expect(
        inSection.getByText(/Use a multi-stage build/),
      ).toBeInTheDocument();
    });

    it('does not ask for a multi-stage build when the Dockerfile already is one', async () => {
      await renderCard({
        getRecommendations: async () =>
          response({
            detectedBaseImages: [
              runtimeImage({ image: 'openjdk:21', distroless: false }),
            ],
            baseImages: [openjdk],
          }),
      });
      const section = (await screen.findByText('Base images')).closest(
        'section',
      ) as HTMLElement;
      expect(section).toHaveTextContent('not distroless · multi-stage build');
      expect(
        within(section).getByText(
          'Replace openjdk:21 with gcr.io/distroless/java21-debian12',
        ),
      ).toBeInTheDocument();
      expect(
        within(section).queryByText(/Use a multi-stage build/),
      ).not.toBeInTheDocument();
    });
  });
});
