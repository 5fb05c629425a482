import { expect, test } from '@playwright/test';
import { screenshotPath, signInAsGuest } from './signIn';

// The one spec that goes through the sign-in page: no saved session.
test.use({ storageState: { cookies: [], origins: [] } });

test('a guest signs in and opens the Standard Architecture page', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.getByRole('link', { name: /K8s Standard/ }).click();
  await expect(page).toHaveURL(/\/standard-architecture/);
  await expect(
    page.getByRole('heading', { name: 'Kubernetes Standard Architecture' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Headlamp/ }).first(),
  ).toBeVisible();
  await page.screenshot({
    path: screenshotPath('smoke-standard-architecture'),
    fullPage: true,
  });
});
