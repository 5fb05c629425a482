import { expect, test } from '@playwright/test';
import { screenshotPath } from './signIn';

test('a service on Ingress NGINX sees the caution and Gateway API as the way forward', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/search-api');
  const card = page
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'Kubernetes Standard Architecture' })
    .first();
  await expect(
    card.getByText('Ingress NGINX Controller').first(),
  ).toBeVisible();
  // Its verdict: past its end of life (2026-03), so "End of life", not "Caution".
  await expect(card.getByText('End of life').first()).toBeVisible();
  await expect(card.getByText(/Move to Gateway API/).first()).toBeVisible();
  await expect(
    card.getByText(/gcr\.io\/distroless\/java21-debian12/).first(),
  ).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: screenshotPath('cards-1-service'),
    fullPage: true,
  });
});

test('a tool page lists its dependents', async ({ page }) => {
  await page.goto('/catalog/default/component/ingress-nginx/standard');
  await expect(page.getByText('Payments API').first()).toBeVisible();
  await expect(page.getByText('Search API').first()).toBeVisible();
  await expect(
    page.getByText('Mobile backend-for-frontend').first(),
  ).toBeVisible();
  // Paged from the usage index, which says how fresh it is.
  await expect(page.getByText(/^Showing \d+ of \d+$/).first()).toBeVisible();
  await expect(page.getByText(/^as of /).first()).toBeVisible();
  await page.screenshot({
    path: screenshotPath('cards-2-tool-tab'),
    fullPage: true,
  });
});

test('a team sees its rollup ordered by deadline', async ({ page }) => {
  await page.goto('/catalog/default/group/team-search');
  const rows = page
    .locator('table')
    .filter({ hasText: 'Ingress NGINX Controller' })
    .locator('tbody tr');
  await expect(rows.first()).toContainText('Ingress NGINX Controller');
  // The data gives Ingress NGINX's end of life as a month (2026-03): it reads as one.
  await expect(rows.first()).toContainText('March 2026');
  const texts = await rows.allInnerTexts();
  // Ingress NGINX (deadline March 2026) comes before the removed tools without one.
  expect(texts.length).toBeGreaterThanOrEqual(3);
  expect(texts.findIndex(t => /Elasticsearch/.test(t))).toBeGreaterThan(0);
  // The card names the groups it covers and how fresh the index is.
  await expect(page.getByText(/^Covers: /)).toBeVisible();
  await expect(page.getByText(/^as of /).first()).toBeVisible();
  await page.screenshot({
    path: screenshotPath('cards-3-group-rollup'),
    fullPage: true,
  });
});

// The demo service whose repository uses a standard tool its
// catalog-info.yaml does not declare (the backend's scanning demo).
const DETECTED_TOOL_SERVICE = 'ledger-service';

test(`a service (${DETECTED_TOOL_SERVICE}) sees a tool found in its repository, where, and the dependsOn line to add`, async ({
  page,
}) => {
  await page.goto(`/catalog/default/component/${DETECTED_TOOL_SERVICE}`);
  const card = page
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'Kubernetes Standard Architecture' })
    .first();
  // A tool row says its use was detected ("detected" or "declared · detected")…
  await expect(card.getByText(/^(· )?detected$/).first()).toBeVisible();
  // …and says where: "found in <path> line <n>". The demo's repositories are
  // local files, which a browser can't open, so here it is text, not a link.
  await expect(card.getByText(/found in \S+ line \d+/).first()).toBeVisible();
  // The hint for tools found but not declared, with the line to add.
  await expect(
    card.getByText(
      'Found in the repository but not declared in catalog-info.yaml',
    ),
  ).toBeVisible();
  await expect(
    card.getByText(/- component:default\/\S+/).first(),
  ).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: screenshotPath('cards-4-service-detected'),
    fullPage: true,
  });
});
