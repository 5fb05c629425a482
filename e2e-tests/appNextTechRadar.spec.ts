import { expect, test } from '@playwright/test';
import { mainContent, openHome } from './signIn';

/**
 * The Tech Radar page in app-next: the community plugin's legacy page in a
 * new-frontend-system page, fed by StandardArchitectureTechRadarClient.
 */

test('the Tech Radar shows the standard’s tools in their rings', async ({
  page,
}) => {
  await openHome(page);
  await page.getByRole('link', { name: 'Tech Radar' }).click();
  await expect(page).toHaveURL(/\/tech-radar$/);
  await expect(
    mainContent(page).getByRole('heading', { name: 'Tech Radar' }),
  ).toBeVisible();
  await expect(
    mainContent(page).locator('[data-testid="radar-quadrant"] h2'),
  ).toHaveText([
    'Infrastructure',
    'Networking & security',
    'Delivery & platform',
    'Observability & ops',
  ]);
  const adopt = mainContent(page)
    .locator('[data-testid="radar-quadrant"]')
    .filter({
      has: page.getByRole('heading', {
        name: 'Delivery & platform',
        exact: true,
      }),
    })
    .locator('[data-testid="radar-ring"]')
    .filter({ has: page.getByRole('heading', { name: 'Adopt', exact: true }) });
  await expect(adopt.getByText('Argo CD', { exact: true })).toBeVisible();
  expect(
    await mainContent(page).locator('[data-testid="radar-entry"]').count(),
  ).toBeGreaterThan(40);
});
