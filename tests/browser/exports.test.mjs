// The downloads: every series of the scenario, the baseline and a compared scenario as one
// CSV whose numbers are the native runner's for the same links (and the page's figures at the
// horizon); a chart as a PNG; the scenario as JSON that `canting run --scenario` runs to the
// page's figures. Each file is caught from Playwright's download event and read back. A
// download the browser refuses is said in the page's language, and nothing breaks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, settled, headlines, applyPreset, saveAs, comparisonTable, canting, runNative, openSettings, drawCharts } from './harness.mjs';

const app = useApp();

const STRATEGIES = ['flagship_exports', 'government_priority', 'networking', 'product_quality', 'finance_credibility', 'local_materials', 'technology_wisdom'];
const HEADER = [
  'scenario,name,metric,month,year,mean,p10,p50,p90',
  'diff_mean,diff_p10,diff_p50,diff_p90,share_better,verdict,seed,runs,envelope_juta',
  ...STRATEGIES.map((s) => `${s}_juta`),
].join(',');
const HEADLINE = ['competitiveness', 'training_uptake', 'obstacle_severity'];

/// Clicks `button` and returns the download it starts, with its bytes.
async function download(page, button) {
  const [started] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(await started.failure(), null, 'the download completed');
  const dir = mkdtempSync(join(tmpdir(), 'canting-export-'));
  const file = join(dir, started.suggestedFilename());
  await started.saveAs(file);
  return { name: started.suggestedFilename(), file, bytes: readFileSync(file) };
}

/// RFC 4180 rows: fields split at commas outside quotes, doubled quotes read as one.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the file ends with a line break');
  return rows;
}

/// A figure as the page writes it in Bahasa Indonesia ("1.234,5", "−0,8") as a number, and its decimals.
function shown(text) {
  const digits = text.trim().replace(/\./g, '').replace('−', '-').replace(',', '.');
  return { value: Number(digits), decimals: (digits.split('.')[1] ?? '').length };
}

/// Whether a number written with every digit rounds to what the page shows.
function roundsTo(exact, text) {
  const { value, decimals } = shown(text);
  return Math.abs(Number(exact) - value) <= 0.5 * 10 ** -decimals + 1e-9;
}

/// The scenario token in the page's address.
const token = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('s'));

