// On a 390 px phone the page fits the screen (wide tables scroll on their own) and every
// control is large enough for a finger.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled } from './harness.mjs';

const app = useApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('on a phone the page does not scroll sideways, with the model panel and a chart\'s table open', async () => {
  const page = await app.open('', { context: await app.newContext(PHONE) });
  await settled(page);
  await page.getByRole('button', { name: 'Tentang model' }).click();
  await page.waitForSelector('.model-panel .param-table');
  await page.locator('figure[data-chart="competitiveness"] button[aria-controls="table-competitiveness"]').click();
  await page.waitForSelector('#table-competitiveness');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width}px wide`);
  // The parameter table is wider than the screen: it scrolls inside its own box.
  const table = page.locator('.model-panel .table-scroll').last();
  assert.ok(await table.evaluate((box) => box.scrollWidth > box.clientWidth));
  assert.equal(await table.getAttribute('tabindex'), '0', 'the keyboard cannot scroll it');
});

test('on a phone every control is at least 24 px in each direction', async () => {
  const page = await app.open('', { context: await app.newContext(PHONE) });
  await settled(page);
  await page.locator('.settings summary').click();
  const small = await page.$$eval('button, input, select, summary, a[href]', (els) =>
    els
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24))
      .map(({ el, box }) => `${el.outerHTML.slice(0, 70)}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  assert.deepEqual(small, []);
});
