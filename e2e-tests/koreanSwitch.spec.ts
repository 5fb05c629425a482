import { expect, Page, test } from '@playwright/test';
import {
  mainContent,
  openStandardPage,
  screenshotPath,
  switchLanguage,
  toolTile,
} from './signIn';
import {
  englishUiStrings,
  EnglishString,
  loadPluginMessages,
  phraseRegExp,
} from './pluginMessages';

/**
 * The on-page language switch ("English | 한국어" in the page header) turns
 * the whole page Korean: no English UI string of the plugin is left in the
 * main content or the sidebar entry. Data names (tool names, edition titles,
 * entity names and titles) stay as they are and are allowed.
 */

const { strings: PLUGIN_STRINGS, keptInKorean } = englishUiStrings();
const { ko } = loadPluginMessages();
/** A Korean message by its flattened key in the page's messages. */
const koPage = (key: string) => {
  const text = ko.get(`page:pageMessages:${key}`);
  if (!text) throw new Error(`no Korean message page.${key}`);
  return text;
};

/** Names the data gives (tools, editions, entities): allowed in any language. */
function collectDataNames(page: Page): Set<string> {
  const names = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) {
      value.forEach(item => walk(item, key));
    } else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      // Edition titles are bilingual: { en, ko }.
      if (key === 'title' && typeof object.en === 'string') {
        names.add(object.en);
      }
      for (const [k, v] of Object.entries(object)) walk(v, k);
    } else if (
      typeof value === 'string' &&
      ['name', 'title', 'displayName', 'nameKo'].includes(key ?? '') &&
      value.trim().length > 0
    ) {
      names.add(value.trim());
    }
  };
  page.on('response', async response => {
    if (!/\/api\/(standard-architecture|catalog)\//.test(response.url())) {
      return;
    }
    if (!/json/.test(response.headers()['content-type'] ?? '')) return;
    try {
      walk(await response.json());
    } catch {
      // A body that is gone or not JSON names nothing.
    }
  });
  return names;
}

/** The English strings in `text`, once the data names are taken out. */
function englishIn(
  text: string,
  dataNames: Set<string>,
  strings: EnglishString[],
) {
  let rest = text;
  for (const name of [...dataNames].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(phraseRegExp(name, 'giu'), ' ');
  }
  return strings.flatMap(({ key, text: english }) => {
    const match = phraseRegExp(english).exec(rest);
    if (!match) return [];
    const at = Math.max(0, match.index - 30);
    const context = rest
      .slice(at, match.index + english.length + 30)
      .replace(/\s+/g, ' ');
    return [`"${english}" (${key}) in "…${context}…"`];
  });
}

test('the on-page switch turns the page Korean: no English UI string of the plugin remains', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(PLUGIN_STRINGS.length, 'English strings loaded').toBeGreaterThan(100);
  console.log(
    `${
      PLUGIN_STRINGS.length
    } English strings checked; kept in Korean messages, so allowed: ${JSON.stringify(
      keptInKorean,
    )}`,
  );
  const dataNames = collectDataNames(page);
  await openStandardPage(page, '2026');
  await expect(toolTile(page, 'Headlamp')).toBeVisible();

  await switchLanguage(page, 'ko');
  await expect(
    page.getByRole('heading', { level: 1, name: koPage('title') }),
  ).toBeVisible();

  const found: Record<string, string[]> = {};
  const sidebarEntry = page.locator('nav a[href$="/standard-architecture"]');
  const check = async (view: string, screenshot: string) => {
    // Let late texts (counts, "as of") settle.
    await page.waitForLoadState('networkidle').catch(() => {});
    const text = await mainContent(page).innerText();
    const sidebar = (await sidebarEntry.count())
      ? `${(await sidebarEntry.first().textContent()) ?? ''} ${
          (await sidebarEntry.first().getAttribute('aria-label')) ?? ''
        }`
      : '';
    const english = [
      ...englishIn(text, dataNames, PLUGIN_STRINGS),
      ...englishIn(sidebar, dataNames, PLUGIN_STRINGS).map(
        s => `sidebar: ${s}`,
      ),
    ];
    if (english.length) found[view] = english;
    await page.screenshot({ path: screenshotPath(screenshot), fullPage: true });
  };

  // The diagram (the default view).
  await expect(toolTile(page, 'Headlamp')).toBeVisible();
  await check('the diagram', 'korean-1-diagram');

  // The table view.
  await page
    .getByRole('button', { name: koPage('view.table'), exact: true })
    .click();
  await expect(
    mainContent(page)
      .locator('tbody tr')
      .filter({ hasText: 'Headlamp' })
      .first(),
  ).toBeVisible();
  await check('the table view', 'korean-2-table');

  // The tabs.
  await page.getByRole('tab', { name: koPage('tabs.changes') }).click();
  await expect(mainContent(page).getByText('Tempo').first()).toBeVisible();
  await check('the Changes tab', 'korean-3-changes');

  await page.getByRole('tab', { name: koPage('tabs.adoption') }).click();
  await expect(
    page.getByRole('table', { name: koPage('adoption.ranking') }),
  ).toBeVisible();
  await check('the Adoption tab', 'korean-4-adoption');

  await page.getByRole('tab', { name: koPage('tabs.licenses') }).click();
  await expect(mainContent(page).locator('table').first()).toBeVisible();
  await check('the Licenses tab', 'korean-5-licenses');

  expect(found, 'English UI strings on the Korean page').toEqual({});
});
