import { expect, Page, test } from '@playwright/test';
import { mainContent, openHome, screenshotPath } from './signIn';

/**
 * The community Tech Radar in the legacy demo app, fed by the standard: the
 * current edition's tools in the rings of their verdicts.
 */

/** A ring of the radar's legend inside one quadrant, found by their names. */
const legendRing = (page: Page, quadrant: string, ring: string) =>
  mainContent(page)
    .locator('[data-testid="radar-quadrant"]')
    .filter({ has: page.getByRole('heading', { name: quadrant, exact: true }) })
    .locator('[data-testid="radar-ring"]')
    .filter({ has: page.getByRole('heading', { name: ring, exact: true }) });

test.beforeEach(async ({ page }) => {
  await openHome(page);
});

test('the Tech Radar shows Argo CD in Adopt and Jaeger in Hold, with their history', async ({
  page,
}) => {
  await page.getByRole('link', { name: 'Tech Radar' }).click();
  await expect(page).toHaveURL(/\/tech-radar$/);
  await expect(
    mainContent(page).getByRole('heading', { name: 'Tech Radar' }),
  ).toBeVisible();

  const quadrants = mainContent(page).locator(
    '[data-testid="radar-quadrant"] h2',
  );
  await expect(quadrants).toHaveText([
    'Infrastructure',
    'Networking & security',
    'Delivery & platform',
    'Observability & ops',
  ]);
  await expect(
    legendRing(page, 'Delivery & platform', 'Adopt').getByText('Argo CD', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    legendRing(page, 'Observability & ops', 'Hold').getByText('Jaeger', {
      exact: true,
    }),
  ).toBeVisible();
  // Listed once: not also under Adopt.
  await expect(
    legendRing(page, 'Observability & ops', 'Adopt').getByText('Jaeger', {
      exact: true,
    }),
  ).toHaveCount(0);
  // Each tool is a blip on the plot as well as a line in the legend.
  const entries = await mainContent(page)
    .locator('[data-testid="radar-entry"]')
    .count();
  expect(entries).toBeGreaterThan(40);

  // Tall enough for the whole radar (900 px high) and its legend.
  await page.setViewportSize({ width: 1400, height: 1250 });
  await mainContent(page).screenshot({ path: screenshotPath('tech-radar') });

  // Jaeger's history: removed in 2026 after two editions in Adopt.
  await legendRing(page, 'Observability & ops', 'Hold')
    .getByText('Jaeger', { exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByText('Jaeger', { exact: true }).first(),
  ).toBeVisible();
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Hold');
  await expect(rows.nth(0)).toContainText('2026 edition: Replaced by Tempo');
  await expect(rows.nth(1)).toContainText('Adopt');
  await expect(rows.nth(2)).toContainText('Adopt');
  // The radar renders its links as buttons.
  await expect(
    dialog.getByRole('button', { name: /^Repository\b/ }),
  ).toHaveAttribute('href', 'https://github.com/jaegertracing/jaeger');
});
