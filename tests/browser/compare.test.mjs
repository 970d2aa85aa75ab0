// The page's change against the baseline comes from pairs of runs on the same seed: the mean
// per-run difference, its 10–90% range over runs, the share of runs that agree, and a verdict
// that says "better" or "worse" only when enough runs agree.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, deltas, applyPreset, runNative, setSplit } from './harness.mjs';

const app = useApp();

const HEADLINE_METRICS = [
  'competitiveness',
  'training_uptake',
  'obstacle_severity',
  'obstacle_training_gap',
  'obstacle_youth_disinterest',
  'obstacle_tech_illiteracy',
];

const NUMBER = '[+−]?\\d+,\\d+';

test('a headline\'s change shows the paired 10–90% range and the share of runs, in both languages', async () => {
  const page = await app.open();
  await applyPreset(page, 'youth_regeneration');
  const shown = await deltas(page);
  for (const metric of HEADLINE_METRICS) {
    const { text, verdict } = shown[metric];
    assert.match(text, new RegExp(`^${NUMBER}( poin persen)? \\(10–90%: ${NUMBER} … ${NUMBER}\\) dibanding kondisi dasar`), metric);
    assert.match(text, /di \d+% ulangan/, metric);
    assert.ok(['better', 'worse', 'no_clear_difference', 'too_small_to_show'].includes(verdict), `${metric}: ${verdict}`);
  }
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const english = await deltas(page);
  for (const metric of HEADLINE_METRICS) {
    assert.match(english[metric].text, /\(10–90%: [+−]?\d+\.\d+ … [+−]?\d+\.\d+\) against the baseline/, metric);
    assert.match(english[metric].text, /in \d+% of runs/, metric);
  }
});

test('the scenario that is the baseline is the same as it, in every run', async () => {
  const page = await app.open();
  const shown = await deltas(page);
  for (const metric of HEADLINE_METRICS) {
    assert.equal(shown[metric].verdict, 'same', metric);
    assert.equal(shown[metric].text, 'sama dengan kondisi dasar', metric);
  }
});

test('where the runs disagree about a headline, the page says there is no clear difference', async () => {
  // The runner finds a preset whose change on some headline is smaller than the runs disagree
  // about (fewer than 80% of runs on one side); the page must say so, not call it better.
  const presets = ['equal_split', 'training_technology', 'export_focus', 'youth_regeneration'];
  const found = presets
    .map((key) => ({ key, native: runNative(['--preset', key, '--baseline-preset', 'today']) }))
    .find(({ native }) =>
      HEADLINE_METRICS.some((m) => native.difference[m].verdict_at_horizon === 'no_clear_difference'),
    );
  assert.ok(found, 'no preset differs from today unclearly on a headline: the test needs another case');
  const page = await app.open();
  await applyPreset(page, found.key);
  const shown = await deltas(page);
  const token = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('s'));
  assert.equal(token, found.native.link, 'the page runs another scenario than the runner');
  for (const metric of HEADLINE_METRICS) {
    assert.equal(shown[metric].verdict, found.native.difference[metric].verdict_at_horizon, metric);
  }
  const unclear = HEADLINE_METRICS.filter((m) => shown[m].verdict === 'no_clear_difference');
  assert.ok(unclear.length >= 1);
  const classes = await page.$$eval('.headline[data-metric]', (els) =>
    Object.fromEntries(els.map((e) => [e.dataset.metric, e.className])),
  );
  for (const metric of unclear) {
    assert.match(shown[metric].text, /tidak ada beda yang jelas \((lebih baik|lebih buruk) di \d+% ulangan\)/, metric);
    assert.doesNotMatch(shown[metric].text, /: lebih (baik|buruk) di/, metric);
    assert.match(classes[metric], /\bsame\b/, metric);
  }
});

test('a change the runs agree on but the figures round away is said to be smaller than they show, not unclear', async () => {
  // Rp 250 juta from product quality to networking: in 81% of the runs competitiveness rises,
  // by about 0.04, which one decimal shows as 0,0.
  const page = await app.open();
  await settled(page);
  await setSplit(page, [900, 500, 650, 1150, 600, 500, 700]);
  await settled(page);
  const token = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('s'));
  const native = runNative(['--link', token, '--baseline-preset', 'today']);
  const shown = await deltas(page);
  for (const metric of HEADLINE_METRICS) {
    assert.equal(shown[metric].verdict, native.difference[metric].verdict_at_horizon, metric);
  }
  assert.equal(shown.competitiveness.verdict, 'too_small_to_show', shown.competitiveness.text);
  assert.match(
    shown.competitiveness.text,
    /^0,0 \(10–90%: .*\) dibanding kondisi dasar: lebih kecil dari 0,05 \(lebih baik di \d+% ulangan\)$/,
  );
  const english = await deltas(await app.open(`#s=${token}&l=en`));
  assert.match(english.competitiveness.text, /: smaller than 0\.05 \(better in \d+% of runs\)$/);
});

test('a larger envelope is compared with today\'s allocation of today\'s envelope', async () => {
  // Regression: the baseline took the scenario's envelope, so doubling it read "the same".
  const page = await app.open();
  await settled(page);
  await page.locator('#envelope').fill('10.000');
  await page.locator('#envelope').press('Enter');
  await page.waitForFunction(() => document.querySelector('#envelope').value === '10.000');
  const shown = await deltas(page);
  assert.equal(shown.training_uptake.verdict, 'better', shown.training_uptake.text);
  assert.notEqual(shown.competitiveness.verdict, 'same', shown.competitiveness.text);
  assert.match(await page.locator('.baseline-line').innerText(), /alokasi saat ini/);
});
