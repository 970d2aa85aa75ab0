// "Kembalikan semua" sets every setting back to its default (and one undo brings them back);
// a preset that spends none of the envelope says it switched to free mode; and a budget taken
// to the whole envelope and back leaves the others in the proportions they had.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, applyPreset, budgets, typeBudget, openSettings } from './harness.mjs';

const app = useApp();

/// What the settings show: seed, horizon, runs, one parameter and the balancing mode.
async function settings(page) {
  return {
    seed: await page.locator('#seed').inputValue(),
    years: await page.locator('#years').inputValue(),
    runs: await page.locator('#runs').inputValue(),
    share_over_50: await page.locator('#param-share_over_50').inputValue(),
    free: await page.locator('#mode-free').isChecked(),
    envelope: await page.locator('#envelope').inputValue(),
  };
}

async function setField(page, selector, value) {
  await page.locator(selector).fill(value);
  await page.locator(selector).press('Enter');
  await page.waitForFunction(([s, v]) => document.querySelector(s).value === v, [selector, value]);
}

test('"Kembalikan semua" resets budgets, envelope, mode, seed, horizon, runs and parameters; undo brings them back', async () => {
  const page = await app.open();
  await settled(page);
  await openSettings(page);
  const defaults = { budgets: await budgets(page), settings: await settings(page) };
  await applyPreset(page, 'equal_split');
  await page.locator('#mode-free').check();
  await setField(page, '#envelope', '6.000');
  await setField(page, '#seed', '77');
  await setField(page, '#years', '3');
  await setField(page, '#runs', '8');
  await setField(page, '#param-share_over_50', '0,7');
  const changed = { budgets: await budgets(page), settings: await settings(page) };
  assert.notDeepEqual(changed.settings, defaults.settings);

  await page.getByRole('button', { name: 'Kembalikan semua' }).click();
  await page.waitForSelector('[data-notice="reset-all"]');
  assert.match(await page.locator('[data-notice="reset-all"]').innerText(), /Urungkan/);
  assert.deepEqual({ budgets: await budgets(page), settings: await settings(page) }, defaults);
  assert.equal(await page.locator('[data-param="share_over_50"] button').count(), 0, 'the parameter is back to its default');

  await page.getByRole('button', { name: /Urungkan/ }).click();
  await page.waitForFunction(() => document.querySelector('#seed').value === '77');
  assert.deepEqual({ budgets: await budgets(page), settings: await settings(page) }, changed);
  await settled(page);
});

test('"Tanpa anggaran" says that it switched balancing to free mode', async () => {
  const page = await app.open();
  await applyPreset(page, 'no_budget');
  await page.waitForSelector('[data-notice="switched-free"]');
  assert.match(await page.locator('[data-notice="switched-free"]').innerText(), /“Tanpa anggaran”.*beralih ke Bebas/);
  assert.ok(await page.locator('#mode-free').isChecked());
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await page.locator('[data-notice="switched-free"]').innerText(), /“No budget”.*switched to Free/);
  await settled(page);
});

test('one budget to the whole envelope and back leaves the others in their proportions', async () => {
  const page = await app.open();
  await applyPreset(page, 'export_focus');
  const shape = await budgets(page);
  const envelope = Object.values(shape).reduce((a, b) => a + b, 0);
  await typeBudget(page, 'networking', envelope);
  const extreme = await budgets(page);
  assert.deepEqual(
    Object.entries(extreme).filter(([k, v]) => k !== 'networking' && v > 0),
    [],
    'the others were all emptied',
  );
  await typeBudget(page, 'networking', shape.networking);
  assert.deepEqual(await budgets(page), shape);
  await settled(page);
});
