// The browser tests' one harness: serves the built site from dist/ on 127.0.0.1 (under a
// sub-path, as a static host would), drives the system Chromium through playwright-core, and
// fails a test on any console error, uncaught exception or wasm panic, and any request to a
// host other than 127.0.0.1.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { before, after, afterEach } from 'node:test';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/// The site is served under a sub-path to prove it needs no absolute asset paths.
export const SUB_PATH = '/canting/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/// Serves `root` (the built site, `dist/`) under SUB_PATH on `port` of 127.0.0.1 (a free one
/// unless given: the offline test stops the server and starts it again at the same origin).
export async function serveDist({ root = DIST, port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (!path.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(SUB_PATH.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  // Open keep-alive connections would hold a closed server's port and answer from it.
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return { url, port: server.address().port, close };
}

/// The flags under which Chromium runs on a machine whose only network is loopback.
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/// Registers the hooks of one test file and returns what its tests use:
/// `open(query)` opens the app in a fresh browser context and watches it for problems, which
/// fail the test that opened it.
export function useApp() {
  const state = { site: null, browser: null, watched: [] };

  before(async () => {
    state.site = await serveDist();
    state.browser = await launchChromium();
  });

  afterEach(async () => {
    const problems = state.watched.flatMap((w) => w.problems);
    await Promise.all(state.watched.map((w) => w.context.close()));
    state.watched = [];
    assert.deepEqual(problems, [], 'the page reported problems');
  });

  after(async () => {
    await state.browser?.close();
    await state.site?.close();
  });

  return {
    get url() {
      return state.site.url;
    },
    /// Opens the app (`suffix` is appended to its URL, e.g. `?l=en` or `#s=…`) and waits until
    /// it has rendered. `options.beforeGoto(page)` runs before the page loads (to install
    /// Playwright's clock, say).
    async open(suffix = '', options = {}) {
      const context = options.context ?? (await state.browser.newContext(options.contextOptions));
      const page = await context.newPage();
      const problems = watch(page, context);
      state.watched.push({ context, problems });
      await options.beforeGoto?.(page);
      await page.goto(state.site.url + suffix);
      await page.waitForSelector(options.readySelector ?? 'main h1');
      return page;
    },
    /// A new browser context: a fresh profile, with no storage. Pass it to `open`.
    newContext(contextOptions) {
      return state.browser.newContext(contextOptions);
    },
  };
}

function watch(page, context) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1') return route.continue();
    problems.push(`request to another host: ${route.request().url()}`);
    return route.abort();
  });
  return problems;
}

/// The strategies' keys, in the page's order.
export const STRATEGIES = [
  'flagship_exports',
  'government_priority',
  'networking',
  'product_quality',
  'finance_credibility',
  'local_materials',
  'technology_wisdom',
];

