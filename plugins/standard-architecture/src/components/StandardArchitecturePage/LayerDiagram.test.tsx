import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EditionResponse,
  LAYER_IDS,
  Tool,
  TOOL_STATUSES,
  VERDICT_LABELS,
  VERDICTS,
} from '@k8s-standard/plugin-standard-architecture-common';
import { LayerDiagram } from './LayerDiagram';
import {
  diagramAdoption,
  diagramDependents,
  diagramEdition,
} from './diagram/fixture';

async function renderDiagram(
  options: {
    edition?: EditionResponse;
    dependents?: Map<string, number>;
    withAdoption?: boolean;
    ownershipEntityRefs?: string[];
    onOpen?: (toolId: string) => void;
  } = {},
) {
  const onOpen = options.onOpen ?? jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice',
            ownershipEntityRefs: options.ownershipEntityRefs ?? [
              'user:default/alice',
              'group:default/team-a',
            ],
          }),
        ],
      ]}
    >
      <LayerDiagram
        edition={options.edition ?? diagramEdition}
        dependents={
          'dependents' in options ? options.dependents : diagramDependents
        }
        adoption={options.withAdoption === false ? undefined : diagramAdoption}
        onOpen={onOpen}
      />
    </TestApiProvider>,
  );
  return { onOpen };
}

/** A tile by its tool id; tiles are the buttons inside the bands. */
const tile = (toolId: string) =>
  document.querySelector<HTMLButtonElement>(`button[data-tool="${toolId}"]`)!;

const diagram = () =>
  screen.getByRole('group', { name: /Layers of the 2026 edition/ });

// Many small buttons with styles take a while in jsdom on a busy machine.
jest.setTimeout(30_000);

