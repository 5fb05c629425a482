import { expect, test } from '@playwright/test';
import { screenshotPath } from './signIn';

test('a platform engineer browses editions, a tool and the 2025 → 2026 changes', async ({
  page,
}) => {
  // The page loads usage counts only; dependents are paged in on demand.
  const dependentsRequests: string[] = [];
  page.on('request', request => {
    if (
      /\/api\/standard-architecture\/tools\/[^/]+\/dependents/.test(
        request.url(),
      )
    ) {
      dependentsRequests.push(request.url());
    }
  });
  await page.goto('/standard-architecture');
  await expect(
    page.getByRole('heading', { name: 'Kubernetes Standard Architecture' }),
  ).toBeVisible();
  // Diagram tiles are named "<tool> — <verdict>".
  await expect(page.getByRole('button', { name: /^Headlamp\b/ })).toBeVisible();
  expect(dependentsRequests).toEqual([]);
  await page.screenshot({ path: screenshotPath('page-1-diagram-2026') });

  // Switch to 2025: Lens is back in the selection, Headlamp is not there yet.
  await page.getByLabel('Edition', { exact: true }).selectOption('2025');
  await expect(page.getByRole('button', { name: /^Lens\b/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Headlamp\b/ })).toHaveCount(
    0,
  );
  await page.screenshot({ path: screenshotPath('page-2-diagram-2025') });

  // Back to 2026 and open Ingress NGINX.
  await page.getByLabel('Edition', { exact: true }).selectOption('2026');
  await page
    .getByRole('button', { name: /^Ingress NGINX Controller\b/ })
    .click();
  const drawer = page.getByRole('dialog', { name: /Ingress NGINX Controller/ });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('Gateway API').first()).toBeVisible();
  await expect(drawer.getByText('2022').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('page-3-tool-drawer') });
  await page.keyboard.press('Escape');

  // The changes between 2025 and 2026, with reasons.
  await page.getByRole('tab', { name: 'Changes' }).click();
  await page.getByLabel('From', { exact: true }).selectOption('2025');
  await page.getByLabel('To', { exact: true }).selectOption('2026');
  for (const name of [
    'Headlamp',
    'Tempo',
    'OpenSearch',
    'Strimzi',
    'ClickHouse',
    'Pyroscope',
  ]) {
    await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText(/March 2026/).first()).toBeVisible();
  await page.screenshot({
    path: screenshotPath('page-4-changes-2025-2026'),
    fullPage: true,
  });

  // Adoption: counts per tool, status and owner from one request, no dependents.
  const requestedBefore = dependentsRequests.length;
  await page.getByRole('tab', { name: 'Adoption' }).click();
  await expect(
    page.getByRole('table', { name: 'Tools by number of dependents' }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Dependencies per status' }),
  ).toBeVisible();
  await expect(page.getByText(/^as of /).first()).toBeVisible();
  expect(dependentsRequests).toHaveLength(requestedBefore);
  await page.screenshot({
    path: screenshotPath('page-7-adoption'),
    fullPage: true,
  });
});
