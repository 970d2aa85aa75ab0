// A scenario that asks for far more computation than the default (a link can ask for the
// largest city, ten years and hundreds of runs) is not computed until the user says so: the
// page says how much more, in the page's language, and computes on the click.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled } from './harness.mjs';

const app = useApp();

async function setField(page, selector, value) {
  await page.locator(selector).fill(String(value));
  await page.locator(selector).press('Enter');
}

test('a link asking for many times the default work waits for the user, then computes', async () => {
  const context = await app.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await app.open('', { context });
  await settled(page);
  await page.locator('.settings > summary').click();
  // 256 runs of 10 years: about 22 times the default's work (the most validation allows).
  await setField(page, '#runs', 256);
  await setField(page, '#years', 10);
  const ask = page.locator('[data-testid="ask-heavy"]');
  await ask.waitFor();
  assert.match(await ask.innerText(), /sekitar 22 kali perhitungan skenario bawaan/);
  await page.getByRole('button', { name: 'Bagikan tautan' }).click();
  await page.waitForSelector('[data-notice="copied"]');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const link = copied.slice(copied.indexOf('#'));

  const other = await app.open(link);
  const asked = other.locator('[data-testid="ask-heavy"]');
  await asked.waitFor();
  assert.equal(await other.locator('.outcomes .results-body').count(), 0, 'computed without asking');
  assert.equal(await other.locator('.outcomes').getAttribute('data-computing'), 'false');
  await other.getByRole('button', { name: 'English' }).click();
  assert.match(await asked.innerText(), /about 22 times the computation of the default scenario/);
  await other.getByRole('button', { name: 'Compute it now' }).click();
  await asked.waitFor({ state: 'detached' });
  await other.waitForSelector('.outcomes .results-body');
  // Moving a budget keeps the work the same: it is not asked again.
  await other.locator('[data-strategy="networking"] input.juta').fill('1000');
  await other.locator('[data-strategy="networking"] input.juta').press('Enter');
  await other.waitForSelector('.outcomes[data-computing="true"]');
  assert.equal(await asked.count(), 0);
});

test('five times the default work is computed without asking', async () => {
  const page = await app.open();
  await settled(page);
  await page.locator('.settings > summary').click();
  // 64 runs of 10 years: about 5.5 times the default's work.
  await setField(page, '#runs', 64);
  await setField(page, '#years', 10);
  await page.waitForSelector('.outcomes[data-computing="true"]');
  assert.equal(await page.locator('[data-testid="ask-heavy"]').count(), 0);
});
