// The page shows the real model's numbers: the same, to the digit shown, as the `canting`
// command-line runner computes natively for the same scenario.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, headlines, ROOT } from './harness.mjs';

const app = useApp();

/// The runner built by the native tests (cargo xtask test builds it before these run).
function runner() {
  const built = process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');
  assert.ok(existsSync(built), `no canting runner at ${built}; run cargo build -p canting-cli`);
  return built;
}

function nativeFinal(args) {
  const out = JSON.parse(execFileSync(runner(), ['run', '--format', 'json', ...args], { encoding: 'utf8' }));
  const last = (metric) => out.series[metric].mean.at(-1);
  return {
    competitiveness: last('competitiveness'),
    training_uptake: last('training_uptake'),
    obstacle_severity: last('obstacle_severity'),
  };
}

/// A number as the page writes it in Bahasa Indonesia, with one decimal.
const indonesian = (x) => x.toFixed(1).replace('.', ',');

test('the page shows the same figures as the native runner, for the default scenario', async () => {
  const page = await app.open();
  const shown = await headlines(page);
  const native = nativeFinal([]);
  for (const [metric, value] of Object.entries(native)) {
    assert.equal(shown[metric], indonesian(value), metric);
  }
});

test('the page shows the same figures as the native runner, for a shared link', async () => {
  const page = await app.open();
  await page.waitForFunction(() => location.hash.includes('s='));
  const before = await page.evaluate(() => location.hash);
  await page.locator('#preset').selectOption('training_technology');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.waitForFunction((h) => location.hash !== h, before);
  const shown = await headlines(page);
  const link = await page.evaluate(() => location.href);
  const native = nativeFinal(['--link', link]);
  for (const [metric, value] of Object.entries(native)) {
    assert.equal(shown[metric], indonesian(value), metric);
  }
});

test('the runs are computed in web workers, off the page\'s thread', async () => {
  const page = await app.open();
  await headlines(page);
  const workers = page.workers();
  assert.ok(workers.length >= 1, 'no compute worker started');
  // The figures the tests above compare with the native runner came from these workers.
  const names = await Promise.all(workers.map((w) => w.evaluate(() => self.name)));
  assert.ok(names.every((n) => n.startsWith('canting-')), names.join(', '));
});

test('where web workers cannot start, the page computes the same figures itself', async () => {
  const withWorkers = await headlines(await app.open());
  const context = await app.newContext();
  // A browser (or a strict policy) without workers: the constructor throws.
  await context.addInitScript(() => {
    window.Worker = function Worker() {
      throw new Error('workers are not allowed here');
    };
  });
  const page = await app.open('', { context });
  assert.deepEqual(await headlines(page), withWorkers);
  assert.equal(page.workers().length, 0);
});
