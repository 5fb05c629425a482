import { expect, Page, test } from '@playwright/test';

/**
 * The StandardToolPicker field in app-next's scaffolder, registered by the
 * plugin's form field extension (no ScaffolderFieldExtensions in the app).
 */

/** Options are named "<tool> <summary>", so match the start of the name. */
const option = (page: Page, tool: string) =>
  page.getByRole('option', { name: new RegExp(`^${tool} `) });

test('the standard-service template offers the standard’s tools', async ({
  page,
}) => {
  await page.goto('/create');
  await page
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'New service on the standard stack' })
    .getByRole('button', { name: 'Choose' })
    .click();

  await page.getByRole('textbox', { name: 'Name' }).fill('app-next-e2e');
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.fill('group:default/team-mobile');
  await owner.press('Tab');
  await page.getByRole('button', { name: 'Next' }).click();

  // Observability takes several tools: recommended ones can be picked,
  // removed ones are listed but refused with what to move to.
  await page.getByRole('button', { name: /Observability/ }).click();
  await expect(option(page, 'Prometheus')).toBeVisible();
  await expect(option(page, 'Prometheus')).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(option(page, 'Jaeger')).toHaveAttribute('aria-disabled', 'true');
  await expect(option(page, 'Jaeger')).toContainText('Removed');
  await expect(option(page, 'Jaeger')).toContainText('move to Tempo');
  await option(page, 'Prometheus').click();
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('button', { name: /Observability/ }),
  ).toContainText('Prometheus');
});
