// What the user just did is answered where they are looking: a refused value's message is on
// screen however far down the page the field is, and the phone's sticky figures say when they
// come from part of the runs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, budgetField } from './harness.mjs';

const app = useApp();

test('a refused budget is answered on screen, not at the top of a scrolled page', async () => {
  // Regression: the message went to the top of the page, out of view, so it seemed nothing
  // was said.
  const page = await app.open('', { context: await app.newContext({ viewport: { width: 1280, height: 720 } }) });
  await settled(page);
  const field = budgetField(page, 'networking');
  await field.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 400);
  for (const typed of ['-5', 'abc']) {
    await field.fill(typed);
    await field.press('Tab');
    const notice = page.locator('[data-notice="refused"]');
    await notice.waitFor();
    const box = await notice.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 720, `the message is at ${box.y}px of a 720px screen`);
    assert.match(await notice.innerText(), new RegExp(`“${typed}” bukan jumlah yang sah`));
  }
});

test('on a phone the sticky figures say when they come from part of the runs', async () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const page = await app.open('', { context: await app.newContext(phone) });
  await settled(page);
  const ticker = page.locator('.ticker');
  assert.equal(await ticker.getAttribute('data-partial'), 'false');
  await budgetField(page, 'networking').fill('3000');
  await budgetField(page, 'networking').press('Enter');
  await page.waitForSelector('.ticker[data-partial="true"]');
  // The runs the user asked for, 32, not the scenario's and the baseline's together.
  assert.match(await ticker.innerText(), /Menghitung: \d+ dari 32 ulangan skenario/);
  // The headline figures say so too, on every screen.
  await page.waitForSelector('[data-testid="provisional"]');
  assert.match(await page.locator('[data-testid="provisional"]').first().innerText(), /^sementara: \d+ dari 32 ulangan$/);
  await page.waitForSelector('.ticker[data-partial="false"]');
  assert.doesNotMatch(await ticker.innerText(), /Menghitung/);
  await settled(page);
  assert.equal(await page.locator('[data-testid="provisional"]').count(), 0);
});

test('keeping the total again says that every budget was scaled to the envelope', async () => {
  // Regression: going back to "Jaga total" rescaled every budget without a word.
  const page = await app.open();
  await settled(page);
  await page.locator('#mode-free').check();
  await budgetField(page, 'networking').fill('3000');
  await budgetField(page, 'networking').press('Enter');
  await page.waitForSelector('.balance.off');
  await page.locator('#mode-keep').check();
  const notice = page.locator('[data-notice="rescaled"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Anggaran berjumlah Rp [\d.]+ juta, jadi “Jaga total” menyesuaikan setiap anggaran secara sebanding ke pagu Rp 5\.000 juta/);
  await page.waitForSelector('.balance.ok');
});
