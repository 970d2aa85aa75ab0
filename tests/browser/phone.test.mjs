// On a 390 px phone the page fits the screen (wide tables scroll on their own) and every
// control is large enough for a finger.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, openSettings } from './harness.mjs';

const app = useApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('on a phone the page does not scroll sideways, with the model panel and a chart\'s table open', async () => {
  const page = await app.open('', { context: await app.newContext(PHONE) });
  await settled(page);
  await page.getByRole('button', { name: 'Tentang model' }).click();
  await page.waitForSelector('.model-panel .model-notes[data-texts="ready"]');
  await page.locator('figure[data-chart="competitiveness"] button[aria-controls="table-competitiveness"]').click();
  await page.waitForSelector('#table-competitiveness');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width}px wide`);
  // The parameters' table stacks, one block a parameter, so every source is on the screen.
  const sources = await page.$$eval('.model-panel tr[data-param] td:last-child', (tds) =>
    tds.map((td) => td.getBoundingClientRect()).map((b) => [b.left, b.right]),
  );
  assert.ok(sources.length > 100);
  for (const [left, right] of sources) assert.ok(left >= 0 && right <= 390 && right - left > 250, `a source at ${left}-${right}px`);
  const table = page.locator('.model-panel .table-scroll').last();
  assert.ok(await table.evaluate((box) => box.scrollWidth <= box.clientWidth), 'the table still scrolls sideways');
});

test('on a phone every control is at least 24 px in each direction', async () => {
  const page = await app.open('', { context: await app.newContext(PHONE) });
  await settled(page);
  await page.locator('.settings > summary').click();
  const small = await page.$$eval('button, input, select, summary, a[href]', (els) =>
    els
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24))
      .map(({ el, box }) => `${el.outerHTML.slice(0, 70)}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  assert.deepEqual(small, []);
});

test('at 360 px nothing scrolls sideways with every panel open, and the parameters are folded in groups and searchable', async () => {
  const page = await app.open('', { context: await app.newContext({ ...PHONE, viewport: { width: 360, height: 780 } }) });
  await settled(page);
  // Folded: the settings with their parameters' groups closed are a short page.
  await page.locator('.settings > summary').click();
  const groups = page.locator('details.param-group');
  assert.equal(await groups.count(), 6);
  assert.equal(await page.locator('details.param-group[open]').count(), 0);
  const folded = await page.evaluate(() => document.documentElement.scrollHeight);
  // Searchable, in either language: only the matching parameters, their groups open.
  await page.locator('#param-search').fill('over 50');
  await page.waitForSelector('#param-search-count:has-text("cocok")');
  const shown = await page.locator('.settings [data-param]').evaluateAll((rows) => rows.map((r) => r.dataset.param));
  assert.ok(shown.includes('share_over_50') && shown.length < 10, `${shown}`);
  await page.locator('#param-search').fill('');
  // Every panel open: all the parameters, the model panel, a chart's table, the marginal
  // section, the teacher's class panel, the artisans one by one.
  await openSettings(page);
  await page.getByRole('button', { name: 'Tentang model' }).click();
  await page.waitForSelector('.model-panel .model-notes[data-texts="ready"]');
  await page.locator('figure[data-chart="competitiveness"] button[aria-controls="table-competitiveness"]').click();
  await page.locator('[data-testid="marginal"] button[aria-expanded="false"]').first().click();
  await page.locator('[data-testid="class-teacher"] > summary').click();
  await page.locator('[data-testid="agents-toggle"]').click();
  await page.waitForSelector('[data-testid="agents-canvas-baseline"][data-drawn]');
  const unfolded = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(unfolded > folded + 2000, `folded ${folded}px, unfolded ${unfolded}px`);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      // Against the screen's 360 px, not innerWidth: a phone's layout viewport widens with the page.
      .filter((el) => el.getBoundingClientRect().right > 360.5 && !el.closest('.table-scroll'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5),
  );
  assert.deepEqual(wide, [], 'nothing sticks out of the screen');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
});

test('on a phone a tap on a slider\'s track moves the budget one step towards it, not to where the finger landed', async () => {
  const page = await app.open('', { context: await app.newContext({ ...PHONE, viewport: { width: 360, height: 780 } }) });
  await settled(page);
  // Product quality's thumb sits at about a quarter of the track, far from both ends.
  const slider = page.locator('[data-strategy="product_quality"] input[type="range"]');
  await slider.scrollIntoViewIfNeeded();
  const step = Number(await slider.getAttribute('step'));
  const before = Number(await slider.inputValue());
  const box = await slider.boundingBox();
  // Far right of the thumb (natively this throws the budget to about nine tenths of the envelope).
  await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.waitForFunction(([want]) => document.querySelector('#budget-product_quality').value.replace(/\D/g, '') === String(want), [before + step]);
  // Far left: one step back.
  await page.touchscreen.tap(box.x + 4, box.y + box.height / 2);
  await page.waitForFunction(([want]) => document.querySelector('#budget-product_quality').value.replace(/\D/g, '') === String(want), [before]);
  assert.equal(Number(await slider.inputValue()), before);
  await settled(page);
});
