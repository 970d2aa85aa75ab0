// Comparing saved scenarios with the baseline: every one on the baseline's seeds and horizon
// (brought onto them, and said so, or refused with the reason), the paired differences at the
// horizon equal to the native runner's `canting compare` for the same scenarios, overlaid
// charts whose lines differ in stroke as well as colour, year-by-year tables, and at most four.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, settled, applyPreset, canting, saveAs as save, comparisonTable, openSettings, drawCharts } from './harness.mjs';

const app = useApp();

/// The charts' label size in CSS pixels at the size they are drawn (`src/components/chart.rs`).
const LABEL_PX = 13;

const HEADLINE = [
  'competitiveness',
  'training_uptake',
  'obstacle_training_gap',
  'obstacle_youth_disinterest',
  'obstacle_tech_illiteracy',
  'obstacle_severity',
];

/// The native comparison of saved entries (their stored values) with today's allocation.
function nativeCompare(values) {
  const dir = mkdtempSync(join(tmpdir(), 'canting-compare-'));
  const files = values.map((value, i) => {
    const token = new URLSearchParams(value.split('\n')[0]).get('s');
    const file = join(dir, `s${i}.json`);
    writeFileSync(file, JSON.stringify(canting(['scenario', '--link', token])));
    return file;
  });
  return canting(['compare', ...files, '--baseline-preset', 'today', '--format', 'json']);
}

/// The saved entry's stored value and id, by name.
async function entry(page, name) {
  return page.evaluate((n) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('canting.saved.') && localStorage.getItem(k).endsWith(`\n${n}`));
    return { id: key.slice('canting.saved.'.length), value: localStorage.getItem(key) };
  }, name);
}

