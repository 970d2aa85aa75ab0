// A simulation setting that validation refuses is kept as typed but marked where it was typed:
// `aria-invalid`, and the reason right under the field, as well as above the results.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, openSettings } from './harness.mjs';

const app = useApp();

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
    const field = page.locator(selector);
    await field.fill(bad);
    await field.press('Enter');
    await page.waitForSelector(`${selector}[aria-invalid="true"]`);
    const message = page.locator(`#${await field.getAttribute('aria-describedby')}`);
    assert.match(await message.innerText(), reason, selector);
    const [fieldBox, messageBox] = [await field.boundingBox(), await message.boundingBox()];
    const gap = messageBox.y - (fieldBox.y + fieldBox.height);
    assert.ok(gap >= 0 && gap < 40, `${selector}: the reason is ${gap}px from its field`);
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
