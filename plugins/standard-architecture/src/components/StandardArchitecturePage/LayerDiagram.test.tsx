import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import {
  EditionResponse,
  LAYER_IDS,
  Tool,
  TOOL_STATUSES,
} from '@internal/plugin-standard-architecture-common';
import { LayerDiagram } from './LayerDiagram';

/** 120 tools spread over every layer, two categories each, every status. */
function syntheticEdition(count: number): EditionResponse {
  const layers = LAYER_IDS.map(id => ({
    id,
    categories: [1, 2].map(n => ({
      id: `${id}-c${n}`,
      name: { en: `${id} category ${n}`, ko: `${id} 분류 ${n}` },
    })),
  }));
  const categories = layers.flatMap(l => l.categories.map(c => c.id));
  const tools: Tool[] = Array.from({ length: count }, (_, i) => ({
    id: `tool-${i + 1}`,
    name: `Synthetic tool number ${i + 1} with a rather long name`,
    nameKo: `도구 ${i + 1}`,
    category: categories[i % categories.length],
    license: 'Apache-2.0',
    status: TOOL_STATUSES[i % TOOL_STATUSES.length],
    summary: { en: 'x', ko: 'x' },
    sources: {
      status: { section: `Section ${(i % 9) + 1}` },
      license: { section: `Section ${(i % 9) + 1}` },
    },
  }));
  return {
    year: 2030,
    title: { en: 'Synthetic', ko: '합성' },
    source: 'https://example.com',
    published: '2029-12-01',
    sections: Array.from({ length: 9 }, (_, i) => `Section ${i + 1}`),
    summary: { en: 'x', ko: 'x' },
    layers,
    tools,
    current: true,
    lifecycles: {},
  };
}

// 120 cards with chips take a while to render in jsdom on a busy machine.
jest.setTimeout(30_000);

describe('LayerDiagram', () => {
  it('renders every one of 120 tools as a named button in a wrapping layout', async () => {
    const edition = syntheticEdition(120);
    const dependents = new Map([['tool-7', 12]]);
    await renderInTestApp(
      <LayerDiagram
        edition={edition}
        dependents={dependents}
        onOpen={jest.fn()}
      />,
    );
    const cards = screen.getAllByRole('button');
    expect(cards).toHaveLength(120);
    const names = cards.map(card => card.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(120);
    for (let i = 1; i <= 120; i++) {
      expect(
        screen.getByRole('button', {
          name: `Synthetic tool number ${i} with a rather long name`,
        }),
      ).toBeInTheDocument();
    }
    // All nine layers, top of the screen first.
    const layers = Array.from(
      document.querySelectorAll<HTMLElement>('[data-layer]'),
    );
    expect(layers.map(l => l.dataset.layer)).toEqual([...LAYER_IDS].reverse());
    // Every card has a status description and its dependents count.
    for (const card of cards) {
      const description = document.getElementById(
        card.getAttribute('aria-describedby')!,
      );
      expect(description?.querySelector('.MuiChip-root')).not.toBeNull();
    }
    expect(
      within(screen.getByRole('button', { name: /number 7 with/ })).getByText(
        '12 dependents',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('button', { name: /number 8 with/ })).getByText(
        '0 dependents',
      ),
    ).toBeInTheDocument();
    // Tools sit in wrapping lists, not absolutely positioned.
    const list = cards[0].closest('ul')!;
    expect(getComputedStyle(list).flexWrap).toBe('wrap');
  });

  it('opens a tool with the keyboard', async () => {
    const onOpen = jest.fn();
    await renderInTestApp(
      <LayerDiagram edition={syntheticEdition(3)} onOpen={onOpen} />,
    );
    await userEvent.tab();
    expect(screen.getAllByRole('button')).toContain(document.activeElement);
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
    // Without adoption data no count is shown at all.
    expect(screen.queryByText(/dependents/)).not.toBeInTheDocument();
  });
});
