import { expect, test } from '@playwright/test';
import {
  diagramOf,
  legendOf,
  openStandardPage,
  screenshotPath,
  toolTile,
  VIEWPORTS,
} from './signIn';

/**
 * The 2026 diagram as one dense screen: one viewport tall at 1440×900, no
 * horizontal overflow at 1024×768, a legend, and removed tools pointing at
 * their replacement.
 */
for (const viewport of VIEWPORTS) {
  test.describe(`the diagram at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('fits the screen, has a legend, and Jaeger names Tempo', async ({
      page,
    }) => {
      await openStandardPage(page, '2026');

      const diagram = diagramOf(page, '2026');
      await expect(diagram).toBeVisible();
      // Every tool of the edition has a visible tile.
      await expect(toolTile(page, 'Headlamp')).toBeVisible();
      await expect(toolTile(page, 'Ingress NGINX Controller')).toBeVisible();

      const box = await diagram.boundingBox();
      expect(box, 'the diagram has a box').not.toBeNull();
      if (viewport.width === 1440) {
        expect(
          box!.height,
          `the diagram is ${Math.round(box!.height)} px tall, more than the ${
            viewport.height
          } px viewport`,
        ).toBeLessThanOrEqual(viewport.height);
      }

      // Nothing overflows horizontally: the document does not scroll
      // sideways, and neither the diagram nor any tile sticks out.
      const overflow = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(
        overflow.scrollWidth,
        'the page scrolls horizontally',
      ).toBeLessThanOrEqual(overflow.clientWidth);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      const sticksOut = await diagram.evaluate(root => {
        const { right: limit } = root.getBoundingClientRect();
        return [...root.querySelectorAll<HTMLElement>('button, [data-tool]')]
          .filter(el => el.getBoundingClientRect().right > limit + 1)
          .map(el => el.getAttribute('aria-label') ?? el.innerText);
      });
      expect(sticksOut, 'tiles beyond the diagram’s right edge').toEqual([]);
      // Tiles never overflow their own box either (a clipped or spilling name).
      const spilling = await diagram.evaluate(root =>
        [...root.querySelectorAll<HTMLElement>('[data-tool]')]
          .filter(el => el.scrollWidth > el.clientWidth + 1)
          .map(el => el.getAttribute('aria-label') ?? el.innerText),
      );
      expect(spilling, 'tiles whose content is wider than the tile').toEqual(
        [],
      );

      // A legend, labelled "Legend".
      const legend = legendOf(page);
      await expect(legend).toBeVisible();
      if (viewport.width === 1440) {
        // One screen means the diagram with its legend: together they are
        // no taller than the viewport either.
        const legendBox = (await legend.boundingBox())!;
        const top = Math.min(box!.y, legendBox.y);
        const bottom = Math.max(
          box!.y + box!.height,
          legendBox.y + legendBox.height,
        );
        expect(
          bottom - top,
          `the diagram and its legend span ${Math.round(
            bottom - top,
          )} px, more than the ${viewport.height} px viewport`,
        ).toBeLessThanOrEqual(viewport.height);
      }

      // Jaeger (removed in 2026) names its replacement on the tile.
      const jaeger = toolTile(page, 'Jaeger');
      await expect(jaeger).toBeVisible();
      const text = (await jaeger.innerText()).replace(/\s+/g, ' ');
      const namedTempo = await diagram
        .getByRole('button', { name: /^Jaeger\b.*\bTempo\b/ })
        .count();
      expect(
        /→\s*Tempo/.test(text) || namedTempo > 0,
        `the Jaeger tile names Tempo (text: "${text}")`,
      ).toBe(true);

      await page.screenshot({
        path: screenshotPath(`one-screen-diagram-${viewport.name}`),
      });
    });
  });
}
