// The comparison travels in the share link: the receiver, in a fresh browser with nothing
// saved, sees the same compared scenarios with the same paired figures, and is told that the
// page shows a shared scenario and comparison, and what it is compared against. The sender
// reloading their own link compares their own saved scenarios, not copies.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, applyPreset, saveAs as save, comparisonTable } from './harness.mjs';

const app = useApp();

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

function savedInStorage(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('canting.saved.')).length);
}

test('a shared link reproduces the comparison in a fresh browser and says what the page shows', async () => {
  const context = await app.newContext(clipboard);
  const page = await app.open('', { context });
  await settled(page);
  await applyPreset(page, 'export_focus');
  await save(page, 'Ekspor & kawan');
  await applyPreset(page, 'youth_regeneration');
  await save(page, 'Pemuda');
  await applyPreset(page, 'today');
  for (const name of ['Ekspor & kawan', 'Pemuda']) {
    await page.getByRole('checkbox', { name: new RegExp(`: ${name}$`) }).check();
  }
  const sent = await comparisonTable(page, { byName: true });
  await page.getByRole('button', { name: 'Bagikan tautan' }).click();
  await page.waitForSelector('[data-notice="copied"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fragment = link.slice(link.indexOf('#'));
  assert.equal(fragment.match(/&c=/g)?.length, 2, fragment);

  const other = await app.open(fragment, { context: await app.newContext() });
  await settled(other);
  const banner = other.getByTestId('shared-view');
  assert.match(
    await banner.innerText(),
    /^Halaman ini menampilkan skenario yang dibagikan lewat tautan beserta perbandingannya dengan “Ekspor & kawan”, “Pemuda”, dibandingkan dengan alokasi saat ini .*5 tahun; benih acak 2014; 32 ulangan\.$/,
  );
  assert.deepEqual(await comparisonTable(other, { byName: true }), sent, 'the same figures and verdicts');
  assert.equal(await savedInStorage(other), 0, 'nothing is saved without asking');
  assert.match(await other.locator('li.saved').first().innerText(), /Dibagikan lewat tautan, belum disimpan/);
  await other.getByRole('button', { name: 'English' }).click();
  await other.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(
    await banner.innerText(),
    /^This page shows a scenario shared by a link and its comparison with “Ekspor & kawan”, “Pemuda”, compared with today's allocation/,
  );

  // Saving a shared scenario keeps it and the comparison as they are.
  await other.getByRole('button', { name: 'Save to my list: Pemuda' }).click();
  await other.waitForSelector('[data-notice="saved"]');
  assert.equal(await savedInStorage(other), 1);
  assert.equal(await other.evaluate(() => location.hash.match(/&c=/g)?.length), 2);

  // A change makes it the receiver's own scenario: the line goes.
  await applyPreset(other, 'equal_split');
  await other.waitForFunction(() => !document.querySelector('[data-testid="shared-view"]'));

  // The sender reloading their own link compares their saved scenarios, not shared copies.
  await page.reload();
  await settled(page);
  assert.equal(await page.locator('li.saved').count(), 2);
  assert.deepEqual(await comparisonTable(page, { byName: true }), sent);
});
