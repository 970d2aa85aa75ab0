// Presentation mode, for a projector: at 1280×720 and 1920×1080 every slider, the headline
// figures and the main charts share one screen, with a challenge open too (its goal above the
// results), and the charts are drawn at the size they grow to.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled } from './harness.mjs';

const app = useApp();

/// The boxes of what must be on screen together, and the screen.
const layout = (page) =>
  page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width };
    };
    return {
      screen: { width: innerWidth, height: innerHeight },
      pageWidth: document.documentElement.scrollWidth,
      sliders: [...document.querySelectorAll('[data-strategy] input[type="range"]')].map(box),
      headlines: [...document.querySelectorAll('.headlines [data-testid^="value-"]')].map(box),
      challenge: [...document.querySelectorAll('.challenge-open :is(h3, .goal-parts li, .challenge-verdict)')].map(box),
      charts: [...document.querySelectorAll('.outcomes > .results-body > .charts figure[data-chart]')]
        .slice(0, 3)
        .map((f) => ({ ...box(f), canvas: f.querySelector('canvas').width, shown: f.querySelector('canvas').clientWidth })),
      ratio: devicePixelRatio,
      // Strategy names and the balance line cut short (clamped or overflowing).
      cut: [...document.querySelectorAll('.strategy-name, .balance')]
        .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent.trim()),
    };
  });

const inView = (b, screen) => b.top >= 0 && b.left >= 0 && b.bottom <= screen.height && b.right <= screen.width;

/// Waits until every chart on the screen is drawn at the size it is shown at, and every other
/// one either is too or waits to be drawn again when it comes near (`data-stale`).
const drawnAtSize = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('figure[data-chart] canvas')]
      .filter((c) => c.clientWidth > 0)
      .every((c) => {
        const atSize = c.width === Math.floor(c.clientWidth * devicePixelRatio);
        const r = c.getBoundingClientRect();
        const onScreen = r.bottom > 0 && r.top < innerHeight;
        return onScreen ? atSize && !c.hasAttribute('data-stale') : atSize || c.hasAttribute('data-stale');
      }),
  );

for (const [width, height, lang] of [
  [1280, 720, 'en'],
  // Bahasa Indonesia's longer labels make the headline boxes taller.
  [1280, 720, 'id'],
  [1920, 1080, 'en'],
]) {
  test(`at ${width}×${height} (${lang}) presentation mode puts every slider, the headline figures and the main charts on one screen`, async () => {
    const context = await app.newContext({ viewport: { width, height } });
    // With a challenge open: its text must not push the budgets off the screen.
    const page = await app.open(`#ch=1&l=${lang}`, { context });
    await settled(page);
    const before = await layout(page);
    const toggle = page.getByRole('button', { name: lang === 'en' ? 'Present' : 'Presentasi', exact: true });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await drawnAtSize(page);
    const shown = await layout(page);
    assert.ok(shown.pageWidth <= width, `the page is ${shown.pageWidth}px wide`);
    assert.equal(shown.sliders.length, 7);
    // Regression: at 1280 px the names were cut to one line ("Flagship-product…").
    assert.deepEqual(shown.cut, [], 'cut short');
    for (const s of shown.sliders) assert.ok(inView(s, shown.screen) && s.width >= 150, `a slider at ${JSON.stringify(s)}`);
    assert.equal(shown.headlines.length, 6);
    for (const h of shown.headlines) assert.ok(inView(h, shown.screen), `a headline at ${JSON.stringify(h)}`);
    assert.equal(shown.charts.length, 3);
    for (const c of shown.charts) assert.ok(inView(c, shown.screen), `a chart at ${JSON.stringify(c)}`);
    // The open challenge's title, each part of its goal and its verdict are on the screen too
    // (regression: in the budgets' column it was scrolled below them, or pushed them off).
    assert.equal(shown.challenge.length, 5);
    for (const c of shown.challenge) assert.ok(inView(c, shown.screen) && c.width > 0, `the challenge at ${JSON.stringify(c)}`);
    // The charts grow with the screen (at 1280 px three in a row are narrower than two) and are
    // drawn at their new size, not stretched.
    if (width >= 1920) assert.ok(shown.charts[0].width > before.charts[0].width, 'wider than outside presentation mode');
    for (const c of shown.charts) assert.equal(c.canvas, Math.floor(c.shown * shown.ratio));

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await drawnAtSize(page);
    assert.equal((await layout(page)).charts[0].width, before.charts[0].width);
  });
}

test('presentation mode is named in Indonesian and leaves a phone layout alone', async () => {
  const context = await app.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await app.open('', { context });
  await settled(page);
  await page.getByRole('button', { name: 'Presentasi' }).click();
  await drawnAtSize(page);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
});
