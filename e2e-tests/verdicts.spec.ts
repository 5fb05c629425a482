import { expect, Locator, Page, test } from '@playwright/test';
import {
  mainContent,
  openStandardPage,
  openTab,
  screenshotPath,
  toolDrawer,
  toolTile,
  verdictTexts,
} from './signIn';

/**
 * One verdict per tool, everywhere: a tool reads the same on the diagram,
 * in the drawer, on service and team cards, in Adoption and on its own tab.
 */

const INGRESS = 'Ingress NGINX Controller';
// A demo service that declares Ingress NGINX, and the team that owns it.
const SERVICE = 'payments-api';
const TEAM = 'team-payments';

/** The verdict texts in `scope`: at least one, each exactly `expected`. */
async function expectVerdict(
  where: string,
  scope: Locator,
  expected: string,
  found: Record<string, string[]>,
) {
  await expect(
    scope.locator('[data-verdict]').first(),
    `a verdict chip on ${where}`,
  ).toBeVisible();
  const texts = await verdictTexts(scope);
  found[where] = texts;
  expect(texts.length, `verdict chips on ${where}`).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text, `the verdict on ${where}`).toBe(expected);
  }
}

/** The service card ("Kubernetes Standard Architecture") on an entity page. */
const serviceCard = (page: Page) =>
  mainContent(page)
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'Kubernetes Standard Architecture' })
    .last();

/** Rows or items of `scope` about a tool: by data-tool, else by its name. */
const aboutTool = (scope: Locator, toolId: string, toolName: string) =>
  scope
    .locator(`[data-tool="${toolId}"]`)
    .or(scope.locator('li, tr').filter({ hasText: toolName }));

test(`${INGRESS} reads "End of life" on the diagram, drawer, service card, team card and Adoption`, async ({
  page,
}) => {
  const found: Record<string, string[]> = {};
  try {
    // 1. The diagram tile.
    await openStandardPage(page, '2026');
    const tile = toolTile(page, INGRESS);
    await expect(tile).toBeVisible();
    await expectVerdict('the diagram tile', tile, 'End of life', found);

    // 2. The drawer the tile opens.
    await tile.click();
    const drawer = toolDrawer(page, INGRESS);
    await expect(drawer).toBeVisible();
    await expectVerdict('the drawer', drawer, 'End of life', found);
    await page.screenshot({ path: screenshotPath('verdict-1-drawer') });
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    // 3. Adoption: the ranking row and the at-risk list.
    await openTab(page, 'Adoption');
    const ranking = page.getByRole('table', {
      name: 'Tools by number of dependents',
    });
    await expect(ranking).toBeVisible();
    await expectVerdict(
      'the Adoption tab',
      aboutTool(mainContent(page), 'ingress-nginx', INGRESS),
      'End of life',
      found,
    );
    await page.screenshot({
      path: screenshotPath('verdict-2-adoption'),
      fullPage: true,
    });

    // 4. The card of a service on Ingress NGINX.
    await page.goto(`/catalog/default/component/${SERVICE}`);
    const card = serviceCard(page);
    await expect(card.getByText(INGRESS).first()).toBeVisible();
    await expectVerdict(
      `the ${SERVICE} service card`,
      aboutTool(card, 'ingress-nginx', INGRESS),
      'End of life',
      found,
    );
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: screenshotPath('verdict-3-service-card'),
      fullPage: true,
    });

    // 5. The card of the team that owns the service.
    await page.goto(`/catalog/default/group/${TEAM}`);
    const rows = mainContent(page)
      .locator('table')
      .filter({ hasText: INGRESS })
      .locator('tbody tr')
      .filter({ hasText: INGRESS });
    await expect(rows.first()).toBeVisible();
    await expectVerdict(`the ${TEAM} group card`, rows, 'End of life', found);
    await rows.first().scrollIntoViewIfNeeded();
    await page.screenshot({
      path: screenshotPath('verdict-4-group-card'),
      fullPage: true,
    });
  } finally {
    // What each view said, for the report.
    console.log(`verdicts of ${INGRESS}: ${JSON.stringify(found)}`);
  }
});

test('the table view and the tool’s Standard tab show the same verdicts; Jaeger reads "Removed"', async ({
  page,
}) => {
  await openStandardPage(page, '2026');
  const found: Record<string, string[]> = {};

  // Jaeger on the diagram and in its drawer.
  const jaeger = toolTile(page, 'Jaeger');
  await expectVerdict('the Jaeger tile', jaeger, 'Removed', found);
  await jaeger.click();
  const drawer = toolDrawer(page, 'Jaeger');
  await expect(drawer).toBeVisible();
  // The drawer's own verdict (its history table may show older statuses).
  const drawerVerdict = drawer.locator('[data-verdict]').first();
  await expect(drawerVerdict).toBeVisible();
  expect((await verdictTexts(drawer))[0]).toBe('Removed');
  await page.keyboard.press('Escape');

  // The table view: the Ingress NGINX row.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const row = mainContent(page)
    .locator('tbody tr')
    .filter({ hasText: INGRESS })
    .first();
  await expect(row).toBeVisible();
  await expectVerdict('the table view', row, 'End of life', found);
  const jaegerRow = mainContent(page)
    .locator('tbody tr')
    .filter({ has: page.getByText('Jaeger', { exact: true }) })
    .first();
  await expectVerdict('the table view (Jaeger)', jaegerRow, 'Removed', found);
  await page.screenshot({
    path: screenshotPath('verdict-5-table-view'),
    fullPage: true,
  });

  // The tool's own Standard tab: its current verdict comes first.
  await page.goto('/catalog/default/component/ingress-nginx/standard');
  const first = mainContent(page).locator('[data-verdict]').first();
  await expect(first).toBeVisible();
  expect((await verdictTexts(mainContent(page)))[0]).toBe('End of life');
  await page.screenshot({
    path: screenshotPath('verdict-6-tool-tab'),
    fullPage: true,
  });
  console.log(`verdicts: ${JSON.stringify(found)}`);
});
