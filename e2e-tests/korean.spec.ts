import { expect, test } from '@playwright/test';
import { screenshotPath } from './signIn';

test('the page and its data texts switch to Korean', async ({ page }) => {
  await page.goto('/settings');
  // The language select: open it, pick Korean (listed under its own name or its code).
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('option', { name: /한국어|Korean|^ko$/ }).click();
  await page.goto('/standard-architecture');
  await expect(page.getByRole('tab', { name: '변경 사항' })).toBeVisible();
  await page
    // Diagram tiles are named "<tool> — <verdict>".
    .getByRole('button', { name: /^Ingress NGINX Controller\b/ })
    .click();
  // The summary comes from the data's ko text, as plain text.
  await expect(
    page
      .getByRole('dialog')
      .getByText(/게이트웨이 API|Gateway API/)
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('dialog')
      .getByText(/[가-힣]{4,}/)
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('page-6-korean') });
});
