// The browser benchmark, run by `cargo xtask bench` (not part of the tests' pass or fail). It
// loads the built page from dist/ in headless Chromium, moves sliders through a scripted
// sequence and prints: time to first update and to the full ensemble (median and 95th
// percentile), the same from the last move of a dragged slider, the longest main-thread task,
// load time to the first headline figures and to the first chart, transfer size by file, the
// model's speed in wasm against native, and, on a fresh page with the default scenario, how
// long the planning tools take: load to every run, the next Rp 100 juta (first bars, every
// run) and a suggested split for competitiveness.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist, launchChromium, DIST } from '../browser/harness.mjs';

const MOVES = Number(process.env.BENCH_MOVES ?? 20);
const DRAGS = Number(process.env.BENCH_DRAGS ?? 6);
const NATIVE_MS = process.env.NATIVE_ENSEMBLE_MS ? Number(process.env.NATIVE_ENSEMBLE_MS) : null;

/// Sets one slider to each of `fractions` of its range in turn, 16 ms apart, and times from the
/// last: until the headline figures first change and until every run is in and painted.
function timeMoves(page, key, fractions) {
  return page.evaluate(
    ([key, fractions]) =>
      new Promise((resolve) => {
        const input = document.querySelector(`[data-strategy="${key}"] input[type="range"]`);
        const figures = () => [...document.querySelectorAll('[data-testid^="value-"]')].map((e) => e.textContent).join('|');
        const move = (fraction) => {
          input.value = String(Math.round(Number(input.max) * fraction));
          input.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const last = () => {
          const before = figures();
          const t0 = performance.now();
          let firstAt = null;
          const check = () => {
            if (firstAt === null && figures() !== before) firstAt = performance.now();
            if (firstAt !== null && document.querySelector('[data-computing="false"]')) {
              observer.disconnect();
              // Count the frame in which the last results are painted.
              requestAnimationFrame(() => resolve({ first: firstAt - t0, full: performance.now() - t0 }));
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
          move(fractions[fractions.length - 1]);
          input.dispatchEvent(new Event('change', { bubbles: true }));
        };
        let i = 0;
        const next = () => {
          if (i === fractions.length - 1) return last();
          move(fractions[i++]);
          setTimeout(next, 16);
        };
        next();
      }),
    [key, fractions],
  );
}

const site = await serveDist();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    // Long tasks from the very start, and the moments the first headline figures and the first
    // chart are painted (the figures come a few tasks before the charts).
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    window.__firstFigures = null;
    window.__firstChart = null;
    const painted = (key) => requestAnimationFrame(() => { window[key] ??= performance.now(); });
    const seen = new MutationObserver(() => {
      const figures = document.querySelector('[data-testid^="value-"]');
      if (window.__firstFigures === null && figures) painted('__firstFigures');
      if (window.__firstChart === null && figures && document.querySelector('figure[data-chart] canvas')) {
        painted('__firstChart');
        seen.disconnect();
      }
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector('[data-computing="false"]');
  const load = await page.evaluate(() => ({
    firstFigures: window.__firstFigures,
    firstChart: window.__firstChart,
    domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name.split('/').pop(),
      transfer: r.transferSize,
    })),
  }));
  const longAtLoad = await page.evaluate(() => Math.max(0, ...window.__longTasks));

  // The scripted sequence: each move sets one slider, then waits for the full ensemble.
  const keys = await page.$$eval('[data-strategy]', (els) => els.map((e) => e.dataset.strategy));
  const first = [];
  const full = [];
  await page.evaluate(() => { window.__longTasks = []; });
  for (let i = 0; i < MOVES; i++) {
    const timing = await timeMoves(page, keys[i % keys.length], [[0.6, 0.1, 0.35, 0.8, 0.2][i % 5]]);
    first.push(timing.first);
    full.push(timing.full);
  }
  const longDuringMoves = await page.evaluate(() => Math.max(0, ...window.__longTasks));

  // A slider dragged: ten moves 16 ms apart (a frame each), each a newer request than the last,
  // timed from the last one.
  const draggedFirst = [];
  const draggedFull = [];
  for (let i = 0; i < DRAGS; i++) {
    const start = [0.2, 0.5, 0.3][i % 3];
    const fractions = Array.from({ length: 10 }, (_, k) => start + 0.03 * k);
    const timing = await timeMoves(page, keys[i % keys.length], fractions);
    draggedFirst.push(timing.first);
    draggedFull.push(timing.full);
  }

  // The model alone in this page's wasm, for the ratio to native.
  const wasm = await page.evaluate(() => window.wasmBindings?.canting_bench_ensemble?.(1.0) ?? null);

  const files = [];
  for (const name of (await readdir(DIST)).sort()) {
    const bytes = await readFile(join(DIST, name));
    files.push({ name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }

  const ms = (x) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);
  const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
  console.log(`\nCanting browser benchmark (${MOVES} slider moves, default scenario, Chromium headless)`);
  console.log(`  time to first update     median ${ms(median(first))}   p95 ${ms(p95(first))}`);
  console.log(`  time to full ensemble    median ${ms(median(full))}   p95 ${ms(p95(full))}`);
  console.log(`  slider dragged (10 moves 16 ms apart), from the last: first update median ${ms(median(draggedFirst))}, full ensemble median ${ms(median(draggedFull))}`);
  console.log(`  longest main-thread task while moving: ${longDuringMoves ? ms(longDuringMoves) : 'none of 50 ms or more'}`);
  console.log(`  longest main-thread task while loading: ${longAtLoad ? ms(longAtLoad) : 'none of 50 ms or more'}`);
  console.log(`  load: DOMContentLoaded ${ms(load.domContentLoaded)}, first figures ${ms(load.firstFigures)}, first chart ${ms(load.firstChart)}`);
  console.log('  transfer size by file (raw as served here, gzipped as a static host would):');
  for (const f of files) console.log(`    ${f.name.padEnd(44)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}`);
  // What the page fetches only when it is opened, as the service worker lists it.
  const listed = (await readFile(join(DIST, 'sw.js'), 'utf8')).match(/^const ON_DEMAND = (\[.*\]);$/m);
  const onDemandNames = listed ? JSON.parse(listed[1]) : [];
  const onDemand = (f) => onDemandNames.includes(f.name);
  const sum = (fs) => fs.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  for (const [label, total] of [
    ['first load', sum(files.filter((f) => !onDemand(f)))],
    ['on demand', sum(files.filter(onDemand))],
  ]) {
    console.log(`    ${label.padEnd(44)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)}`);
  }
  if (wasm === null) {
    console.log('  model in wasm: the page exports no benchmark hook');
  } else {
    const ratio = NATIVE_MS ? ` (${(wasm / NATIVE_MS).toFixed(2)}x native ${ms(NATIVE_MS)})` : '';
    console.log(`  default ensemble in this page's wasm: ${ms(wasm)}${ratio}`);
  }
  await context.close();

  const planning = await planningTimes(browser);
  console.log('  planning tools, default scenario, fresh page (from the click):');
  console.log(`    load to every run                       ${ms(planning.load)}`);
  console.log(`    next Rp 100 juta: first bars            ${ms(planning.marginalFirst)}`);
  console.log(`    next Rp 100 juta: every run             ${ms(planning.marginalAll)}`);
  console.log(`    suggested split (competitiveness)       ${ms(planning.suggest)}`);
} finally {
  await browser.close();
  await site.close();
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
}

function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : null;
}

/// The planning tools' times on a fresh page with the default scenario, each from its click.
async function planningTimes(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(site.url);
    await page.waitForSelector('[data-computing="false"]', { timeout: 120_000 });
    const load = Date.now() - t0;

    const t1 = Date.now();
    await page.getByTestId('marginal-toggle').click();
    await page.waitForSelector('[data-testid="marginal-bars"] > li', { timeout: 120_000 });
    const marginalFirst = Date.now() - t1;
    await page.waitForSelector('[data-testid="marginal-bars"][data-complete="true"]', { timeout: 300_000 });
    const marginalAll = Date.now() - t1;

    const t2 = Date.now();
    await page.getByTestId('suggest-search').click();
    await page.getByTestId('suggest-answer').waitFor({ timeout: 600_000 });
    const suggest = Date.now() - t2;
    return { load, marginalFirst, marginalAll, suggest };
  } finally {
    await context.close();
  }
}
