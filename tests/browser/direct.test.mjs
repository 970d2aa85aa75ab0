// What the budgets buy directly: links between businesses and mentoring (strategy 3),
// certification (strategy 4) and online selling (strategy 7) are figures of their own, each
// with its paired change against today's split, in both languages, and the same as the native
// runner's for the same scenario.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, headlines, deltas, applyPreset, canting } from './harness.mjs';

const app = useApp();
const DIRECT = ['links_per_business', 'share_mentored', 'share_certified', 'share_online'];

/// The runner's mean at year 5, written as the page writes it (decimals of the metric).
function native(preset, key, decimals, comma) {
  const out = canting(['run', '--preset', preset, '--format', 'json']);
  const text = out.series[key].mean[60].toFixed(decimals);
  return comma ? text.replace('.', ',') : text;
}

test('with no budget the network, mentoring, certification and online selling are worse, as natively', async () => {
  const page = await app.open();
  await settled(page);
  const section = page.locator('section[aria-labelledby="direct-heading"]');
  assert.equal(await section.locator('h3').innerText(), 'Yang dibeli anggaran secara langsung');
  assert.match(await section.locator('.note').innerText(), /Jejaring usaha \(strategi 3\) menambah jalinan kerja sama/);
  // Today's split against itself: no change.
  const same = await deltas(page);
  for (const key of DIRECT) assert.equal(same[key].verdict, 'same', key);

  await applyPreset(page, 'no_budget');
  const values = await headlines(page);
  const changes = await deltas(page);
  for (const key of DIRECT) {
    assert.equal(changes[key].verdict, 'worse', `${key}: ${changes[key].text}`);
  }
  assert.equal(values.links_per_business, native('no_budget', 'links_per_business', 2, true));
  assert.equal(values.share_mentored, native('no_budget', 'share_mentored', 1, true));
  assert.match(await section.locator('[data-metric="links_per_business"] .part-label').innerText(), /^Jalinan kerja sama per usaha$/);
});

test('in English, more networking shows as more links and more businesses mentored', async () => {
  const page = await app.open('#l=en');
  await settled(page);
  const section = page.locator('section[aria-labelledby="direct-heading"]');
  assert.equal(await section.locator('h3').innerText(), 'What the budgets buy directly');
  await applyPreset(page, 'equal_split');
  const changes = await deltas(page);
  // Equal split gives networking 714 juta against today's 400.
  assert.equal(changes.links_per_business.verdict, 'better', changes.links_per_business.text);
  assert.equal(changes.share_mentored.verdict, 'better', changes.share_mentored.text);
  const values = await headlines(page);
  assert.equal(values.links_per_business, native('equal_split', 'links_per_business', 2, false));
  assert.match(
    await section.locator('[data-metric="share_mentored"] .part-reading').innerText(),
    /^Of every 100 businesses, how many have a mentor now/,
  );
});