describe('LayerDiagram', () => {
  it('draws one tile per tool in bands, platform services on top', async () => {
    await renderDiagram();
    const tiles = within(diagram()).getAllByRole('button');
    expect(tiles).toHaveLength(diagramEdition.tools.length);
    expect(tiles.map(t => t.dataset.tool).sort()).toEqual(
      diagramEdition.tools.map(t => t.id).sort(),
    );
    const bands = Array.from(
      document.querySelectorAll<HTMLElement>('[data-layer]'),
    );
    expect(bands.map(b => b.dataset.layer)).toEqual(
      [...LAYER_IDS]
        .reverse()
        .filter(id => diagramEdition.layers.some(l => l.id === id)),
    );
    expect(
      within(bands[0]).getByRole('heading', { name: 'Platform services' }),
    ).toBeInTheDocument();
    expect(
      within(bands[bands.length - 1]).getByRole('button', {
        name: /^Terraform/,
      }),
    ).toBeInTheDocument();
    // Each category is a labelled group of tiles inside its band.
    const tracing = document.querySelector<HTMLElement>(
      '[data-category="tracing"]',
    )!;
    expect(
      within(tracing).getByRole('heading', { name: 'Distributed tracing' }),
    ).toBeInTheDocument();
    expect(
      within(tracing)
        .getAllByRole('button')
        .map(b => b.dataset.tool),
    ).toEqual(['tempo', 'jaeger']);
  });

  it('names each tile with its verdict, and shows the verdict in words when it is not recommended', async () => {
    await renderDiagram();
    const ingress = screen.getByRole('button', {
      name: 'Ingress NGINX Controller — End of life, replaced by Gateway API, 3 dependents',
    });
    expect(ingress).toBe(tile('ingress-nginx'));
    expect(within(ingress).getByText('End of life')).toBeVisible();
    expect(within(ingress).getByText('→ Gateway API')).toBeInTheDocument();
    // The mark carries the severity colour and an icon, not colour alone.
    const mark = ingress.querySelector<HTMLElement>(
      '[data-verdict="end-of-life"]',
    )!;
    expect(mark).toHaveStyle({ backgroundColor: '#c62828' });
    expect(mark.querySelector('svg path')).not.toBeNull();

    const terraform = screen.getByRole('button', {
      name: 'Terraform — Recommended, 5 dependents',
    });
    // Recommended is the icon only: its word is in the name and on hover.
    expect(within(terraform).queryByText('Recommended')).toBeNull();
    expect(within(terraform).getByTitle('Recommended')).toHaveAttribute(
      'data-verdict',
      'recommended',
    );
    expect(terraform.querySelector('[data-logo="icon"] path')).not.toBeNull();

    // Strimzi has no logo of its own (it is not Kafka): initials.
    expect(
      within(tile('strimzi')).getByText('St', { selector: '[data-logo]' }),
    ).toBeInTheDocument();
  });

  it("points removed tools at their replacement by name: Jaeger's tile names Tempo", async () => {
    await renderDiagram();
    const jaeger = screen.getByRole('button', {
      name: 'Jaeger — Removed, replaced by Tempo',
    });
    expect(jaeger).toBe(tile('jaeger'));
    expect(within(jaeger).getByText('Removed')).toBeInTheDocument();
    expect(within(jaeger).getByText('→ Tempo')).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Lens — Removed, replaced by Headlamp, 1 dependent',
      }),
    ).toBe(tile('lens'));
  });

  it('counts dependents only where there are some, never "0 dependents"', async () => {
    await renderDiagram();
    // A small badge with the count, in words on hover and in the tile's name.
    const badge = (id: string) =>
      tile(id).querySelector<HTMLElement>('[data-dependents]');
    expect(badge('terraform')).toHaveTextContent(/^5$/);
    expect(badge('terraform')).toHaveAttribute('title', '5 dependents');
    expect(tile('terraform')).toHaveAccessibleName(
      'Terraform — Recommended, 5 dependents',
    );
    expect(badge('ingress-nginx')).toHaveAttribute('title', '3 dependents');
    expect(badge('lens')).toHaveAttribute('title', '1 dependent');
    // Strimzi, Tempo, Headlamp and Jaeger have none: no badge, no words.
    for (const id of ['strimzi', 'tempo', 'headlamp', 'jaeger']) {
      expect(badge(id)).toBeNull();
      expect(tile(id)).not.toHaveAccessibleName(/dependent/);
    }
    expect(document.body).not.toHaveTextContent(/\b0 dependents?\b/);
    expect(screen.queryByTitle(/\b0 dependents?\b/)).toBeNull();
  });

  it('shows no counts at all while adoption is unknown', async () => {
    await renderDiagram({ dependents: undefined, withAdoption: false });
    expect(diagram().querySelector('[data-dependents]')).toBeNull();
    expect(diagram()).not.toHaveTextContent(/dependents?\b/);
    expect(tile('terraform')).toHaveAccessibleName('Terraform — Recommended');
  });

  it('has a legend explaining every mark', async () => {
    await renderDiagram();
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(
      within(legend).getByRole('heading', { name: 'Legend' }),
    ).toBeInTheDocument();
    for (const verdict of VERDICTS) {
      const label = within(legend).getByText(VERDICT_LABELS[verdict].en);
      expect(label.closest('[data-verdict]')).toHaveAttribute(
        'data-verdict',
        verdict,
      );
    }
    expect(within(legend).getByText('→ X')).toBeInTheDocument();
    expect(
      within(legend).getByText(/replaced by the named tool/),
    ).toBeInTheDocument();
    expect(
      within(legend).getByText('services that depend on the tool'),
    ).toBeInTheDocument();
    expect(within(legend).getByText(/dashed outline/)).toBeInTheDocument();
    expect(
      within(legend).getByText(/dims the other tools/),
    ).toBeInTheDocument();
    expect(within(legend).getByText(/no logo available/)).toBeInTheDocument();
  });

  it('highlights the tools of my teams and dims the others', async () => {
    await renderDiagram();
    expect(tile('terraform')).not.toHaveAttribute('data-team');
    const toggle = screen.getByRole('button', { name: 'My team' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // team-a's services use Terraform and Ingress NGINX.
    await waitFor(() =>
      expect(tile('terraform')).toHaveAttribute('data-team', 'true'),
    );
    expect(tile('ingress-nginx')).toHaveAttribute('data-team', 'true');
    for (const id of ['calico', 'lens', 'tempo', 'jaeger', 'strimzi']) {
      expect(tile(id)).toHaveAttribute('data-team', 'false');
    }
    expect(
      within(tile('terraform')).getByTitle('Used by my team'),
    ).toBeInTheDocument();
    expect(tile('terraform')).toHaveAccessibleName(
      'Terraform — Recommended, 5 dependents, Used by my team',
    );
    expect(within(tile('calico')).queryByTitle('Used by my team')).toBeNull();
    expect(tile('calico')).toHaveAccessibleName(
      'Calico — Recommended, 2 dependents',
    );
    // Dimmed tiles look different from the team's.
    expect(tile('calico').className).not.toBe(tile('terraform').className);

    await userEvent.click(toggle);
    expect(tile('calico')).not.toHaveAttribute('data-team');
  });

  it('says so when the user owns nothing that uses a tool, and dims nothing', async () => {
    await renderDiagram({ ownershipEntityRefs: ['user:default/bob'] });
    await userEvent.click(screen.getByRole('button', { name: 'My team' }));
    expect(
      await screen.findByText(
        'No service owned by you or your groups uses a tool of this edition.',
      ),
    ).toBeInTheDocument();
    expect(tile('calico')).not.toHaveAttribute('data-team');
  });

  it('makes tiles smaller in compact mode, keeping the verdict in the name', async () => {
    await renderDiagram();
    const compact = screen.getByRole('button', { name: 'Compact' });
    await userEvent.click(compact);
    expect(compact).toHaveAttribute('aria-pressed', 'true');
    expect(diagram()).toHaveAttribute('data-compact', 'true');
    const ingress = tile('ingress-nginx');
    expect(within(ingress).queryByText('End of life')).toBeNull();
    expect(within(ingress).queryByText('→ Gateway API')).toBeNull();
    expect(within(ingress).getByText('→')).toBeInTheDocument();
    expect(ingress).toHaveAccessibleName(
      'Ingress NGINX Controller — End of life, replaced by Gateway API, 3 dependents',
    );
    await userEvent.click(compact);
    expect(
      within(tile('ingress-nginx')).getByText('End of life'),
    ).toBeVisible();
  });

  it('zooms by scaling the font, within limits', async () => {
    await renderDiagram();
    expect(diagram()).toHaveStyle({ fontSize: '13px' });
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(diagram()).toHaveStyle({ fontSize: '14.95px' });
    expect(screen.getByText('Zoom 115%')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(diagram()).toHaveStyle({ fontSize: '13px' });
    const zoomOut = screen.getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 3; i++) await userEvent.click(zoomOut);
    expect(diagram()).toHaveStyle({ fontSize: '9.1px' });
    expect(zoomOut).toBeDisabled();
  });

  it('opens a tool with the keyboard', async () => {
    const onOpen = jest.fn();
    await renderDiagram({ onOpen });
    tile('tempo').focus();
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('tempo');
    await userEvent.click(tile('jaeger'));
    expect(onOpen).toHaveBeenLastCalledWith('jaeger');
  });

  describe('export', () => {
    let blobs: Blob[];
    let downloads: string[];
    beforeEach(() => {
      blobs = [];
      downloads = [];
      URL.createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return `blob:test/${blobs.length}`;
      });
      URL.revokeObjectURL = jest.fn();
      jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function click(this: HTMLAnchorElement) {
          downloads.push(this.download);
        });
    });
    afterEach(() => jest.restoreAllMocks());

    const blobText = (blob: Blob) => blob.text();

    it('downloads the diagram as an SVG with every tool, as it looks now', async () => {
      await renderDiagram();
      await userEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
      expect(downloads).toEqual(['kubernetes-standard-architecture-2026.svg']);
      expect(blobs[0].type).toBe('image/svg+xml;charset=utf-8');
      const svg = new DOMParser().parseFromString(
        await blobText(blobs[0]),
        'image/svg+xml',
      );
      expect(svg.querySelector('parsererror')).toBeNull();
      const texts = Array.from(svg.querySelectorAll('text')).map(
        t => t.textContent,
      );
      for (const tool of diagramEdition.tools)
        expect(texts).toContain(tool.name);
      expect(texts).toContain('→ Tempo');
      expect(texts).toContain('End of life');
      expect(texts).toContain('Kubernetes Standard Architecture 2026');
      expect(svg.querySelector('[data-tool="terraform"]')).not.toBeNull();
    });

    it('downloads a PNG drawn from the same SVG', async () => {
      const drawImage = jest.fn();
      jest
        .spyOn(HTMLCanvasElement.prototype, 'getContext')
        .mockReturnValue({ scale: jest.fn(), drawImage } as any);
      HTMLCanvasElement.prototype.toBlob = function toBlob(callback) {
        callback(new Blob(['png'], { type: 'image/png' }));
      };
      const RealImage = window.Image;
      // jsdom loads no images: this one "loads" whatever it is given.
      const sources: string[] = [];
      class LoadingImage {
        onload?: () => void;
        onerror?: () => void;
        set src(value: string) {
          sources.push(value);
          setTimeout(() => this.onload?.());
        }
      }
      window.Image = LoadingImage as unknown as typeof Image;
      try {
        await renderDiagram();
        await userEvent.click(
          screen.getByRole('button', { name: 'Export PNG' }),
        );
        await waitFor(() =>
          expect(downloads).toEqual([
            'kubernetes-standard-architecture-2026.png',
          ]),
        );
      } finally {
        window.Image = RealImage;
      }
      expect(blobs[0].type).toBe('image/svg+xml;charset=utf-8');
      expect(await blobText(blobs[0])).toContain('Ingress NGINX Controller');
      expect(sources).toEqual(['blob:test/1']);
      expect(drawImage).toHaveBeenCalledTimes(1);
      expect(blobs[1].type).toBe('image/png');
    });
  });

  it('keeps 140 tools apart as named buttons in wrapping lists', async () => {
    const layers = LAYER_IDS.map(id => ({
      id,
      categories: [1, 2, 3].map(n => ({
        id: `${id}-c${n}`,
        name: { en: `${id} category ${n}`, ko: `${id} 분류 ${n}` },
      })),
    }));
    const categories = layers.flatMap(l => l.categories.map(c => c.id));
    const tools: Tool[] = Array.from({ length: 140 }, (_, i) => ({
      id: `tool-${i + 1}`,
      name: `Synthetic tool ${i + 1} with a rather long name`,
      nameKo: `도구 ${i + 1}`,
      category: categories[i % categories.length],
      license: 'Apache-2.0',
      status: TOOL_STATUSES[i % TOOL_STATUSES.length],
      summary: { en: 'x', ko: 'x' },
      sources: { status: { section: 'S' }, license: { section: 'S' } },
    }));
    await renderDiagram({
      // No verdicts from the server: the tiles judge from the tools' statuses.
      edition: { ...diagramEdition, layers, tools, verdicts: {} },
      dependents: new Map([['tool-7', 12]]),
    });
    const tiles = within(diagram()).getAllByRole('button');
    expect(tiles).toHaveLength(140);
    expect(
      screen.getByRole('button', {
        name: /^Synthetic tool 99 with a rather long name — /,
      }),
    ).toBeInTheDocument();
    expect(tile('tool-7')).toHaveAccessibleName(/, 12 dependents$/);
    expect(tile('tool-5')).toHaveAttribute('data-verdict', 'removed');
    expect(tile('tool-4')).toHaveAttribute('data-verdict', 'caution');
    const list = tiles[0].closest('ul')!;
    expect(getComputedStyle(list).flexWrap).toBe('wrap');
    // A long name never breaks mid-word: one line, cut with an ellipsis, in full in the title.
    const name = within(tile('tool-1')).getByText(
      'Synthetic tool 1 with a rather long name',
    );
    expect(getComputedStyle(name).whiteSpace).toBe('nowrap');
    expect(getComputedStyle(name).textOverflow).toBe('ellipsis');
    expect(name).toHaveAttribute(
      'title',
      'Synthetic tool 1 with a rather long name',
    );
  });
});
