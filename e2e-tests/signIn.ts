import { expect, Locator, Page } from '@playwright/test';

/** Signs in with the guest provider, the demo's only sign-in. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(page.getByRole('link', { name: /K8s Standard/ })).toBeVisible();
}

/** Where a sign-in setup project saves its guest session. */
export const guestSessionFile = (setupProject: string) =>
  `node_modules/.cache/e2e-sessions/${setupProject}.json`;

/** Opens the home page, signed in by the saved session, for specs that start from the sidebar. */
export async function openHome(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /K8s Standard/ })).toBeVisible();
}

/** Where the e2e tests save the screenshots people look at. */
export const screenshotPath = (name: string) => `e2e-screenshots/${name}.png`;

// ─── Helpers for the diagram, verdict, accessibility and Korean specs ───

/** The viewports the one-screen diagram is checked at. */
export const VIEWPORTS = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1024x768', width: 1024, height: 768 },
] as const;

/** The page's main content (Backstage's `Page` renders a `<main>`). */
export const mainContent = (page: Page) => page.locator('main').first();

/** Opens the Standard Architecture page on the given edition (default: the current, 2026). */
export async function openStandardPage(page: Page, year = '2026') {
  await page.goto('/standard-architecture');
  await expect(page.getByRole('tab', { name: 'Diagram' })).toBeVisible();
  const edition = page.getByLabel('Edition', { exact: true });
  if ((await edition.inputValue()) !== year) await edition.selectOption(year);
}

/** Opens one of the page's tabs (Diagram, Changes, Adoption, Licenses) by its name. */
export async function openTab(page: Page, name: RegExp | string) {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/**
 * The layered diagram of an edition: the labelled group (or figure/region)
 * that names the edition's year and holds the tool tiles.
 */
export function diagramOf(page: Page, year = '2026') {
  const name = new RegExp(`\\b${year}\\b`);
  return mainContent(page)
    .getByRole('group', { name })
    .or(mainContent(page).getByRole('figure', { name }))
    .or(mainContent(page).getByRole('region', { name }))
    .filter({ has: page.getByRole('button', { name: /^Headlamp\b/ }) })
    .first();
}

/** A tool's tile in the diagram: a button whose name starts with the tool's name. */
export const toolTile = (page: Page, toolName: string, year = '2026') =>
  diagramOf(page, year)
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(toolName)}\\b`) })
    .first();

/** The diagram's legend: any element labelled "Legend". */
export const legendOf = (page: Page) =>
  page
    .getByRole('region', { name: 'Legend' })
    .or(page.getByLabel('Legend', { exact: true }))
    .first();

/** The tool details drawer (a modal dialog named after the tool). */
export const toolDrawer = (page: Page, toolName: string) =>
  page.getByRole('dialog', { name: new RegExp(escapeRegExp(toolName)) });

/**
 * Switches the page's language with the on-page toggle in the page header
 * ("English | 한국어"): a button, radio, tab or link named after the language.
 */
export async function switchLanguage(page: Page, language: 'en' | 'ko') {
  const label = language === 'ko' ? '한국어' : 'English';
  const header = mainContent(page).locator('header').first();
  const control = header
    .getByRole('button', { name: label })
    .or(header.getByRole('radio', { name: label }))
    .or(header.getByRole('tab', { name: label }))
    .or(header.getByRole('link', { name: label }))
    .or(header.getByRole('menuitemradio', { name: label }))
    .first();
  await expect(
    control,
    `a "${label}" control in the page header`,
  ).toBeVisible();
  await control.click();
}

/**
 * The verdict an element shows: the text of its `[data-verdict]` chip (or
 * that chip's aria-label/title when it shows an icon only).
 */
export async function verdictTexts(scope: Locator): Promise<string[]> {
  const chips = scope.locator('[data-verdict]');
  return chips.evaluateAll(elements =>
    elements.map(element => {
      const el = element as HTMLElement;
      const text = (el.innerText ?? '').replace(/\s+/g, ' ').trim();
      return (
        text ||
        el.getAttribute('aria-label') ||
        el.getAttribute('title') ||
        ''
      ).trim();
    }),
  );
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