/// The serious and critical violations axe-core (from node_modules) finds on the page as it is
/// now, each with up to three of the elements it concerns.
export async function seriousViolations(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/// Waits until every run of the ensemble has arrived and been drawn.
export async function settled(page) {
  await page.waitForSelector('[data-computing="false"]');
}

/// The headline figures as the page shows them, by metric key.
export async function headlines(page) {
  await settled(page);
  return page.$$eval('[data-testid^="value-"]', (els) =>
    Object.fromEntries(els.map((e) => [e.dataset.testid.slice(6), e.textContent.trim()])),
  );
}

/// Brings every chart near the screen in turn (a chart is drawn only on or near the screen:
/// `src/components/chart.rs`) and waits until each shows the page's current numbers at its
/// size; then scrolls back to the top. `selector` narrows it to some charts; `timeout` is each
/// chart's wait.
export async function drawCharts(page, selector = 'figure[data-chart]', { timeout } = {}) {
  await page.locator(selector).first().waitFor({ timeout });
  for (const figure of await page.locator(selector).all()) {
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('canvas[data-drawn]:not([data-stale])').waitFor({ timeout });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/// Each chart's pixels, to tell whether a chart was redrawn with other data.
export function chartPixels(page) {
  return page.$$eval('figure[data-chart] canvas', (canvases) => canvases.map((c) => c.toDataURL()));
}

/// The changes against the baseline as the page shows them, by metric key: each one's text and
/// verdict (`better`, `worse`, `no_clear_difference`, `too_small_to_show`, `same`, ...).
export async function deltas(page) {
  await settled(page);
  return page.$$eval('[data-testid^="delta-"]', (els) =>
    Object.fromEntries(
      els.map((e) => [e.dataset.testid.slice(6), { text: e.textContent.trim(), verdict: e.dataset.verdict }]),
    ),
  );
}

/// A strategy's budget field, which shows whole Rp juta with thousands separators.
export const budgetField = (page, key) => page.locator(`[data-strategy="${key}"] input.juta`);

/// Every strategy's budget, read in one go so that no render falls between two reads.
export function budgets(page) {
  return page.$$eval('[data-strategy]', (rows) =>
    Object.fromEntries(
      rows.map((r) => [r.dataset.strategy, Number(r.querySelector('input.juta').value.replace(/[.,]/g, ''))]),
    ),
  );
}

/// Types `juta` into a strategy's budget field, presses Enter and waits until the field shows it.
export async function typeBudget(page, key, juta) {
  await budgetField(page, key).fill(String(juta));
  await budgetField(page, key).press('Enter');
  await shows(page, key, juta);
}

/// Types a whole split (Rp juta, strategies 1 to 7) in free mode, so that each budget stays as
/// typed.
export async function setSplit(page, values) {
  await page.check('#mode-free');
  for (const [i, key] of STRATEGIES.entries()) await typeBudget(page, key, values[i]);
}

/// Waits until a strategy's budget field shows `juta`.
export function shows(page, key, juta) {
  return page.waitForFunction(
    ([k, v]) => Number(document.querySelector(`[data-strategy="${k}"] input.juta`).value.replace(/[.,]/g, '')) === v,
    [key, juta],
  );
}

/// Applies a preset allocation and waits until the address bar holds it.
export async function applyPreset(page, key) {
  await page.waitForFunction(() => location.hash.includes('s='));
  const before = await page.evaluate(() => location.hash);
  await page.locator('#preset').selectOption(key);
  await page.locator('#preset ~ button').click();
  await page.waitForFunction((h) => location.hash !== h, before);
}

/// Runs the native `canting` runner (the one the native tests build, or $CANTING_CLI) with
/// these arguments and returns its JSON.
export function canting(args) {
  const built = process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');
  assert.ok(existsSync(built), `no canting runner at ${built}; run cargo build -p canting-cli`);
  return JSON.parse(execFileSync(built, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

/// `canting run` with these arguments, as JSON.
export function runNative(args) {
  return canting(['run', '--format', 'json', ...args]);
}

/// Saves the scenario on screen under `name` and waits until the saved list shows it.
export async function saveAs(page, name) {
  await page.locator('#save-name').fill(name);
  await page.getByRole('button', { name: /^(Simpan skenario ini|Save this scenario)$/ }).click();
  await page.locator('li.saved [data-testid="saved-name"]', { hasText: name }).waitFor();
}

/// The comparison's end-of-horizon table once every compared run has arrived: by metric, then
/// by row (the saved id, or `baseline`; by the row's name with `byName`), each row's verdict
/// and cells by column.
export async function comparisonTable(page, { byName = false } = {}) {
  await page.waitForSelector('.comparison[data-computing="false"]');
  return page.$$eval(
    '[data-testid="horizon-table"] tbody[data-metric]',
    (bodies, byName) =>
      Object.fromEntries(
        bodies.map((b) => [
          b.dataset.metric,
          Object.fromEntries(
            [...b.querySelectorAll('tr[data-row]')].map((r) => [
              byName ? r.querySelector('th').textContent : r.dataset.row,
              {
                ...Object.fromEntries([...r.querySelectorAll('td[data-col]')].map((c) => [c.dataset.col, c.textContent])),
                verdict: r.dataset.verdict,
              },
            ]),
          ),
        ]),
      ),
    byName,
  );
}

/// Opens the settings and every group of parameters in them.
export async function openSettings(page) {
  if (!(await page.locator('details.settings').evaluate((d) => d.open))) {
    await page.locator('.settings > summary').click();
  }
  const closed = page.locator('details.param-group:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}
