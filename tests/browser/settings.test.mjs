// A simulation setting that validation refuses is kept as typed but marked where it was typed:
// `aria-invalid`, and the reason right under the field, as well as above the results.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, openSettings } from './harness.mjs';

const app = useApp();

/// Types `bad` into the field and waits for it to be marked; gives the field and its message.
async function refuse(page, selector, bad) {
  const field = page.locator(selector);
  await field.fill(bad);
  await field.press('Enter');
  await page.waitForSelector(`${selector}[aria-invalid="true"]`);
  return { field, message: page.locator(`#${await field.getAttribute('aria-describedby')}`) };
}

/// Asserts that the message sits right under its field.
async function assertNear(field, message, what) {
  const [fieldBox, messageBox] = [await field.boundingBox(), await message.boundingBox()];
  const gap = messageBox.y - (fieldBox.y + fieldBox.height);
  assert.ok(gap >= 0 && gap < 40, `${what}: the message is ${gap}px from its field`);
}

test('a refused setting is marked at its field, with the reason next to it and above the results', async () => {
  const page = await app.open();
  await settled(page);
  await openSettings(page);
  assert.match(await page.locator('label[for="runs"]').innerText(), /ulangan/);
  const cases = [
    ['#years', '11', '5', /jangka waktu harus 1 sampai 10 tahun, bukan 11/i],
    ['#runs', '0', '32', /banyaknya ulangan harus 1 sampai 256, bukan 0/i],
    ['#param-n_businesses', '-5', '1250', /Jumlah usaha batik.*harus di antara 50 dan 20\.000, bukan -5/],
  ];
  for (const [selector, bad, good, reason] of cases) {
    const { field, message } = await refuse(page, selector, bad);
    assert.match(await message.innerText(), reason, selector);
    await assertNear(field, message, selector);
    assert.equal(await field.inputValue(), bad, 'the value as typed is kept');
    assert.match(await page.locator('.problems').innerText(), reason, 'the list above the results');

    await field.fill(good);
    await field.press('Enter');
    await page.waitForSelector(`${selector}:not([aria-invalid])`);
    assert.equal(await page.locator('.field-error').count(), 0);
    await page.waitForSelector('.problems', { state: 'detached' });
  }
  await settled(page);
});

test('what cannot be read, or was rounded, is said beside its field in both languages, and goes with the next change', async () => {
  const page = await app.open();
  await settled(page);
  await openSettings(page);
  const cases = [
    ['#budget-networking', 'tujuh ratus', /“tujuh ratus” bukan jumlah yang sah/, '400'],
    ['#envelope', 'abc', /“abc” bukan jumlah yang sah/, '5.000'],
    ['#seed', '-1', /“-1” bukan bilangan yang sah/, '2014'],
    // Not read as 15 runs, nor as an empty field.
    ['#runs', '1,5', /“1,5” bukan bilangan yang sah/, '32'],
    ['#years', 'tujuh', /“tujuh” bukan bilangan yang sah/, '5'],
    ['#param-share_over_50', 'banyak', /“banyak” bukan bilangan yang sah/, null],
  ];
  for (const [selector, bad, reason, kept] of cases) {
    const { field, message } = await refuse(page, selector, bad);
    assert.match(await message.innerText(), reason, selector);
    await assertNear(field, message, selector);
    assert.match(await page.locator('.notices.about-input').innerText(), reason, `${selector}: announced too`);
    if (kept) assert.equal(await field.inputValue(), kept, `${selector}: the previous value is shown`);
  }
  // Only the newest message stands, at its own field.
  assert.equal(await page.locator('#budget-networking').getAttribute('aria-invalid'), null);

  // A decimal is rounded, and the field says so (a note, not an error).
  await page.getByRole('button', { name: 'English' }).click();
  const budget = page.locator('#budget-networking');
  await budget.fill('1.5');
  await budget.press('Enter');
  const note = page.locator('#budget-networking-error');
  await note.waitFor();
  assert.match(await note.innerText(), /“1\.5” was rounded to Rp 2 million: budgets are whole Rp million\. If you meant Rp 1\.5 billion, type 1,500\./);
  assert.equal(await budget.getAttribute('aria-invalid'), null);
  assert.equal(await budget.getAttribute('aria-describedby'), 'budget-networking-error');
  await assertNear(budget, note, 'the rounding note');
  assert.match(await (await refuse(page, '#budget-networking', 'abc')).message.innerText(), /“abc” is not a valid amount; enter a number of Rp million/);

  // The next change takes the message away, beside the field and above.
  await page.locator('#budget-local_materials').fill('800');
  await page.locator('#budget-local_materials').press('Enter');
  await page.waitForSelector('#budget-networking:not([aria-invalid])');
  assert.equal(await page.locator('.field-error, .field-note').count(), 0);
  await settled(page);
});

test('the parameter search keeps the focus and every key while its matches narrow', async () => {
  const page = await app.open();
  await settled(page);
  await page.locator('.settings > summary').click();
  const search = page.locator('#param-search');
  await search.click();
  // One key at a time, as a person types: each key hides groups.
  await page.keyboard.type('upah kerja', { delay: 50 });
  await page.waitForSelector('#param-search-count:has-text("cocok")');
  assert.equal(await search.inputValue(), 'upah kerja');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'param-search');
});

test('the parameter search finds a parameter by the source it cites, in the reader\'s language', async () => {
  const page = await app.open('#l=en');
  await settled(page);
  await page.locator('.settings > summary').click();
  const search = page.locator('#param-search');
  await search.fill('mckenzie 2021');
  // The sources come with the groups the search opens; then the search reads them too.
  await page.waitForSelector('.settings [data-param="apply_productivity_gain"]');
  const found = await page.$$eval('.settings [data-param]', (rows) => rows.map((r) => r.dataset.param));
  assert.ok(found.includes('apply_productivity_gain'), found.join(' '));
  assert.ok(!found.includes('share_over_50'), 'a parameter whose source is another is not found');
  // In Bahasa Indonesia the Indonesian source is searched.
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await search.fill('meta-analisis');
  await page.waitForSelector('#param-search-count:has-text("cocok")');
  await page.waitForSelector('.settings [data-param="apply_productivity_gain"]');
});

test('sources that cannot be loaded are said so in the settings, and an open group tries again', async () => {
  // Without the service worker, whose copy of the release would answer instead of the server.
  const page = await app.open('#l=en', { contextOptions: { serviceWorkers: 'block' } });
  await settled(page);
  await page.route('**/texts.json', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Not found</p>' }),
  );
  await page.locator('.settings > summary').click();
  await page.locator('details.param-group[data-group="training"] > summary').click();
  const status = page.locator('.settings .texts-status');
  await status.locator('[role="alert"]').waitFor();
  assert.match(await status.innerText(), /could not be loaded/);
  // Each parameter still says what kind of source it has.
  assert.match(await page.locator('.settings [data-param="reach_base"] .note span').textContent(), /^(assumption|evidence from elsewhere|published figure|calibrated to)$/);
  // Opening another group, the server answering again, brings every source.
  await page.unroute('**/texts.json');
  await page.locator('details.param-group[data-group="population"] > summary').click();
  await page.waitForSelector('.settings .texts-status[data-texts="ready"]', { state: 'attached' });
  assert.match(await page.locator('.settings [data-param="share_over_50"] .note span').textContent(), /^assumption: 'Most batik workers are over 50'/);
});