test('the CSV holds every series of the scenario, the baseline and a compared scenario: the runner\'s numbers, the page\'s figures', async () => {
  const page = await app.open();
  await settled(page);
  await applyPreset(page, 'export_focus');
  await saveAs(page, 'Ekspor, "besar"');
  await applyPreset(page, 'youth_regeneration');
  await page.getByRole('checkbox', { name: /: Ekspor, "besar"$/ }).check();
  const table = await comparisonTable(page);
  const figures = await headlines(page);

  const csv = await download(page, page.getByRole('button', { name: 'Unduh deret (CSV)' }));
  assert.equal(csv.name, 'canting-series.csv');
  const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
  assert.equal(header.join(','), HEADER);
  for (const row of rows) {
    assert.equal(row.length, 25, row.join(','));
    // A '.' decimal mark whatever the page's language (the page writes "12,3"); the verdict is a word.
    for (const [i, cell] of row.entries()) {
      if (i >= 3 && i !== 14) assert.match(cell, /^(-?\d+(\.\d+)?)?$/, row.join(','));
    }
  }
  const roles = [...new Set(rows.map((r) => r[0]))];
  assert.deepEqual(roles, ['scenario', 'baseline', 'compared_1']);
  assert.deepEqual([...new Set(rows.filter((r) => r[0] === 'compared_1').map((r) => r[1]))], ['Ekspor, "besar"']);

  // Every number is the native runner's for the same scenarios, to the last digit: the
  // scenario and today's baseline on its seeds, and the saved scenario as the link holds it.
  const native = runNative(['--link', await token(page), '--baseline-preset', 'today']);
  const comparedToken = await page.evaluate(() =>
    new URLSearchParams(location.hash.slice(1)).get('c').split('.')[0],
  );
  const expected = {
    scenario: native.series,
    baseline: native.baseline.series,
    compared_1: runNative(['--link', comparedToken]).series,
  };
  const months = native.months.length;
  for (const role of roles) {
    const mine = rows.filter((r) => r[0] === role);
    assert.deepEqual([...new Set(mine.map((r) => r[2]))].sort(), Object.keys(expected[role]).sort(), `${role}: every metric`);
    assert.equal(mine.length, Object.keys(expected[role]).length * months, `${role}: every month`);
    for (const [, , metric, month, , mean, p10, p50, p90] of mine) {
      const series = expected[role][metric];
      const t = Number(month);
      for (const [band, cell] of [['mean', mean], ['p10', p10], ['p50', p50], ['p90', p90]]) {
        const want = series[band][t];
        assert.equal(cell === '' ? null : Number(cell), want, `${role} ${metric} month ${month} ${band}`);
      }
    }
  }
  // The scenario's paired differences from the baseline are the runner's too; the baseline
  // has none; every row says the seed, runs and budgets that made it.
  for (const [, , metric, month, , , , , , dMean, dP10, dP50, dP90, better] of rows.filter((r) => r[0] === 'scenario')) {
    const d = native.difference[metric];
    const t = Number(month);
    for (const [band, cell] of [['mean', dMean], ['p10', dP10], ['p50', dP50], ['p90', dP90], ['share_better', better]]) {
      assert.equal(cell === '' ? null : Number(cell), d[band][t], `difference of ${metric} month ${month} ${band}`);
    }
  }
  assert.ok(rows.filter((r) => r[0] === 'baseline').every((r) => r.slice(9, 15).join('') === ''));
  const horizonRow = rows.find((r) => r[0] === 'scenario' && r[2] === 'obstacle_severity' && r[4] === '5');
  assert.equal(horizonRow[14], native.difference.obstacle_severity.verdict_at_horizon);
  const ran = (role) => rows.find((r) => r[0] === role).slice(15);
  assert.deepEqual(ran('scenario'), ['2014', '32', '5000', ...STRATEGIES.map((s) => String(native.scenario.budgets_juta[s]))]);
  assert.deepEqual(ran('baseline'), ['2014', '32', '5000', '900', '500', '400', '1400', '600', '500', '700']);

  // And the page's own figures at the horizon (year 5): the headlines are the scenario's, the
  // comparison table's rows the baseline's and the saved scenario's.
  const horizon = (role, metric) => rows.find((r) => r[0] === role && r[2] === metric && r[4] === '5');
  const savedId = Object.keys(table.competitiveness).find((k) => k !== 'baseline');
  for (const metric of HEADLINE) {
    assert.ok(roundsTo(horizon('scenario', metric)[5], figures[metric]), `${metric}: ${horizon('scenario', metric)[5]} vs ${figures[metric]}`);
    for (const [role, row] of [['baseline', 'baseline'], ['compared_1', savedId]]) {
      const [mean, lo, hi] = table[metric][row].value.match(/^(\S+) \((\S+) – (\S+)\)$/).slice(1);
      const [, , , , , csvMean, csvLo, , csvHi] = horizon(role, metric);
      assert.ok(roundsTo(csvMean, mean) && roundsTo(csvLo, lo) && roundsTo(csvHi, hi), `${role} ${metric}: ${csvMean} (${csvLo}–${csvHi}) vs ${table[metric][row].value}`);
    }
  }
  // The scenario is not the baseline, so the check above could tell them apart.
  assert.notEqual(horizon('scenario', 'training_uptake')[5], horizon('baseline', 'training_uptake')[5]);
});

test('each chart downloads as a PNG named after its metric: the chart as drawn, with its title and legend', async () => {
  const page = await app.open('#l=en');
  await settled(page);
  for (const chart of ['competitiveness', 'obstacles']) {
    const figure = page.locator(`figure[data-chart="${chart}"]`);
    await drawCharts(page, `figure[data-chart="${chart}"]`);
    const title = await figure.locator('.chart-title').innerText();
    const png = await download(page, figure.getByRole('button', { name: `Download PNG: ${title}` }));
    assert.equal(png.name, `canting-${chart}.png`);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
    // IHDR: as wide as the chart at the screen's pixels, and taller, for the title and legend.
    const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    const canvas = await figure.locator('canvas').evaluate((c) => ({ width: c.width, height: c.height }));
    assert.equal(width, canvas.width);
    assert.ok(height > canvas.height + 40, `${height} px tall, the chart ${canvas.height}`);
    // A drawn chart (axes, labels, lines) compresses far less than a blank canvas of its size.
    assert.ok(png.bytes.length > 5000, `${chart}: ${png.bytes.length} bytes`);
  }
});

