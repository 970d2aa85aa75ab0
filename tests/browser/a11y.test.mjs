// Accessibility against the real page: axe-core (from node_modules) finds no serious or
// critical violation in the main state, while results are recomputed (greyed), in English,
// with the model panel open and with a notice shown; results are greyed only once they have
// stayed stale a moment; results are announced once they settle;
// the model panel takes the focus; the saved list and an open comparison pass axe too; a skip link leads past the controls to the results.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, headlines, deltas, typeBudget, budgets, saveAs, comparisonTable, seriousViolations, drawCharts } from './harness.mjs';

const app = useApp();

/// Holds the replies of the page's real compute workers until `release()`, as a slow machine
/// would, so that the greyed state of results being recomputed lasts long enough to check.
function holdWorkerReplies() {
  const setter = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage').set;
  const held = [];
  window.__holdReplies = false;
  Object.defineProperty(Worker.prototype, 'onmessage', {
    configurable: true,
    set(handler) {
      setter.call(this, (event) => (window.__holdReplies ? held.push(() => handler(event)) : handler(event)));
    },
  });
  window.__releaseReplies = () => {
    window.__holdReplies = false;
    for (const reply of held.splice(0)) reply();
  };
}

test('axe finds no serious violation in the main state', async () => {
  const page = await app.open();
  await settled(page);
  await drawCharts(page);
  assert.deepEqual(await seriousViolations(page), []);
});

test('axe finds no serious violation while results are being recomputed', async () => {
  const context = await app.newContext();
  await context.addInitScript(holdWorkerReplies);
  const page = await app.open('', { context });
  await settled(page);
  assert.ok(page.workers().length >= 1, 'the page computes in workers');
  await page.evaluate(() => (window.__holdReplies = true));
  const { networking } = await budgets(page);
  await typeBudget(page, 'networking', networking + 400);
  await page.waitForSelector('.results-body.stale');
  // Greyed: once the short delay that keeps a quick recompute from flashing has passed.
  const muted = await page.evaluate(() => getComputedStyle(document.querySelector('.tagline')).color);
  await page.waitForFunction(
    (color) => getComputedStyle(document.querySelector('[data-testid="value-competitiveness"]')).color === color,
    muted,
  );
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await page.locator('.results-body.stale').count(), 1, 'the results settled while checked');
  await page.evaluate(() => window.__releaseReplies());
  await settled(page);
});

test('results are greyed only once they have stayed stale a moment, so a quick recompute does not grey them', async () => {
  const context = await app.newContext();
  await context.addInitScript(holdWorkerReplies);
  const page = await app.open('', { context });
  await settled(page);
  await page.evaluate(() => (window.__holdReplies = true));
  // The move and the look in one go: a timer of 0 ms runs before the page's of 150 ms.
  const atOnce = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const input = document.querySelector('[data-strategy="networking"] input[type="range"]');
        input.value = String(Math.round(Number(input.max) * 0.3));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => {
          const outcomes = document.querySelector('[data-computing]');
          resolve({ computing: outcomes.dataset.computing, greyed: !!document.querySelector('.results-body.stale') });
        }, 0);
      }),
  );
  assert.equal(atOnce.computing, 'true', 'the move started a recompute');
  assert.equal(atOnce.greyed, false, 'not greyed at once');
  // Still stale a moment later (the replies are held): greyed.
  await page.waitForSelector('.results-body.stale');
  await page.evaluate(() => window.__releaseReplies());
  await settled(page);
  assert.equal(await page.locator('.results-body.stale').count(), 0, 'no longer greyed once the runs are in');
});

test('axe finds no serious violation in English, with the model panel open, or with a notice', async () => {
  const english = await app.open('#l=en');
  await settled(english);
  assert.deepEqual(await seriousViolations(english), [], 'English');

  const panel = await app.open();
  await settled(panel);
  await panel.getByRole('button', { name: 'Tentang model' }).click();
  await panel.waitForSelector('.model-panel');
  assert.deepEqual(await seriousViolations(panel), [], 'the model panel open');

  const notice = await app.open('#s=c1AAAAthis-is-not-a-token');
  await notice.waitForSelector('[data-notice="broken-link"]');
  await settled(notice);
  await notice.locator('[data-strategy="networking"] input.juta').fill('abc');
  await notice.locator('[data-strategy="networking"] input.juta').press('Enter');
  await notice.waitForSelector('[data-notice="refused"]');
  assert.deepEqual(await seriousViolations(notice), [], 'notices shown');
});

