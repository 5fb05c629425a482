import { expect, Page } from '@playwright/test';

/** Signs in with the guest provider, the demo's only sign-in. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(page.getByRole('link', { name: /K8s Standard/ })).toBeVisible();
}

/** Where the e2e tests save the screenshots people look at. */
export const screenshotPath = (name: string) => `e2e-screenshots/${name}.png`;