test('a chart far down the page downloads as soon as it is reached, before it is drawn on the screen', async () => {
  // Regression: the download waited for the chart's drawing on screen, which waits until the
  // chart is near; reached at once (from a screen reader's list of buttons, say) it was refused
  // as "still being computed".
  const page = await app.open('#l=en');
  await settled(page);
  const figure = page.locator('figure[data-chart="obstacle_tech_illiteracy"]');
  assert.equal(await figure.locator('canvas').getAttribute('data-drawn'), null, 'not drawn yet');
  const png = await download(page, figure.getByTestId('download-png'));
  assert.equal(png.name, 'canting-obstacle_tech_illiteracy.png');
  assert.ok(png.bytes.length > 5000, `${png.bytes.length} bytes`);
  // The same picture as once the chart has been drawn on the screen.
  await drawCharts(page, 'figure[data-chart="obstacle_tech_illiteracy"]');
  const again = await download(page, figure.getByTestId('download-png'));
  assert.ok(png.bytes.equals(again.bytes), 'the same picture');
});

test('the scenario\'s JSON is what `canting scenario` prints for its link, and `canting run --scenario` gives the page\'s figures', async () => {
  const page = await app.open();
  await settled(page);
  await applyPreset(page, 'training_technology');
  await page.locator('.settings > summary').click();
  for (const [field, value] of [['#seed', '77'], ['#runs', '12'], ['#years', '3']]) {
    await page.locator(field).fill(value);
    await page.locator(field).press('Enter');
  }
  // The address is rewritten once the hand rests (debounced): wait, rewrite by rewrite, for the
  // link that names these settings.
  for (;;) {
    const hash = await page.evaluate(() => location.hash);
    const link = new URLSearchParams(hash.slice(1)).get('s');
    const named = link ? canting(['scenario', '--link', link]) : {};
    if (named.seed === 77 && named.runs === 12 && named.years === 3) break;
    await page.waitForFunction((h) => location.hash !== h, hash, { timeout: 15_000 });
  }
  const figures = await headlines(page);

  const json = await download(page, page.getByRole('button', { name: 'Unduh skenario (JSON)' }));
  assert.equal(json.name, 'canting-scenario.json');
  const spec = JSON.parse(json.bytes.toString('utf8'));
  assert.deepEqual(spec, canting(['scenario', '--link', await token(page)]));
  assert.deepEqual([spec.seed, spec.runs, spec.years], [77, 12, 3]);

  const native = runNative(['--scenario', json.file]);
  assert.equal(native.link, await token(page), 'the file runs the scenario the page links');
  for (const metric of HEADLINE) {
    const end = native.series[metric].mean.at(-1);
    assert.ok(roundsTo(end, figures[metric]), `${metric}: runner ${end}, page ${figures[metric]}`);
  }
});

test('a download the browser refuses is said in the page\'s language, and one of a scenario with problems says why', async () => {
  const page = await app.open();
  await settled(page);
  // The browser refuses object URLs and gives a chart no image.
  await page.evaluate(() => {
    URL.createObjectURL = () => {
      throw new Error('refused by the test');
    };
    HTMLCanvasElement.prototype.toBlob = function (callback) {
      callback(null);
    };
  });
  const refused = page.locator('[data-notice="export-failed"]');
  await page.getByRole('button', { name: 'Unduh deret (CSV)' }).click();
  await refused.waitFor();
  assert.match(await refused.innerText(), /CSV deret tidak dapat diunduh: peramban menolak membuat berkasnya/);
  await drawCharts(page, 'figure[data-chart="competitiveness"]');
  await page.locator('figure[data-chart="competitiveness"] [data-testid="download-png"]').click();
  await page.waitForFunction(() => /Gambar PNG grafik tidak dapat diunduh/.test(document.querySelector('[data-notice="export-failed"]')?.textContent));
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('button', { name: 'Download scenario (JSON)' }).click();
  await page.waitForFunction(() => /The scenario's JSON file could not be downloaded: the browser refused/.test(document.querySelector('[data-notice="export-failed"]')?.textContent));

  // A horizon the model refuses: the scenario cannot be run, so it is not handed over.
  await settled(page);
  await openSettings(page);
  await page.locator('#years').fill('99');
  await page.locator('#years').press('Enter');
  await page.waitForSelector('#years[aria-invalid="true"]');
  await page.getByRole('button', { name: 'Download scenario (JSON)' }).click();
  const invalid = page.locator('[data-notice="export-invalid"]');
  await invalid.waitFor();
  assert.match(await invalid.innerText(), /cannot be downloaded: this scenario has problems to fix first/);
});