test('the results are announced once they settle, not at every run that arrives', async () => {
  const page = await app.open();
  await settled(page);
  const region = page.locator('[data-testid="results-announcement"]');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal(await page.locator('.progress[aria-live]').count(), 0, 'the run counter is not read out');
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="results-announcement"]');
    window.__said = [];
    new MutationObserver(() => window.__said.push(el.textContent.trim())).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const { networking } = await budgets(page);
  await typeBudget(page, 'networking', networking + 400);
  const figures = await headlines(page);
  const said = (await page.evaluate(() => window.__said)).filter(Boolean);
  assert.equal(said.length, 1, `announced ${said.length} times: ${said.join(' / ')}`);
  assert.match(said[0], /^Hasil diperbarui: Daya saing/);
  for (const metric of ['competitiveness', 'training_uptake', 'obstacle_severity']) {
    assert.ok(said[0].includes(figures[metric]), `${metric} ${figures[metric]} not in "${said[0]}"`);
  }
  // A change is heard with its size, as the page shows it, so a small one is not just "worse".
  const changes = await deltas(page);
  for (const metric of ['competitiveness', 'training_uptake', 'obstacle_severity']) {
    const { text, verdict } = changes[metric];
    if (verdict === 'same' || verdict === 'no_value') continue;
    const size = text.split(' ')[0];
    assert.ok(said[0].includes(`, ${size})`), `${metric}: ${size} not in "${said[0]}"`);
  }
});

test('"Tentang model" moves the focus to its heading, and Escape back to the button', async () => {
  const page = await app.open();
  await settled(page);
  await page.getByRole('button', { name: 'Tentang model' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'model-heading');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.model-panel', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls')), 'model');
});

test('Escape in a field elsewhere clears the field, and leaves the model panel open', async () => {
  const page = await app.open();
  await settled(page);
  await page.getByRole('button', { name: 'Tentang model' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'model-heading');
  await page.locator('.settings > summary').click();
  await page.locator('#param-search').fill('upah');
  await page.locator('#param-search').press('Escape');
  assert.equal(await page.locator('#param-search').inputValue(), '');
  assert.equal(await page.locator('.model-panel').count(), 1, 'the panel closed');
  // From its button the panel still closes.
  await page.getByRole('button', { name: 'Tentang model' }).focus();
  await page.keyboard.press('Escape');
  await page.waitForSelector('.model-panel', { state: 'detached' });
});

test('a skip link, visible when focused, leads past the controls to the results', async () => {
  const page = await app.open();
  await settled(page);
  const hash = await page.evaluate(() => location.hash);
  await page.keyboard.press('Tab');
  const link = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el.getBoundingClientRect();
    return { text: el.textContent, top: box.top, height: box.height, tag: el.tagName };
  });
  assert.equal(link.tag, 'A');
  assert.equal(link.text, 'Langsung ke hasil');
  assert.ok(link.top >= 0 && link.height > 10, `the focused skip link is out of view: ${JSON.stringify(link)}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'outcomes-heading');
  assert.equal(await page.evaluate(() => location.hash), hash, 'the scenario in the address bar is kept');
  await page.keyboard.press('Tab');
  assert.ok(
    await page.evaluate(() => document.activeElement?.closest('.results') !== null),
    'the next Tab goes on from the results, not back into the budget',
  );
});

test('axe finds no serious violation in the saved list and an open comparison, in both languages', async () => {
  const page = await app.open();
  await settled(page);
  await saveAs(page, 'Satu');
  await page.locator('#preset').selectOption('export_focus');
  await page.locator('#preset ~ button').click();
  await saveAs(page, 'Dua');
  for (const name of ['Satu', 'Dua']) await page.getByRole('checkbox', { name: new RegExp(`: ${name}$`) }).check();
  await comparisonTable(page);
  await page.getByRole('button', { name: 'Tampilkan tahun demi tahun' }).click();
  await page.getByRole('button', { name: 'Ganti nama: Dua' }).click();
  await drawCharts(page);
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await seriousViolations(page), []);
});
