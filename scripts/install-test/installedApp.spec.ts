import { expect, Page, test } from '@playwright/test';

// The fresh app, with the packed plugins installed as the install pages say.

async function signIn(page: Page) {
  await page.goto('/');
  // A new app offers guest sign-in on its sign-in page.
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(enter).toBeHidden();
}

test('the page renders the 2026 diagram', async ({ page }) => {
  await signIn(page);
  await page.goto('/standard-architecture');
  await expect(page.getByRole('tab', { name: 'Diagram' })).toBeVisible();
  await expect(page.getByLabel('Edition', { exact: true })).toHaveValue('2026');
  const main = page.locator('main').first();
  await expect(main.getByText('Legend').first()).toBeVisible();
  const ingress = main.getByRole('button', { name: /^Ingress NGINX\b/ }).first();
  await expect(ingress).toBeVisible();
  await expect(ingress).toContainText('End of life');
  await page.screenshot({ path: 'e2e-screenshots/install-test-page.png' });
});

test("a service's card renders", async ({ page }) => {
  await signIn(page);
  await page.goto('/catalog/default/component/checkout-service');
  const card = page
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'Kubernetes Standard Architecture' })
    .first();
  await expect(card).toBeVisible();
  await expect(card.getByText('Jaeger').first()).toBeVisible();
  await expect(card.getByText('Removed').first()).toBeVisible();
  await expect(card.getByText('End of life').first()).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e-screenshots/install-test-card.png' });
});
