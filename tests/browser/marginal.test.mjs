// What the next Rp 100 juta buys, in the page: once asked for, each strategy's bars come from
// the same paired runs as the native runner's `canting marginal`, sorted best first, read in
// words, in both languages; they follow the allocation and cost nothing until opened.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useApp, settled, typeBudget, drawCharts, ROOT } from './harness.mjs';

const app = useApp();

/// `canting marginal` on a link token, as JSON.
function nativeMarginal(token, lang = 'id') {
  const built = process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');
  const args = ['marginal', '--link', token, '--format', 'json', '--lang', lang];
  return JSON.parse(execFileSync(built, args, { encoding: 'utf8' }));
}

/// A small scenario (8 runs, 2 years) so that the fifteen ensembles are quick.
function smallToken() {
  const built = process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');
  const out = execFileSync(built, ['marginal', '--preset', 'today', '--runs', '8', '--years', '2', '--format', 'json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out).link;
}

/// The bars as the page shows them, in order: strategy, and for more and less the verdict and
/// the figures (mean, p10, p90) as numbers.
async function bars(page) {
  await page.waitForSelector('[data-testid="marginal-bars"][data-complete="true"]', { timeout: 120_000 });
  return page.$$eval('[data-testid="marginal-bars"] > li', (items) =>
    items.map((li) => {
      const figures = (bar) => {
        if (!bar || !bar.dataset.verdict) return null;
        const text = bar.querySelector('.marginal-value').textContent;
        const numbers = [...text.matchAll(/[+−]?\d+(?:[.,]\d+)?/g)].map((m) => m[0]);
        const value = (s) => Number(s.replace('−', '-').replace(',', '.'));
        const decimals = (numbers[0].split(/[.,]/)[1] ?? '').length;
        return { verdict: bar.dataset.verdict, mean: value(numbers[0]), p10: value(numbers[3]), p90: value(numbers[4]), decimals, text };
      };
      return {
        strategy: li.dataset.marginal,
        more: figures(li.querySelector('.marginal-bar.more')),
        less: figures(li.querySelector('.marginal-bar.less')),
      };
    }),
  );
}

/// Every figure of the bars of `metric` agrees with the runner's, to the page's decimals.
function assertAgrees(shown, native, metric) {
  assert.equal(shown.length, 7, 'one row per strategy');
  const byKey = Object.fromEntries(native.strategies.map((s) => [s.strategy, s]));
  for (const row of shown) {
    const n = byKey[row.strategy];
    assert.ok(n, `the runner has ${row.strategy}`);
    for (const step of ['more', 'less']) {
      const page = row[step];
      if (n.budget_juta === 0 && step === 'less') {
        assert.equal(page, null, `${row.strategy}: nothing to take away`);
        continue;
      }
      const want = n[step][metric];
      assert.equal(page.verdict, want.verdict, `${row.strategy} ${step} ${metric}: ${page.text}`);
      const half = 0.5 * 10 ** -page.decimals + 1e-9;
      for (const k of ['mean', 'p10', 'p90']) {
        // A change too small to show has its mean cut towards zero, so that it stays below the
        // bound written beside it; every other figure is rounded.
        const scale = 10 ** page.decimals;
        const cut = k === 'mean' && want.verdict === 'too_small_to_show';
        const expected = cut ? Math.trunc(want[k] * scale) / scale : want[k];
        const within = cut ? 1e-9 : half;
        assert.ok(Math.abs(page[k] - expected) <= within, `${row.strategy} ${step} ${metric} ${k}: page ${page[k]}, runner ${want[k]}`);
      }
    }
  }
  // Best first: for an outcome that is better lower, the most negative change leads.
  const lowerBetter = metric.startsWith('obstacle');
  const gains = shown.map((r) => (lowerBetter ? -1 : 1) * byKey[r.strategy].more[metric].mean);
  assert.deepEqual(gains, [...gains].sort((a, b) => b - a), `sorted best first: ${gains}`);
}

test('the next Rp 100 juta is worked out only when asked, and agrees with the runner run by run', async () => {
  const token = smallToken();
  const page = await app.open(`#s=${token}`);
  await settled(page);
  const toggle = page.getByTestId('marginal-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('[data-testid="marginal-bars"]').count(), 0, 'nothing until asked');
  await toggle.click();
  // The bars come as the runs arrive, all fourteen scenarios going forward together.
  await page.waitForSelector('[data-testid="marginal-bars"][data-complete="false"]');
  await page.getByTestId('marginal-progress').waitFor();

  const native = nativeMarginal(token);
  assertAgrees(await bars(page), native, 'competitiveness');

  // The words name the strategy that does the most, when its runs agree.
  const words = await page.getByTestId('marginal-words').textContent();
  const first = (await bars(page))[0];
  if (first.more.verdict === 'better') {
    const label = native.strategies.find((s) => s.strategy === first.strategy).label;
    assert.ok(words.startsWith(`Di sini, Rp 100 juta lagi untuk “${label}” paling memperbaiki daya saing`), words);
  } else {
    assert.match(words, /tidak membuat daya saing/, words);
  }
  assert.match(words, /Mengambil Rp 100 juta/, words);
  // A change the runs agree on but smaller than the headline shows says how small, and the
  // words list it apart from the unclear ones.
  const small = (await bars(page)).filter((b) => b.more?.verdict === 'too_small_to_show');
  for (const b of small) {
    assert.match(b.more.text, /· lebih kecil dari 0,05$/, b.more.text);
    const label = native.strategies.find((s) => s.strategy === b.strategy).label;
    assert.match(words, new RegExp(`Lebih kecil dari ketelitian angka utama, walau sebagian besar ulangan searah: [^.]*${label}`), words);
  }

  // Another outcome, chosen from the list.
  await page.getByTestId('marginal-metric').selectOption('training_uptake');
  await page.waitForSelector('[data-testid="marginal-bars"][data-metric="training_uptake"][data-complete="true"]');
  assertAgrees(await bars(page), native, 'training_uptake');
  await page.getByTestId('marginal-metric').selectOption('obstacle_severity');
  await page.waitForSelector('[data-testid="marginal-bars"][data-metric="obstacle_severity"][data-complete="true"]');
  assertAgrees(await bars(page), native, 'obstacle_severity');

  // One strategy's budget curve: the paired change from the budget now at seven budgets,
  // the runner's sweep of the same budgets.
  await page.getByTestId('marginal-metric').selectOption('competitiveness');
  await page.getByTestId('curve-strategy').selectOption('networking');
  const curve = page.locator('figure[data-chart="curve-networking"]');
  await drawCharts(page, 'figure[data-chart="curve-networking"]', { timeout: 120_000 });
  await curve.locator('button[aria-controls^="table-"]').click();
  const rows = await curve.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)),
  );
  const juta = rows.map((r) => Number(r[0].replace(/[.,]/g, '')));
  const current = native.strategies.find((s) => s.strategy === 'networking').budget_juta;
  assert.equal(juta[0], 0);
  assert.equal(juta[6], Math.max(2 * current, 1000));
  const built = process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');
  const sweep = execFileSync(built, ['sweep', '--budget', 'networking', '--values', juta.join(','), '--link', token, '--format', 'json'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(sweep.length, 7);
  rows.forEach((r, i) => {
    const shown = Number(r[1].replace('−', '-').replace(',', '.'));
    const want = sweep[i].change.competitiveness.mean;
    assert.ok(Math.abs(shown - want) <= 0.005 + 1e-9, `at Rp ${juta[i]} juta: page ${r[1]}, runner ${want}`);
  });

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('heading', { name: 'What the next Rp 100 million buys' }).waitFor();
  const english = await page.getByTestId('marginal-words').textContent();
  assert.match(english, /^Here, Rp 100 million more for (any one strategy makes no clear improvement|“[^”]+” does the most)/, english);
  assert.match(english, /Taking Rp 100 million/, english);

  // The table has every headline outcome, for more and less.
  await page.getByRole('button', { name: 'Show as a table' }).click();
  const cells = await page.$$eval('[data-testid="marginal-table"] tr[data-step="more"]', (rows) => rows.map((r) => r.querySelectorAll('td[data-verdict]').length));
  assert.deepEqual(cells, [6, 6, 6, 6, 6, 6, 6]);
  // Each cell says what the bars say, in the page's language: the change and its verdict.
  const table = await page.$$eval('[data-testid="marginal-table"] tr[data-step]', (rows) =>
    rows.map((r) => ({
      step: r.querySelector('th:last-of-type').textContent,
      cells: [...r.querySelectorAll('td[data-verdict]')].map((td) => td.textContent),
    })),
  );
  for (const row of table) {
    assert.match(row.step, /^[+−]Rp \d+ million$/, row.step);
    for (const text of row.cells) {
      assert.match(text, / · (better|worse|no clear difference|smaller than 0\.0*5|the same|higher|lower)$/, text);
    }
  }

  // Closed again: nothing more is shown (or computed).
  await page.getByTestId('marginal-toggle').click();
  assert.equal(await page.locator('[data-testid="marginal-bars"]').count(), 0);
});

test('the bars follow the allocation: a changed budget is worked out again, from its own runs', async () => {
  const page = await app.open(`#s=${smallToken()}`);
  await settled(page);
  await page.getByTestId('marginal-toggle').click();
  await bars(page);
  const before = await page.evaluate(() => location.hash);
  await typeBudget(page, 'networking', 1400);
  await page.waitForFunction((h) => location.hash !== h, before);
  // The old table goes while the new one is computed, and the new one is the runner's.
  await page.waitForSelector('[data-testid="marginal-progress"]');
  const shown = await bars(page);
  const token = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('s'));
  const native = nativeMarginal(token);
  assert.equal(native.strategies.find((s) => s.strategy === 'networking').budget_juta, 1400);
  assertAgrees(shown, native, 'competitiveness');
});
