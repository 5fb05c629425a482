import { expect, Page, test } from '@playwright/test';
import { screenshotPath } from './signIn';

/** Options are named "<tool> <summary>", so match the start of the name. */
const option = (page: Page, tool: string) =>
  page.getByRole('option', { name: new RegExp(`^${tool} `) });

async function pickTool(page: Page, field: RegExp, tool: string) {
  await page.getByRole('button', { name: field }).click();
  await option(page, tool).click();
}

test('the standard-service template offers approved tools and records them in catalog-info.yaml', async ({
  page,
}) => {
  const name = `e2e-service-${Date.now()}`;
  await page.goto('/create');
  await page
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'New service on the standard stack' })
    .getByRole('button', { name: 'Choose' })
    .click();

  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  const owner = page.getByRole('textbox', { name: 'Owner' });
  // OwnerPicker accepts a typed entity ref.
  await owner.fill('group:default/team-mobile');
  await owner.press('Tab');
  await page.getByRole('button', { name: 'Next' }).click();

  await pickTool(page, /CI\/CD/, 'GitHub Actions');
  await pickTool(page, /GitOps delivery/, 'Argo CD');

  // Observability takes several tools, grouped by category.
  await page.getByRole('button', { name: /Observability/ }).click();
  const menu = page.getByRole('listbox');
  for (const category of [
    'Metric pipeline',
    'Log pipeline',
    'Trace pipeline',
  ]) {
    await expect(menu.getByText(category, { exact: true })).toBeVisible();
  }
  // Removed tools are listed but refused, saying what to move to.
  await expect(option(page, 'Jaeger')).toHaveAttribute('aria-disabled', 'true');
  await expect(option(page, 'Jaeger')).toContainText('Removed');
  await expect(option(page, 'Jaeger')).toContainText('move to Tempo');
  await option(page, 'Prometheus').click();
  // The menu stays open for the next pick.
  await option(page, 'Tempo').click();
  await expect(option(page, 'Prometheus')).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(option(page, 'Tempo')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  const observability = page.getByRole('button', { name: /Observability/ });
  await expect(observability).toContainText('Prometheus');
  await expect(observability).toContainText('Tempo');

  // Ingress offers L4/L7 implementations and the service mesh, no CNI.
  await page.getByRole('button', { name: /Ingress \/ gateway/ }).click();
  await expect(option(page, 'MetalLB')).toBeVisible();
  await expect(option(page, 'Calico')).toHaveCount(0);
  // Ingress NGINX is past its end of life: listed, explained, refused.
  const ingressNginx = option(page, 'Ingress NGINX Controller');
  await expect(ingressNginx).toHaveAttribute('aria-disabled', 'true');
  await expect(ingressNginx).toContainText('End of life');
  await expect(ingressNginx).toContainText('move to Gateway API');
  for (const tool of ['MetalLB', 'Istio']) {
    await expect(option(page, tool)).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  }
  await page.screenshot({ path: screenshotPath('template-1-tool-picker') });
  await option(page, 'Istio').click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.screenshot({ path: screenshotPath('template-2-review') });
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(
    page.getByText('component:default/github-actions').first(),
  ).toBeVisible({ timeout: 60_000 });
  for (const tool of ['argo-cd', 'prometheus', 'tempo', 'istio']) {
    await expect(
      page.getByText(`component:default/${tool}`).first(),
    ).toBeVisible();
  }
  await expect(page.getByText(`name: ${name}`).first()).toBeVisible();
  await page.screenshot({
    path: screenshotPath('template-3-generated-catalog-info'),
    fullPage: true,
  });
});
