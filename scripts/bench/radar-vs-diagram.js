// Prints the community Tech Radar page's render time beside our diagram
// page's, for the same edition, in Debian Chromium: N loads of each,
// alternating so both see the same machine, each timed from navigation start
// until everything it draws is visible. Then the ratio radar / diagram.
// Not a test: it prints.
const { chromium } = require('@playwright/test');
const {
  CHROMIUM,
  diagramShown,
  diagramToolNames,
  EDITION_REQUEST,
  summary,
} = require('./diagramShown');

const base = process.argv[2];
const runs = Number(process.argv[3] ?? 7);
const RADAR_REQUEST = /\/api\/standard-architecture\/tech-radar(\?|$)/;

/**
 * Runs in the page on every frame: false until a blip for each of `count`
 * entries and each entry's line in the legend are visible, then the time
 * since navigation start.
 */
function radarShown(count) {
  const visible = el => el.getBoundingClientRect().width > 0;
  const blips = [...document.querySelectorAll('[data-testid="radar-entry"]')];
  const lines = [
    ...document.querySelectorAll('[data-testid="radar-ring"] li'),
  ];
  if (blips.length < count || lines.length < count) return false;
  return blips.every(visible) && lines.every(visible)
    ? performance.now()
    : false;
}

/** Loads `path` and waits for `shown(arg)`: its time in ms, or throws after 30 s. */
async function timeLoad(page, path, shown, arg) {
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(shown, arg, {
    polling: 'raf',
    timeout: 30_000,
  });
  return Math.round(await handle.jsonValue());
}

(async () => {
  const browser = await chromium.launch(CHROMIUM);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByRole('link', { name: /K8s Standard/ }).waitFor();

  // What each page draws, from its own first request (these loads warm up).
  const editionResponse = page.waitForResponse(r =>
    EDITION_REQUEST.test(r.url()),
  );
  await page.goto(`${base}/standard-architecture`, { waitUntil: 'commit' });
  const edition = await (await editionResponse).json();
  const names = diagramToolNames(edition);
  await page.waitForFunction(diagramShown, names, { timeout: 30_000 });

  const radarResponse = page.waitForResponse(r => RADAR_REQUEST.test(r.url()));
  await page.goto(`${base}/tech-radar`, { waitUntil: 'commit' });
  const radar = await (await radarResponse).json();
  const count = radar.entries.length;
  await page.waitForFunction(radarShown, count, { timeout: 30_000 });

  // Both show the selected edition: the same tools, or the figures would not compare.
  const radarIds = radar.entries.map(e => e.id).sort().join(',');
  const editionIds = edition.tools.map(t => t.id).sort().join(',');
  const same = radarIds === editionIds;

  const times = { diagram: [], radar: [] };
  let failure;
  try {
    for (let i = 0; i < runs; i++) {
      times.diagram.push(
        await timeLoad(page, '/standard-architecture', diagramShown, names),
      );
      times.radar.push(await timeLoad(page, '/tech-radar', radarShown, count));
    }
  } catch (error) {
    failure = error;
  }
  await browser.close();

  const label = `edition ${edition.year}`;
  if (failure) {
    console.log(
      `tech radar vs diagram (${label}): not measured: a page did not finish within 30 s (${failure.message.split('\n')[0]})`,
    );
    return;
  }
  const diagram = summary(times.diagram);
  const radarTimes = summary(times.radar);
  const ratio = (a, b) => (a / b).toFixed(2);
  console.log(
    `tech radar vs diagram (${label}${same ? '' : ', NOT the same tools'}) over ${runs} loads each:`,
  );
  console.log(
    `  diagram (Legend + ${names.length} tiles): median ${diagram.median} ms, p90 ${diagram.p90} ms, min ${diagram.min} ms`,
  );
  console.log(
    `  tech radar (${count} blips + legend): median ${radarTimes.median} ms, p90 ${radarTimes.p90} ms, min ${radarTimes.min} ms`,
  );
  console.log(
    `  ratio radar / diagram: median ${ratio(radarTimes.median, diagram.median)}, p90 ${ratio(radarTimes.p90, diagram.p90)}`,
  );
})().catch(error => {
  console.error(error);
  process.exit(1);
});
