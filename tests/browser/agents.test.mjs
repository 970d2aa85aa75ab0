// The artisans one by one, in the page: nothing is traced until the view is opened; then each
// canvas draws one mark per artisan of the named run (as many as the native runner's
// employment for a one-run scenario, month by month), plays over the months, tells the story
// of the artisan under the pointer or the arrow keys, in both languages, and fits a 360 px phone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useApp, settled, headlines, seriousViolations, ROOT } from './harness.mjs';

const app = useApp();

/// `canting run` of a preset with one run over two years: with one run, the ensemble's mean is
/// that run's own figure.
function nativeRun(preset) {
  const built = process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');
  const args = ['run', '--preset', preset, '--runs', '1', '--years', '2', '--format', 'json'];
  return JSON.parse(execFileSync(built, args, { encoding: 'utf8' }));
}

const canvas = (side) => `[data-testid="agents-canvas-${side}"]`;

/// What a canvas shows: its drawn count and month, and how many pixels are neither the paper
/// nor an empty seat (each artisan is a 3 x 3 mark; a leaver a ring of 8).
function picture(page, side) {
  return page.$eval(canvas(side), (c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let marks = 0;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      if (rgb !== 0xfbf7f0 && rgb !== 0xe8dfd2) marks += 1;
      hash = (hash * 31 + rgb) | 0;
    }
    return { drawn: Number(c.dataset.drawn), month: Number(c.dataset.drawnMonth), marks, hash };
  });
}

/// Where the first mark of the scenario's canvas is, in client coordinates (its centre).
function firstMark(page) {
  return page.$eval(canvas('scenario'), (c) => {
    c.scrollIntoView({ block: 'start' });
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const rect = c.getBoundingClientRect();
    for (let i = 0; i < data.length; i += 4) {
      const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      // Not the paper, an empty seat or the selected artisan's frame.
      if (rgb !== 0xfbf7f0 && rgb !== 0xe8dfd2 && rgb !== 0x1f1814) {
        const x = ((i / 4) % c.width) + 1;
        const y = Math.floor(i / 4 / c.width) + 1;
        return { x: rect.left + (x + 0.5) * (rect.width / c.width), y: rect.top + (y + 0.5) * (rect.height / c.height) };
      }
    }
    return null;
  });
}

/// Opens the view and waits for both canvases to be drawn; returns how long it took, in ms.
async function openView(page) {
  await settled(page);
  const start = Date.now();
  await page.click('[data-testid="agents-toggle"]');
  await page.waitForSelector(`${canvas('scenario')}[data-drawn]`, { timeout: 60_000 });
  await page.waitForSelector(`${canvas('baseline')}[data-drawn]`, { timeout: 60_000 });
  return Date.now() - start;
}

/// Moves the month slider to `t` and waits until both canvases show it.
async function showMonth(page, t) {
  await page.fill('[data-testid="agents-month"]', String(t));
  for (const side of ['scenario', 'baseline']) {
    await page.waitForSelector(`${canvas(side)}[data-drawn-month="${t}"]`);
  }
}

test('the view traces nothing until opened, then draws every artisan of run 1 month by month', async () => {
  const scenario = nativeRun('training_technology');
  const baseline = nativeRun('today');
  const employment = scenario.series.employment.mean;
  const baselineEmployment = baseline.series.employment.mean;
  const page = await app.open(`#s=${scenario.link}`);
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  await settled(page);
  assert.equal(await page.locator('[data-testid="agents"] canvas').count(), 0, 'no canvas before opening');
  assert.ok(!logs.some((l) => l.startsWith('agents:')), 'nothing traced before opening');
  const ms = await openView(page);
  console.log(`agents view: open to both canvases drawn ${ms} ms; ${logs.filter((l) => l.startsWith('agents:')).join('; ')}`);
  assert.match(await page.textContent('[data-testid="agents-run"]'), /^Ulangan 1 dari 1, benih ulangan 0x[0-9a-f]{16}/);

  for (const t of [0, 13, 24]) {
    if (t > 0) await showMonth(page, t);
    const ours = await picture(page, 'scenario');
    const theirs = await picture(page, 'baseline');
    assert.equal(ours.month, t);
    assert.equal(ours.drawn, employment[t], `month ${t}: one mark per artisan of the runner's run`);
    assert.equal(theirs.drawn, baselineEmployment[t], `month ${t}: the baseline's run`);
    const leavers = (side) =>
      page.$eval(`[data-testid="agents-line-${side}"]`, (p) => Number(p.textContent.match(/(\d+) berhenti/)[1]));
    assert.equal(ours.marks, 9 * ours.drawn + 8 * (await leavers('scenario')), `month ${t}: every mark's pixels`);
    assert.equal(theirs.marks, 9 * theirs.drawn + 8 * (await leavers('baseline')));
    if (t === 0) assert.equal(ours.hash, theirs.hash, 'both runs start from the same city');
  }
  // The page's own headline (the mean of its one run at the horizon) is the drawn count.
  const shown = (await headlines(page)).employment.replaceAll('.', '');
  assert.equal(Number(shown), (await picture(page, 'scenario')).drawn);
});

