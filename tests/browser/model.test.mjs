// The page shows the real model's numbers: the same, to the digit shown, as the `canting`
// command-line runner computes natively for the same scenario.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, headlines, deltas, applyPreset, runNative } from './harness.mjs';

const app = useApp();

function nativeFinal(args) {
  const out = runNative(args);
  const last = (metric) => out.series[metric].mean.at(-1);
  return {
    competitiveness: last('competitiveness'),
    training_uptake: last('training_uptake'),
    obstacle_severity: last('obstacle_severity'),
  };
}

/// A number as the page writes it in Bahasa Indonesia, with one decimal.
const indonesian = (x) => x.toFixed(1).replace('.', ',');

/// A difference as the page writes it in Bahasa Indonesia: signed (unless it rounds to zero),
/// with `places` decimals.
function signedIndonesian(x, places) {
  const digits = Math.abs(x).toFixed(places);
  const sign = /^[0.]+$/.test(digits) ? '' : x > 0 ? '+' : '−';
  return sign + digits.replace('.', ',');
}

/// The numbers of a delta's text: its mean, then the 10th and 90th percentiles, as written.
function deltaNumbers(text) {
  const numbers = text.match(/[+−]?\d+,\d+/g) ?? [];
  assert.ok(numbers.length >= 3, `no mean and range in "${text}"`);
  return numbers.slice(0, 3);
}

const HEADLINE_METRICS = [
  'competitiveness',
  'training_uptake',
  'obstacle_severity',
  'obstacle_training_gap',
  'obstacle_youth_disinterest',
  'obstacle_tech_illiteracy',
];

test('the page shows the same figures as the native runner, for the default scenario', async () => {
  const page = await app.open();
  const shown = await headlines(page);
  const native = nativeFinal([]);
  for (const [metric, value] of Object.entries(native)) {
    assert.equal(shown[metric], indonesian(value), metric);
  }
});

test('the page shows the same figures as the native runner, for a shared link', async () => {
  const page = await app.open();
  await page.waitForFunction(() => location.hash.includes('s='));
  const before = await page.evaluate(() => location.hash);
  await page.locator('#preset').selectOption('training_technology');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.waitForFunction((h) => location.hash !== h, before);
  const shown = await headlines(page);
  const link = await page.evaluate(() => location.href);
  const native = nativeFinal(['--link', link]);
  for (const [metric, value] of Object.entries(native)) {
    assert.equal(shown[metric], indonesian(value), metric);
  }
});

test('the change against a pinned baseline is the native runner\'s paired difference', async () => {
  // The default scenario against a preset pinned as the baseline: each run of the one is
  // compared with the run of the other on the same seed, as `canting run --baseline-preset`.
  const page = await app.open();
  await applyPreset(page, 'export_focus');
  await page.getByRole('button', { name: 'Jadikan kondisi dasar' }).click();
  await page.waitForSelector('text=Kondisi dasar: skenario yang disematkan');
  await applyPreset(page, 'today');
  const shown = await deltas(page);
  const link = await page.evaluate(() => location.href);
  const native = runNative(['--link', link, '--baseline-preset', 'export_focus']);
  for (const metric of HEADLINE_METRICS) {
    const d = native.difference[metric];
    const [mean, p10, p90] = deltaNumbers(shown[metric].text);
    const places = mean.split(',')[1].length;
    assert.equal(mean, signedIndonesian(d.mean.at(-1), places), `${metric} mean: ${shown[metric].text}`);
    assert.equal(p10, signedIndonesian(d.p10.at(-1), places), `${metric} p10`);
    assert.equal(p90, signedIndonesian(d.p90.at(-1), places), `${metric} p90`);
    assert.equal(shown[metric].verdict, d.verdict_at_horizon, `${metric} verdict`);
  }
});

test('the runs are computed in web workers, off the page\'s thread', async () => {
  const page = await app.open();
  await headlines(page);
  const workers = page.workers();
  assert.ok(workers.length >= 1, 'no compute worker started');
  // The figures the tests above compare with the native runner came from these workers.
  const names = await Promise.all(workers.map((w) => w.evaluate(() => self.name)));
  assert.ok(names.every((n) => n.startsWith('canting-')), names.join(', '));
});

test('a slider dragged through many values ends on the native runner\'s figures for where it stopped', async () => {
  // Each move is a newer request: a worker still computing a superseded request's run drops it
  // for the newest request's run. Whatever was dropped, the page finishes every run of the last
  // scenario and shows the runner's numbers for it.
  const page = await app.open();
  await headlines(page);
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const input = document.querySelector('[data-strategy="networking"] input[type="range"]');
        let i = 0;
        const next = () => {
          input.value = String(Math.round(Number(input.max) * (0.1 + 0.02 * i)));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (++i < 15) return setTimeout(next, 8 + (i % 3) * 7);
          input.dispatchEvent(new Event('change', { bubbles: true }));
          resolve();
        };
        next();
      }),
  );
  const shown = await deltas(page);
  const link = await page.evaluate(() => location.href);
  const native = runNative(['--link', link, '--baseline-preset', 'today']);
  const figures = await headlines(page);
  for (const metric of ['competitiveness', 'training_uptake', 'obstacle_severity']) {
    assert.equal(figures[metric], indonesian(native.series[metric].mean.at(-1)), metric);
  }
  for (const metric of HEADLINE_METRICS) {
    const [mean] = deltaNumbers(shown[metric].text);
    const places = mean.split(',')[1].length;
    assert.equal(mean, signedIndonesian(native.difference[metric].mean.at(-1), places), metric);
  }
});

test('where web workers cannot start, the page computes the same figures itself', async () => {
  const withWorkers = await headlines(await app.open());
  const context = await app.newContext();
  // A browser (or a strict policy) without workers: the constructor throws.
  await context.addInitScript(() => {
    window.Worker = function Worker() {
      throw new Error('workers are not allowed here');
    };
  });
  const page = await app.open('', { context });
  assert.deepEqual(await headlines(page), withWorkers);
  assert.equal(page.workers().length, 0);
});
