// A suggested split, in the page: the workers run the model's search on the scenario's seeds
// and find exactly the split the native runner's `canting optimize` finds; it is shown beside
// the current split, applied with a click and undone with another; a search can be cancelled,
// and a form that cannot be read says why, in the user's language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useApp, settled, budgets, ROOT } from './harness.mjs';

const app = useApp();
const CLI = () => process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');

/// A small scenario (8 runs, 1 year), so that the search's 1,000 runs are quick.
function smallToken() {
  const out = execFileSync(CLI(), ['marginal', '--preset', 'today', '--runs', '8', '--years', '1', '--format', 'json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out).link;
}

/// The suggested and current budgets as the page's table shows them, by strategy.
function shownSplit(page) {
  return page.$$eval('[data-testid="suggest-budgets"] tr[data-budget]', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.dataset.budget,
        {
          current: Number(r.querySelector('[data-col="current"]').textContent.replace(/[.,]/g, '')),
          suggested: Number(r.querySelector('[data-col="suggested"]').textContent.replace(/[.,]/g, '')),
        },
      ]),
    ),
  );
}

test('the page suggests the split the runner does, applies it and undoes it', async () => {
  const token = smallToken();
  const page = await app.open(`#s=${token}`);
  await settled(page);
  const before = await budgets(page);
  await page.getByTestId('suggest-search').click();
  await page.getByTestId('suggest-progress').waitFor();
  await page.getByTestId('suggest-answer').waitFor({ timeout: 240_000 });

  const native = JSON.parse(execFileSync(CLI(), ['optimize', '--link', token, '--format', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const shown = await shownSplit(page);
  for (const [key, juta] of Object.entries(native.suggestion.budgets_juta)) {
    assert.equal(shown[key].suggested, juta, `${key}: page ${shown[key].suggested}, runner ${juta}`);
    assert.equal(shown[key].current, before[key], key);
  }
  const beats = await page.getByTestId('suggest-beats').textContent();
  const share = Math.round(100 * native.share_of_runs_suggestion_beats_current);
  assert.match(beats, new RegExp(`^Usulan mengalahkan pembagian semula menurut tujuan di ${share}% ulangan`), beats);
  const outcomes = await page.$$eval('[data-testid="suggest-outcomes"] tr[data-outcome]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.outcome, r.dataset.verdict])),
  );
  for (const [metric, change] of Object.entries(native.change_from_current)) {
    assert.equal(outcomes[metric], change.verdict, metric);
  }
  assert.equal(await page.locator('[data-testid="suggest-runners-up"] li').count(), native.runners_up.length);
  // What the objective trades away is said before the click that applies it.
  const worse = await page.$$eval('[data-testid="suggest-outcomes"] tr[data-verdict="worse"] th', (ths) => ths.map((t) => t.textContent));
  if (worse.length > 0) {
    const said = await page.getByTestId('suggest-worse').innerText();
    for (const name of worse) assert.ok(said.includes(name), `${name} in «${said}»`);
    assert.equal(await page.getByTestId('suggest-apply').getAttribute('aria-describedby'), 'suggest-worse');
    // Read with the win it qualifies, before the tables, not after them.
    assert.equal(await page.$eval('[data-testid="suggest-beats"] + *', (e) => e.dataset.testid), 'suggest-worse');
  } else {
    assert.equal(await page.getByTestId('suggest-worse').count(), 0);
  }

  // Applied in one step, and undone in one.
  await page.getByTestId('suggest-apply').click();
  await page.getByTestId('suggest-applied').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'suggest-applied');
  await page.waitForFunction(
    (want) => Object.entries(want).every(([k, v]) =>
      Number(document.querySelector(`[data-strategy="${k}"] input.juta`).value.replace(/[.,]/g, '')) === v),
    native.suggestion.budgets_juta,
  );
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await page.waitForFunction(
    (want) => Object.entries(want).every(([k, v]) =>
      Number(document.querySelector(`[data-strategy="${k}"] input.juta`).value.replace(/[.,]/g, '')) === v),
    before,
  );
  await page.getByTestId('suggest-apply').waitFor();
  // Undoing back to the scenario searched from shows its answer again, without searching again.
  await settled(page);
  assert.equal(await page.getByTestId('suggest-progress').count(), 0, 'undo started a search');

  // In English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'A suggested split' }).waitFor();
  assert.match(await page.getByTestId('suggest-beats').textContent(), /^The suggestion beats the split it started from on the objective in \d+% of runs/);
});

test('a search can be cancelled, stops when the scenario changes, and a form that cannot be read says why', async () => {
  const page = await app.open(`#s=${smallToken()}`);
  await settled(page);
  await page.getByTestId('suggest-search').click();
  await page.getByTestId('suggest-progress').waitFor();
  await page.getByTestId('suggest-cancel').click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'suggest-search');
  assert.equal(await page.getByTestId('suggest-progress').count(), 0);
  assert.equal(await page.getByTestId('suggest-answer').count(), 0);
  assert.equal(await page.getByTestId('suggest-search').isEnabled(), true);

  // A changed scenario stops the search, and says so.
  await page.getByTestId('suggest-search').click();
  await page.getByTestId('suggest-progress').waitFor();
  await page.locator('[data-strategy="networking"] input.juta').fill('900');
  await page.locator('[data-strategy="networking"] input.juta').press('Enter');
  await page.getByTestId('suggest-stopped').waitFor();

  // Weights and limits that cannot be read, or cannot all hold.
  await page.locator('#weight-competitiveness').fill('satu');
  await page.getByTestId('suggest-search').click();
  assert.match(await page.getByTestId('suggest-problems').textContent(), /Daya saing: “satu” bukan angka yang bisa dibaca/);
  // The field in error is marked and points at the line that says why.
  const weight = page.locator('#weight-competitiveness');
  assert.equal(await weight.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator(`#${await weight.getAttribute('aria-describedby')}`).innerText(), /“satu”/);
  assert.equal(await page.locator('#weight-training_uptake').getAttribute('aria-invalid'), null);
  await page.locator('#weight-competitiveness').fill('1');
  for (const key of ['flagship_exports', 'networking']) await page.locator(`#floor-${key}`).fill('3.000');
  await page.getByTestId('suggest-search').click();
  assert.match(await page.getByTestId('suggest-problems').textContent(), /^Batas bawah berjumlah Rp 6\.000 juta, lebih dari pagu Rp 5\.000 juta\./);
  for (const key of ['flagship_exports', 'networking']) {
    assert.equal(await page.locator(`#floor-${key}`).getAttribute('aria-invalid'), 'true', `the floor of ${key} is marked`);
  }
  assert.equal(await weight.getAttribute('aria-invalid'), null, 'the weight read now');
  assert.equal(await page.getByTestId('suggest-progress').count(), 0, 'nothing runs');
  await page.getByRole('button', { name: 'English' }).click();
  for (const key of ['flagship_exports', 'networking']) await page.locator(`#floor-${key}`).fill('3,000');
  await page.getByTestId('suggest-search').click();
  assert.match(await page.getByTestId('suggest-problems').textContent(), /^The floors add up to Rp 6,000 million, more than the envelope of Rp 5,000 million\./);
  await page.locator('#floor-networking').fill('-5');
  await page.getByTestId('suggest-search').click();
  assert.match(await page.getByTestId('suggest-problems').textContent(), /“-5” must not be negative/);
});
