import { expect, Locator, Page, test } from '@playwright/test';
import {
  mainContent,
  openStandardPage,
  openTab,
  screenshotPath,
  toolDrawer,
  toolTile,
  VIEWPORTS,
} from './signIn';

/**
 * No table cell is narrower than its longest word: a squeezed column splits
 * words mid-way ("Ingre|ss") or clips them. For every visible `td`/`th` in
 * `scope`, the widest word is measured with the font it is drawn in (canvas
 * measureText with the text's computed font, letter spacing and text
 * transform) and compared with the cell's width.
 *
 * The brief's rule is `cell.clientWidth >= word - 1`. clientWidth includes
 * the cell's padding, so a word could already be broken inside a cell that
 * passes it; the content box (clientWidth minus horizontal padding) is what
 * holds the text, so that is what the word must fit in.
 */
async function squeezedCells(scope: Locator) {
  return scope.evaluateAll(roots => {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d')!;
    const offenders: string[] = [];
    let cells = 0;
    const seen = new Set<Element>();
    for (const root of roots) {
      const all = [
        ...(root.matches('td, th') ? [root] : []),
        ...root.querySelectorAll('td, th'),
      ];
      for (const cell of all as HTMLTableCellElement[]) {
        if (seen.has(cell)) continue;
        seen.add(cell);
        if (!cell.checkVisibility() || cell.clientWidth === 0) continue;
        // A cell spanning the row (an expanded detail row) holds a table of
        // its own, whose cells are checked themselves.
        if (cell.colSpan > 1 && cell.querySelector('table')) continue;
        cells++;
        const style = getComputedStyle(cell);
        const content =
          cell.clientWidth -
          parseFloat(style.paddingLeft) -
          parseFloat(style.paddingRight);
        let widest = 0;
        let widestWord = '';
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          // Text inside a nested table belongs to that table's cells.
          if (parent.closest('td, th') !== cell) continue;
          if (!parent.checkVisibility()) continue;
          const font = getComputedStyle(parent);
          ctx.font = `${font.fontStyle} ${font.fontVariant} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
          (ctx as any).letterSpacing =
            font.letterSpacing === 'normal' ? '0px' : font.letterSpacing;
          for (let word of (node.textContent ?? '').split(/\s+/)) {
            if (!word) continue;
            if (font.textTransform === 'uppercase') word = word.toUpperCase();
            const width = ctx.measureText(word).width;
            if (width > widest) {
              widest = width;
              widestWord = word;
            }
          }
        }
        if (widest > 0 && content < widest - 1) {
          const text = (cell.innerText || cell.textContent || '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 80);
          offenders.push(
            `"${text}": word "${widestWord}" is ${widest.toFixed(
              1,
            )} px, cell content ${content.toFixed(1)} px (clientWidth ${
              cell.clientWidth
            })`,
          );
        }
      }
    }
    return { cells, offenders };
  });
}

async function expectNoSqueezedCells(
  page: Page,
  view: string,
  tables: Locator,
  screenshot: string,
) {
  await expect(tables.first(), `a table on ${view}`).toBeVisible();
  const { cells, offenders } = await squeezedCells(tables);
  await page.screenshot({ path: screenshotPath(screenshot), fullPage: true });
  expect(cells, `cells measured on ${view}`).toBeGreaterThan(0);
  expect(
    offenders,
    `cells narrower than their longest word on ${view}`,
  ).toEqual([]);
}

for (const viewport of VIEWPORTS) {
  test.describe(`table cells at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the page’s table view', async ({ page }) => {
      await openStandardPage(page, '2026');
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      const table = mainContent(page).locator('table');
      await expect(
        table.locator('tbody tr').filter({ hasText: 'Headlamp' }).first(),
      ).toBeVisible();
      await expectNoSqueezedCells(
        page,
        'the table view',
        table,
        `cells-${viewport.name}-1-table-view`,
      );
    });

    test('the Licenses tab', async ({ page }) => {
      await openStandardPage(page, '2026');
      await openTab(page, 'Licenses');
      await expectNoSqueezedCells(
        page,
        'the Licenses tab',
        mainContent(page).locator('table'),
        `cells-${viewport.name}-2-licenses`,
      );
    });

    test('the Adoption tables', async ({ page }) => {
      await openStandardPage(page, '2026');
      await openTab(page, 'Adoption');
      await expect(
        page.getByRole('table', { name: 'Tools by number of dependents' }),
      ).toBeVisible();
      // Expand the first ranking row: its dependents table is checked too.
      const expand = mainContent(page)
        .getByRole('button', { name: /^Dependents of / })
        .first();
      if (await expand.isVisible()) {
        await expand.click();
        await expect(
          mainContent(page).locator('table table, tr[id] table').first(),
        ).toBeVisible();
      }
      await expectNoSqueezedCells(
        page,
        'the Adoption tab',
        mainContent(page).locator('table'),
        `cells-${viewport.name}-3-adoption`,
      );
    });

    test('the drawer’s history table', async ({ page }) => {
      await openStandardPage(page, '2026');
      await toolTile(page, 'Ingress NGINX Controller').click();
      const drawer = toolDrawer(page, 'Ingress NGINX Controller');
      const history = drawer.getByRole('table', {
        name: 'History across editions',
      });
      await expect(history.locator('tbody tr').first()).toBeVisible();
      await history.scrollIntoViewIfNeeded();
      await expectNoSqueezedCells(
        page,
        'the drawer',
        drawer.locator('table'),
        `cells-${viewport.name}-4-drawer-history`,
      );
    });

    test('the tool’s Standard tab', async ({ page }) => {
      await page.goto('/catalog/default/component/ingress-nginx/standard');
      const tables = mainContent(page).locator('table');
      await expect(tables.locator('tbody tr').first()).toBeVisible();
      await expect(
        mainContent(page).getByText('Payments API').first(),
      ).toBeVisible();
      await expectNoSqueezedCells(
        page,
        'the tool’s Standard tab',
        tables,
        `cells-${viewport.name}-5-tool-tab`,
      );
    });

    test('the group card', async ({ page }) => {
      await page.goto('/catalog/default/group/team-payments');
      const card = mainContent(page)
        .locator('table')
        .filter({ hasText: 'Ingress NGINX Controller' });
      await expect(card.locator('tbody tr').first()).toBeVisible();
      await expectNoSqueezedCells(
        page,
        'the group card',
        card,
        `cells-${viewport.name}-6-group-card`,
      );
    });
  });
}