async function toEnglish(page) {
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

async function compareBox(page, name) {
  await page.getByRole('checkbox', { name: new RegExp(`: ${name}$`) }).check();
}

/// A number the page wrote in Bahasa Indonesia ("−1,3", "+0,25", "84%").
const number = (text) => Number(text.replace(/[%+.\s]/g, '').replace('−', '-').replace(',', '.'));

/// Checks the page's row against the runner's paired change, to the page's decimals.
function assertSameChange(row, change, metric, where) {
  const decimals = (row.diff.split(',')[1] ?? '').length;
  const step = 10 ** -decimals;
  assert.equal(row.verdict, change.verdict, `${where} ${metric}: verdict`);
  assert.ok(Math.abs(number(row.diff) - change.mean) <= step / 2 + 1e-9, `${where} ${metric}: ${row.diff} vs ${change.mean}`);
  const [lo, hi] = row.range.split(' … ').map(number);
  assert.ok(Math.abs(lo - change.p10) <= step / 2 + 1e-9, `${where} ${metric}: p10 ${lo} vs ${change.p10}`);
  assert.ok(Math.abs(hi - change.p90) <= step / 2 + 1e-9, `${where} ${metric}: p90 ${hi} vs ${change.p90}`);
  assert.ok(Math.abs(number(row.share) - 100 * change.share_better) <= 0.5 + 1e-9, `${where} ${metric}: share ${row.share}`);
}

test('two saved scenarios compared with today: the paired differences and verdicts are the runner\'s, and the lines differ in stroke', async () => {
  const page = await app.open();
  await settled(page);
  await applyPreset(page, 'export_focus');
  await save(page, 'Ekspor');
  await applyPreset(page, 'youth_regeneration');
  await save(page, 'Pemuda');
  await applyPreset(page, 'today');
  await compareBox(page, 'Ekspor');
  await compareBox(page, 'Pemuda');
  await page.waitForSelector('.comparison[data-computing="false"]');
  assert.match(await page.getByTestId('compared-against').innerText(), /Kondisi dasar: alokasi saat ini.*5 tahun; benih acak 2014; 32 ulangan/);
  assert.equal(await page.getByTestId('brought').count(), 0, 'nothing to bring onto the baseline');

  const [ekspor, pemuda] = [await entry(page, 'Ekspor'), await entry(page, 'Pemuda')];
  const native = nativeCompare([ekspor.value, pemuda.value]);
  const table = await comparisonTable(page);
  assert.deepEqual(Object.keys(table).sort(), [...HEADLINE].sort());
  for (const metric of HEADLINE) {
    assertSameChange(table[metric][ekspor.id], native.scenarios[0].change[metric], metric, 'Ekspor');
    assertSameChange(table[metric][pemuda.id], native.scenarios[1].change[metric], metric, 'Pemuda');
    assert.ok(table[metric].baseline.value, metric);
  }
  // Only agreement is called better or worse.
  const verdicts = HEADLINE.flatMap((m) => [table[m][ekspor.id].verdict, table[m][pemuda.id].verdict]);
  assert.ok(verdicts.every((v) => ['better', 'worse', 'no_clear_difference', 'too_small_to_show', 'same'].includes(v)), verdicts.join());
  const labels = await page.$$eval('[data-testid="horizon-table"] td[data-col="verdict"]', (tds) => tds.map((t) => t.textContent));
  assert.ok(labels.every((l) => /^(lebih baik|lebih buruk|tidak ada beda yang jelas|lebih kecil dari 0,0*5|sama)$/.test(l)), labels.join());

  // The charts: the baseline and both scenarios, each a different stroke and colour.
  for (const metric of ['competitiveness', 'training_uptake', 'obstacle_severity']) {
    const chart = page.locator(`figure[data-chart="compare-${metric}"]`);
    await drawCharts(page, `figure[data-chart="compare-${metric}"]`);
    const legend = await chart.locator('.legend li').evaluateAll((items) =>
      items.map((li) => ({
        label: li.textContent,
        stroke: li.dataset.stroke,
        color: li.querySelector('line').getAttribute('stroke'),
        dash: li.querySelector('line').getAttribute('stroke-dasharray') ?? '',
      })),
    );
    assert.deepEqual(legend.map((l) => l.label), ['Kondisi dasar', 'Ekspor', 'Pemuda']);
    assert.equal(new Set(legend.map((l) => l.stroke)).size, 3, 'a stroke each');
    assert.equal(new Set(legend.map((l) => l.dash)).size, 3, 'drawn differently in the legend too');
    assert.equal(new Set(legend.map((l) => l.color)).size, 3, 'a colour each');
  }

  // Year by year: a row per year for each scenario, the last year's the same as the horizon's.
  await page.getByRole('button', { name: 'Tampilkan tahun demi tahun' }).click();
  const years = await page.$$eval('[data-testid="year-table"][data-metric="training_uptake"] tbody[data-month]', (bodies) =>
    bodies.map((b) => b.dataset.month),
  );
  assert.deepEqual(years, ['12', '24', '36', '48', '60']);
  const lastYear = await page.$eval(
    `[data-testid="year-table"][data-metric="training_uptake"] tbody[data-month="60"] tr[data-row="${pemuda.id}"] td[data-col="diff"]`,
    (td) => td.textContent,
  );
  assert.equal(lastYear, table.training_uptake[pemuda.id].diff);

  await toEnglish(page);
  assert.match(await page.locator('.comparison').innerText(), /Compared with the baseline[\s\S]*Every scenario runs on the baseline's seed/);
  const english = await page.$$eval('[data-testid="horizon-table"] td[data-col="verdict"]', (tds) => tds.map((t) => t.textContent));
  assert.ok(english.every((l) => /^(better|worse|no clear difference|the same)$/.test(l)), english.join());
});

test('a saved scenario of another horizon and seed is brought onto the baseline\'s, said so, and never compared at mismatched years', async () => {
  const page = await app.open();
  await settled(page);
  await applyPreset(page, 'training_technology');
  await openSettings(page);
  for (const [field, value] of [['#years', '3'], ['#seed', '77']]) {
    await page.locator(field).fill(value);
    await page.locator(field).press('Enter');
  }
  await page.waitForFunction(() => location.hash.includes('s=') && document.querySelector('#years').value === '3');
  await settled(page);
  await save(page, 'Tiga tahun');
  await page.getByRole('button', { name: 'Kembalikan semua' }).click();
  await page.locator('[data-notice="reset-all"] .dismiss').click();
  await compareBox(page, 'Tiga tahun');
  await page.waitForSelector('.comparison[data-computing="false"]');
  const brought = await page.getByTestId('brought').innerText();
  assert.match(brought, /“Tiga tahun” Disamakan dengan kondisi dasar .*: 3 tahun menjadi 5 tahun; benih acak 77 menjadi 2014\./);
  assert.match(await page.locator('[data-testid="horizon-table"] caption').innerText(), /Tahun 5\)/);

  const saved = await entry(page, 'Tiga tahun');
  const native = nativeCompare([saved.value]);
  assert.equal(native.years, 5);
  const table = await comparisonTable(page);
  for (const metric of HEADLINE) {
    assertSameChange(table[metric][saved.id], native.scenarios[0].change[metric], metric, 'Tiga tahun');
  }
  await toEnglish(page);
  assert.match(await page.getByTestId('brought').innerText(), /Brought onto the baseline's settings.*: 3 years to 5 years; seed 77 to 2014\./);
});

test('a saved scenario that cannot run on the baseline\'s settings is refused with the reason, and the others still compared', async () => {
  const page = await app.open();
  await settled(page);
  await openSettings(page);
  await page.locator('#param-share_over_50').fill('7');
  await page.locator('#param-share_over_50').press('Enter');
  await page.waitForSelector('#param-share_over_50[aria-invalid="true"]');
  await save(page, 'Rusak');
  await page.getByRole('button', { name: /Kembalikan ke bawaan/ }).click();
  await applyPreset(page, 'equal_split');
  await save(page, 'Rata');
  await compareBox(page, 'Rusak');
  await compareBox(page, 'Rata');
  await page.waitForSelector('.comparison[data-computing="false"]');
  const refused = page.getByTestId('refused');
  assert.match(await refused.innerText(), /Tidak dibandingkan: “Rusak”/);
  assert.ok((await refused.locator('li').count()) >= 1);
  const table = await comparisonTable(page);
  const rata = await entry(page, 'Rata');
  const rusak = await entry(page, 'Rusak');
  assert.ok(table.competitiveness[rata.id], 'the other is compared');
  assert.equal(table.competitiveness[rusak.id], undefined, 'the refused one is not');
  await toEnglish(page);
  assert.match(await refused.innerText(), /Not compared: “Rusak”/);
});

test('at most four saved scenarios are compared at once, and the fifth is refused with a notice', async () => {
  const page = await app.open();
  await settled(page);
  await openSettings(page);
  await page.locator('#runs').fill('8');
  await page.locator('#runs').press('Enter');
  await page.waitForFunction(() => document.querySelector('#runs').value === '8');
  for (const name of ['S1', 'S2', 'S3', 'S4', 'S5']) await save(page, name);
  for (const name of ['S1', 'S2', 'S3', 'S4']) await compareBox(page, name);
  await page.getByRole('checkbox', { name: /: S5$/ }).click();
  await page.waitForSelector('[data-notice="compare-full"]');
  assert.match(await page.locator('[data-notice="compare-full"]').innerText(), /Paling banyak 4 skenario/);
  assert.equal(await page.getByRole('checkbox', { name: /: S5$/ }).isChecked(), false);
  await page.waitForSelector('.comparison[data-computing="false"]');
  const legend = await page.locator('figure[data-chart="compare-competitiveness"] .legend li').allTextContents();
  assert.deepEqual(legend, ['Kondisi dasar', 'S1', 'S2', 'S3', 'S4']);
});

test('a printed comparison keeps every chart wide enough on A4 for its axis labels to be read', async () => {
  const page = await app.open();
  await settled(page);
  await applyPreset(page, 'export_focus');
  await save(page, 'Ekspor');
  await applyPreset(page, 'today');
  await compareBox(page, 'Ekspor');
  await page.waitForSelector('.comparison[data-computing="false"]');
  await drawCharts(page, 'figure[data-chart="compare-competitiveness"]');
  // The charts are drawn with LABEL_PX labels and printing rescales a drawing, so a label
  // prints at LABEL_PX times the printed width over the drawn width: each chart is drawn again
  // at its printed size when the page is laid out for print.
  await page.setViewportSize({ width: 794, height: 1123 }); // A4's width in CSS pixels
  await page.emulateMedia({ media: 'print' });
  // The print media query's change reaches the page as an event: wait until it has redrawn.
  const redrawn = () =>
    [...document.querySelectorAll('figure[data-chart] canvas')]
      .filter((c) => c.offsetParent)
      .every((c) => Math.abs(c.width / devicePixelRatio - Math.max(200, c.clientWidth)) <= 1);
  await page.waitForFunction(redrawn, null, { timeout: 10_000 }).catch(() => {});
  const charts = await page.$$eval('figure[data-chart] canvas', (canvases, labelPx) =>
    canvases
      .filter((c) => c.offsetParent)
      .map((c) => ({
        chart: c.closest('figure').dataset.chart,
        printed: c.clientWidth,
        drawn: c.width / devicePixelRatio,
        label: (labelPx * c.clientWidth) / (c.width / devicePixelRatio),
      })),
    LABEL_PX,
  );
  assert.ok(charts.some((c) => c.chart.startsWith('compare-')), 'the comparison\'s charts print');
  for (const c of charts) {
    assert.ok(c.printed >= 330, `${c.chart} prints ${c.printed} px wide`);
    assert.ok(Math.abs(c.drawn - c.printed) <= 1, `${c.chart} is drawn ${c.drawn} px wide for ${c.printed} px in print`);
    assert.ok(c.label >= 12, `${c.chart}'s labels print at ${c.label.toFixed(1)} px (under 9 pt)`);
  }
  // Back on screen, drawn at the screen's size again.
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(redrawn, null, { timeout: 10_000 }).catch(() => {});
  const back = await page.$$eval('figure[data-chart] canvas', (canvases) =>
    canvases.filter((c) => c.offsetParent).map((c) => Math.abs(c.width / devicePixelRatio - Math.max(200, c.clientWidth))),
  );
  assert.ok(back.every((d) => d <= 1), `redrawn for the screen: ${back}`);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
});
