import { expect, Page, test } from '@playwright/test';
import { mainContent, verdictTexts } from './signIn';

/**
 * app-next's catalog entity pages come from the catalog plugin's new
 * frontend system pages; the plugin's cards and tab join them through their
 * entity filters.
 */

/** A card on the entity page, found by its title. */
const card = (page: Page, title: string | RegExp) =>
  mainContent(page)
    .locator('article, .MuiCard-root')
    .filter({
      has: page.getByText(title, { exact: typeof title === 'string' }),
    })
    .last();

/** The entity page's tabs: links in its content navigation. */
const tab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name, exact: true });

// A demo service declaring both Ingress NGINX and Jaeger (catalog-info/services.yaml).
test('a service (checkout-web) shows its tools’ verdicts on the standard’s card', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/checkout-web');
  const standard = card(page, 'Kubernetes Standard Architecture');
  const ingress = standard
    .locator('li, tr, [data-tool="ingress-nginx"]')
    .filter({ hasText: 'Ingress NGINX Controller' })
    .first();
  await expect(ingress).toBeVisible();
  await expect(ingress.locator('[data-verdict]').first()).toBeVisible();
  expect(await verdictTexts(ingress)).toContain('End of life');
  await expect(standard.getByText(/Move to Gateway API/).first()).toBeVisible();

  const jaeger = standard
    .locator('li, tr, [data-tool="jaeger"]')
    .filter({ hasText: 'Jaeger' })
    .first();
  await expect(jaeger).toBeVisible();
  expect(await verdictTexts(jaeger)).toContain('Removed');
});

test('a team page (team-payments) has the team’s rollup card', async ({
  page,
}) => {
  await page.goto('/catalog/default/group/team-payments');
  const rollup = card(page, 'Kubernetes Standard Architecture risks');
  await expect(rollup).toBeVisible();
  const rows = rollup.locator('tbody tr');
  await expect(rows.first()).toContainText('Ingress NGINX Controller');
  await expect(rows.first()).toContainText('March 2026');
  await expect(rollup.getByText(/^Covers: /)).toBeVisible();
});

test('a tool (Jaeger) has a Standard tab saying it was removed', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/jaeger');
  await tab(page, 'Standard').click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/jaeger\/standard$/,
  );
  const status = mainContent(page)
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'Status in the 2026 edition' })
    .first();
  await expect(status).toBeVisible();
  expect(await verdictTexts(status)).toContain('Removed');
  await expect(mainContent(page).getByText(/Tempo/).first()).toBeVisible();
});

test('the standard’s own tools get no service card, services get no Standard tab', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/checkout-web');
  await expect(card(page, 'Kubernetes Standard Architecture')).toBeVisible();
  await expect(tab(page, 'Standard')).toHaveCount(0);

  await page.goto('/catalog/default/component/jaeger');
  await expect(tab(page, 'Standard')).toBeVisible();
  await expect(
    mainContent(page).getByText('Standard tools it depends on'),
  ).toHaveCount(0);
});
