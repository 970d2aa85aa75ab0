// The training funnel draws the scenario's and the baseline's steps on one scale, so that a
// bar's width compares across the two columns, not only within one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, applyPreset } from './harness.mjs';

const app = useApp();

test('the funnel uses one scale for the scenario and the baseline', async () => {
  const page = await app.open();
  // Exports first: fewer training places offered than today's allocation offers.
  await applyPreset(page, 'export_focus');
  await settled(page);
  const bars = await page.$$eval('.funnel-step', (steps) =>
    steps.map((step) => ({
      column: step.closest('.funnel-column').classList.contains('scenario') ? 'scenario' : 'baseline',
      step: step.dataset.step,
      value: Number(step.dataset.value),
      width: parseFloat(step.querySelector('.funnel-bar').style.width),
    })),
  );
  assert.equal(bars.length, 6, JSON.stringify(bars));
  const offered = (column) => bars.find((b) => b.column === column && b.step === 'training_offered').value;
  const [scenario, baseline] = [offered('scenario'), offered('baseline')];
  assert.ok(Math.abs(scenario - baseline) > 0.1 * Math.max(scenario, baseline), `offered ${scenario} and ${baseline}: not different enough to tell`);
  // Every bar is the same number of per cent per artisan: the widest value of both is 100%.
  const widest = Math.max(...bars.map((b) => b.value));
  for (const bar of bars) {
    assert.ok(Math.abs(bar.width - (bar.value / widest) * 100) < 0.2, `${bar.column} ${bar.step}: ${bar.width}% for ${bar.value} of ${widest}`);
  }
  assert.equal(Math.max(...bars.map((b) => b.width)), 100);
});

test('what the funnel says is lost is the difference of the figures it shows', async () => {
  // Regression: "offered 540 … lost 206 … reached 335" (from unrounded means).
  const page = await app.open();
  for (const preset of [null, 'export_focus', 'training_technology']) {
    if (preset) await applyPreset(page, preset);
    await settled(page);
    const columns = await page.$$eval('.funnel-column', (cols) =>
      cols.map((col) =>
        [...col.querySelectorAll('.funnel-step')].map((step) => ({
          shown: Number(step.querySelector('.funnel-label strong').textContent.replace(/[.,]/g, '')),
          lost: step.querySelector('.funnel-lost')?.textContent.match(/:\s*([\d.,]+)/)?.[1],
        })),
      ),
    );
    for (const steps of columns) {
      for (let i = 1; i < steps.length; i++) {
        const lost = Number(steps[i].lost.replace(/[.,]/g, ''));
        assert.equal(steps[i - 1].shown - steps[i].shown, lost, `${preset}: ${JSON.stringify(steps)}`);
      }
    }
  }
});
