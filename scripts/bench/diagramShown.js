// The condition "the diagram is shown", shared by the frontend benchmarks.

/**
 * Runs in the page on every frame: false until the Legend and a tile for
 * every name are visible, then the time since navigation start.
 */
function diagramShown(names) {
  const visible = el =>
    Boolean(el) && el.checkVisibility() && el.getBoundingClientRect().width > 0;
  const labelOf = el =>
    el.getAttribute('aria-label') ??
    (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map(id => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ');
  const legend = [
    ...document.querySelectorAll('[aria-label], [aria-labelledby]'),
  ].find(el => labelOf(el).trim() === 'Legend');
  if (!visible(legend)) return false;
  const tiles = [
    ...document.querySelectorAll('main button, main [role="button"]'),
  ]
    .filter(visible)
    .map(el => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
  // A tile is named after its tool: "Jaeger", "Jaeger — Removed, …".
  const named = name =>
    tiles.some(
      label =>
        label === name ||
        (label.startsWith(name) && /^[\s—,:(-]/.test(label.slice(name.length))),
    );
  return names.every(named) ? performance.now() : false;
}

/** The diagram's edition request, whose tools the condition waits for. */
const EDITION_REQUEST = /\/api\/standard-architecture\/editions\/\d+(\?|$)/;

/** The names of the tools the diagram draws: those in the edition's layers. */
function diagramToolNames({ tools, layers }) {
  const categories = new Set(layers.flatMap(l => l.categories.map(c => c.id)));
  return tools.filter(t => categories.has(t.category)).map(t => t.name);
}

/** Median, p90 and min of a list of times, in ms. */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = q =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), min: sorted[0] };
}

const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

module.exports = { diagramShown, diagramToolNames, EDITION_REQUEST, summary, CHROMIUM };
