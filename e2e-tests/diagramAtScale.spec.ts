import { expect, test } from '@playwright/test';
import { screenshotPath } from './signIn';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width &&
  b.x < a.x + a.width &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height;

test('the diagram stays readable with 140 tools: no card overlaps another', async ({
  page,
}) => {
  // Serve the real 2026 edition plus 100 synthetic tools spread over its categories.
  await page.route(
    '**/api/standard-architecture/editions/2026',
    async route => {
      const response = await route.fetch();
      const edition = await response.json();
      const categories = edition.layers.flatMap((l: any) =>
        l.categories.map((c: any) => c.id),
      );
      for (let i = 0; i < 100; i++) {
        edition.tools.push({
          ...edition.tools[0],
          id: `synthetic-tool-${i}`,
          name: `Synthetic tool ${i} with a rather long name`,
          category: categories[i % categories.length],
          status: i % 7 === 0 ? 'caution' : 'kept',
        });
      }
      await route.fulfill({ response, json: edition });
    },
  );
  await page.goto('/standard-architecture');
  await expect(
    page.getByRole('button', {
      name: 'Synthetic tool 99 with a rather long name',
    }),
  ).toBeVisible();

  const cards = page.getByRole('button', {
    name: /^(Synthetic tool \d+|Headlamp|Argo CD|Ingress NGINX Controller|Prometheus)/,
  });
  const boxes = (
    await Promise.all((await cards.all()).map(card => card.boundingBox()))
  ).filter((box): box is Box => box !== null);
  expect(boxes.length).toBeGreaterThanOrEqual(104);
  const viewport = page.viewportSize()!;
  for (let i = 0; i < boxes.length; i++) {
    expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(viewport.width);
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i], boxes[j]), `cards ${i} and ${j} overlap`).toBe(
        false,
      );
    }
  }
  await page.screenshot({
    path: screenshotPath('page-5-diagram-140-tools'),
    fullPage: true,
  });
});
