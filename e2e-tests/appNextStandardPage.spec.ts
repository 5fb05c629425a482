import { expect, test } from '@playwright/test';
import {
  diagramOf,
  legendOf,
  mainContent,
  openHome,
  openStandardPage,
  screenshotPath,
  switchLanguage,
  toolTile,
  verdictTexts,
} from './signIn';

/**
 * app-next, the demo app on the new frontend system: the plugin is
 * discovered from package.json (`app.packages: all`) and brings its page
 * and sidebar entry with it.
 */

test.beforeEach(async ({ page }) => {
  await openHome(page);
});

test('the sidebar entry opens the 2026 diagram, with its legend and Ingress NGINX at end of life', async ({
  page,
}) => {
  await page.getByRole('link', { name: /K8s Standard/ }).click();
  await expect(page).toHaveURL(/\/standard-architecture$/);
  await expect(
    mainContent(page).getByRole('heading', {
      name: 'Kubernetes Standard Architecture',
    }),
  ).toBeVisible();
  await openStandardPage(page, '2026');
  await expect(diagramOf(page, '2026')).toBeVisible();
  await expect(legendOf(page)).toBeVisible();

  const ingress = toolTile(page, 'Ingress NGINX Controller');
  await expect(ingress).toBeVisible();
  await expect(ingress.locator('[data-verdict]').first()).toBeVisible();
  expect(await verdictTexts(ingress)).toEqual(['End of life']);

  await page.screenshot({
    path: screenshotPath('app-next-page'),
    fullPage: true,
  });
});

test('the app installs the plugin’s Korean strings: the page and its sidebar entry switch to Korean', async ({
  page,
}) => {
  await openStandardPage(page, '2026');
  await switchLanguage(page, 'ko');
  await expect(
    mainContent(page).getByRole('heading', {
      name: '쿠버네티스 표준 아키텍처',
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /K8s 표준/ })).toBeVisible();
});
