// A city that everyone leaves has no unit cost, competitiveness or uptake (they are averages
// over artisans): the page shows a dash and a gap, never a 0 that reads as free or as none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, headlines, deltas, drawCharts } from './harness.mjs';

const app = useApp();

// 300 artisans who all leave within the year, nobody entering; 8 runs, 2 years
// (`canting link` of that scenario).
const EMPTYING =
  'AgKIJ4QH9AOQA_gK2AT0A7wFAt4PCAgQYWR1bHRfZW50cnlfcHJvYgAAAAAAAAAAD2V4aXRfcmF0ZV81NV82NQAAAAAAAPA_D2V4aXRfcmF0ZV82NV83NQAAAAAAAPA_EWV4aXRfcmF0ZV9vdmVyXzc1AAAAAAAA8D8SZXhpdF9yYXRlX3VuZGVyXzU1AAAAAAAA8D8Kbl9hcnRpc2FucwAAAAAAwHJADG5fYnVzaW5lc3NlcwAAAAAAAElAEHlvdXRoX2VudHJ5X3Byb2IAAAAAAAAAAPXeUqc';

test('an empty city\'s averages show as a dash, with no verdict, and its charts still draw', async () => {
  const page = await app.open(`#s=${EMPTYING}`);
  const shown = await headlines(page);
  assert.equal(shown.employment ?? '0', '0');
  for (const metric of ['competitiveness', 'training_uptake', 'obstacle_tech_illiteracy']) {
    assert.equal(shown[metric], '—', `${metric}: ${shown[metric]}`);
  }
  const changes = await deltas(page);
  assert.equal(changes.competitiveness.verdict, 'no_value');
  assert.match(changes.competitiveness.text, /tidak ada nilai: kota tanpa perajin atau usaha/);
  await drawCharts(page, 'figure[data-chart="competitiveness"]');
  await page.locator('figure[data-chart="competitiveness"] button[aria-controls="table-competitiveness"]').click();
  const cells = await page.$$eval('#table-competitiveness tbody tr:last-child td', (tds) => tds.map((td) => td.textContent));
  assert.ok(cells.includes('—'), `the last row: ${cells}`);
});