test('playing advances the months and redraws, at a measured frame rate, and pauses', async () => {
  const page = await app.open('#l=en');
  await openView(page);
  const before = await picture(page, 'scenario');
  assert.equal(before.month, 0);
  await page.click('[data-testid="agents-play"]');
  assert.equal(await page.getAttribute('[data-testid="agents-play"]', 'aria-pressed'), 'true');
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="agents-month-label"]').dataset.month) >= 6,
    null,
    { timeout: 30_000 },
  );
  await page.waitForSelector('[data-testid="agents"][data-fps]');
  const fps = Number(await page.getAttribute('[data-testid="agents"]', 'data-fps'));
  const paintMs = await page.getAttribute('[data-testid="agents"]', 'data-paint-ms');
  console.log(`agents view: ${fps} frames a second while playing (headless Chromium), ${paintMs} ms painting both canvases a frame`);
  assert.ok(fps >= 5, `the frames keep coming (${fps} a second)`);
  await page.click('[data-testid="agents-play"]');
  const paused = Number(await page.getAttribute('[data-testid="agents-month-label"]', 'data-month'));
  await page.waitForSelector(`${canvas('scenario')}[data-drawn-month="${paused}"]`);
  const after = await picture(page, 'scenario');
  assert.ok(after.month >= 6);
  assert.notEqual(after.hash, before.hash, 'the picture changed');
  assert.equal(after.drawn, Number(await page.getAttribute(canvas('scenario'), 'data-artisans')));
  assert.match(await page.textContent('[data-testid="agents-month-label"]'), new RegExp(`^Month ${paused} of 60`));
  // Another run of the 32, named, on another run seed, drawn at the same month.
  const seed = await page.getAttribute('[data-testid="agents-run"]', 'data-run-seed');
  await page.selectOption('[data-testid="agents-run-select"]', '2');
  await page.waitForSelector('[data-testid="agents-run"][data-run="1"]', { timeout: 60_000 });
  assert.match(await page.textContent('[data-testid="agents-run"]'), /^Run 2 of 32, run seed 0x[0-9a-f]{16}/);
  assert.notEqual(await page.getAttribute('[data-testid="agents-run"]', 'data-run-seed'), seed);
  await page.waitForFunction(
    (sel) => {
      const c = document.querySelector(sel);
      return c.dataset.drawn === c.dataset.artisans && c.dataset.drawnMonth === c.dataset.month;
    },
    canvas('scenario'),
  );
  assert.notEqual((await picture(page, 'scenario')).hash, after.hash, 'another run, another picture');
});

test('the artisan under the pointer, a tap or the arrow keys tells their story and their business', async () => {
  const page = await app.open();
  await openView(page);
  await showMonth(page, 30);
  await page.selectOption('[data-testid="agents-colour"]', 'turnover');
  assert.match(await page.textContent('[data-testid="agents-legend"]'), /Masuk dalam 12 bulan terakhir/);
  assert.ok(await page.isVisible('[data-testid="agents-hint"]'));
  const at = await firstMark(page);
  assert.ok(at, 'a mark to point at');
  await page.mouse.move(at.x, at.y);
  const story = page.locator('[data-testid="agents-story-scenario"]');
  await story.waitFor();
  assert.match(await story.textContent(), /Perajin #\d+, umur \d+ tahun/);
  assert.match(await page.textContent('[data-testid="agents-business-scenario"]'), /Usaha #\d+; (buka sejak awal|dibuka pada bulan \d+)/);
  // The same artisan in the baseline's run, told beside it.
  assert.match(await page.textContent('[data-testid="agents-story-baseline"]'), /Perajin #\d+/);
  // The keyboard: the next artisan.
  const first = await story.textContent();
  await page.focus(canvas('scenario'));
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((t) => document.querySelector('[data-testid="agents-story-scenario"]').textContent !== t, first);
  // A tap, and the other language (focusing may have scrolled the page: the mark is found again).
  const again = await firstMark(page);
  await page.mouse.click(again.x, again.y);
  await page.waitForFunction((t) => document.querySelector('[data-testid="agents-story-scenario"]').textContent === t, first);
  await page.click('button[lang="en"]');
  assert.match(await story.textContent(), /Artisan #\d+, aged \d+/);
  assert.match(await page.textContent('[data-testid="agents-legend"]'), /Entered in the last 12 months/);
  assert.match(await page.textContent('[data-testid="agents-play"]'), /Play/);
});

test('on a 360 px phone the view fits the width', async () => {
  const context = await app.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true });
  const page = await app.open('', { context });
  await openView(page);
  await page.locator('[data-testid="agents"]').scrollIntoViewIfNeeded();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width} px wide`);
  const wide = await page.$$eval('[data-testid="agents"] *', (els) =>
    els.filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5).map((el) => el.tagName.toLowerCase()),
  );
  assert.deepEqual(wide, [], 'nothing of the view sticks out of the screen');
  const small = await page.$$eval('[data-testid="agents"] :is(button, input, select)', (els) =>
    els
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el, box }) => `${el.outerHTML.slice(0, 60)}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  assert.deepEqual(small, [], 'every control of the view is at least 24 px');
  assert.deepEqual(await seriousViolations(page), []);
  const box = await page.locator(canvas('baseline')).boundingBox();
  assert.ok(box.width <= 360 && box.width > 250, `the canvas is ${box.width} px wide`);
  // A tap on a mark tells a story.
  await page.locator(canvas('scenario')).tap({ position: { x: 2, y: 2 } });
  await page.locator('[data-testid="agents-story-scenario"]').waitFor();
});
