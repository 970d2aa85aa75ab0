// Saved scenarios: the scenario on screen saved under a name in local storage, through a
// reload; renamed, duplicated, deleted (and brought back), opened again as an undoable change;
// an entry that cannot be read is skipped with a notice in both languages, the rest kept and
// the entry itself left as it was; storage that refuses to write is said, and nothing is lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, applyPreset, budgets } from './harness.mjs';

const app = useApp();

/// The saved scenarios' names, as the list shows them.
function savedNames(page) {
  return page.$$eval('li.saved [data-testid="saved-name"]', (els) => els.map((e) => e.textContent));
}

/// Every saved entry in local storage, by key.
function storedEntries(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('canting.saved.')).map((k) => [k, localStorage.getItem(k)])),
  );
}

/// Saves the scenario on screen under `name` and waits for the answer, by its kind.
async function save(page, name, answer = 'saved') {
  await page.locator('#save-name').fill(name);
  await page.getByRole('button', { name: /^(Simpan skenario ini|Save this scenario)$/ }).click();
  await page.waitForSelector(`[data-notice="${answer}"]`);
}

test('a saved scenario survives a reload and can be renamed, duplicated, deleted, restored and opened', async () => {
  const page = await app.open();
  await settled(page);
  assert.match(await page.getByTestId('none-saved').innerText(), /Belum ada skenario tersimpan/);
  await applyPreset(page, 'export_focus');
  const exportBudgets = await budgets(page);
  const exportToken = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('s'));
  await save(page, '  Ekspor\ndulu ');
  assert.match(await page.locator('[data-notice="saved"]').innerText(), /disimpan sebagai “Ekspor dulu”/);
  assert.deepEqual(await savedNames(page), ['Ekspor dulu']);
  const stored = Object.values(await storedEntries(page));
  assert.deepEqual(stored, [`s=${exportToken}\nEkspor dulu`]);

  // A name taken, ignoring case, is refused and the field keeps it to be fixed.
  await save(page, 'ekspor DULU', 'name-refused');
  assert.match(await page.locator('[data-notice="name-refused"]').innerText(), /sudah ada skenario tersimpan bernama “ekspor DULU”/i);
  assert.equal(await page.locator('#save-name').inputValue(), 'ekspor DULU');
  await page.locator('#save-name').fill('   ');
  await page.getByRole('button', { name: 'Simpan skenario ini' }).click();
  await page.locator('[data-notice="name-refused"]', { hasText: 'Nama kosong' }).waitFor();

  await page.reload();
  await settled(page);
  assert.deepEqual(await savedNames(page), ['Ekspor dulu'], 'kept through a reload');

  await page.getByRole('button', { name: 'Ganti nama: Ekspor dulu' }).click();
  await page.locator('form.rename input').fill('Ekspor kuat');
  await page.getByRole('button', { name: 'Simpan nama' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="saved-name"]')?.textContent === 'Ekspor kuat');

  await page.getByRole('button', { name: 'Gandakan: Ekspor kuat' }).click();
  await page.waitForFunction(() => document.querySelectorAll('li.saved').length === 2);
  assert.deepEqual(await savedNames(page), ['Ekspor kuat', 'Ekspor kuat (2)']);
  const copies = Object.values(await storedEntries(page)).sort();
  assert.deepEqual(copies, [`s=${exportToken}\nEkspor kuat`, `s=${exportToken}\nEkspor kuat (2)`]);

  await page.getByRole('button', { name: 'Hapus: Ekspor kuat (2)' }).click();
  await page.waitForSelector('[data-notice="deleted"]');
  assert.deepEqual(await savedNames(page), ['Ekspor kuat']);
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('canting.saved.')).length === 1);
  await page.getByRole('button', { name: 'Batalkan hapus' }).click();
  await page.waitForFunction(() => document.querySelectorAll('li.saved').length === 2);
  assert.deepEqual(await savedNames(page), ['Ekspor kuat', 'Ekspor kuat (2)'], 'back in its place');
  await page.getByRole('button', { name: 'Hapus: Ekspor kuat (2)' }).click();
  await page.waitForFunction(() => document.querySelectorAll('li.saved').length === 1);

  // Opening it replaces the scenario on screen, and undo brings that back.
  await page.getByRole('button', { name: 'Kembalikan semua' }).click();
  await page.waitForSelector('[data-notice="reset-all"]');
  // The answer stays in view at the bottom of the screen, over the list, until dismissed.
  await page.locator('[data-notice="reset-all"] .dismiss').click();
  const today = await budgets(page);
  assert.notDeepEqual(today, exportBudgets);
  await page.getByRole('button', { name: 'Buka: Ekspor kuat' }).click();
  await page.waitForSelector('[data-notice="opened-saved"]');
  assert.deepEqual(await budgets(page), exportBudgets);
  await page.waitForFunction((t) => location.hash.includes(`s=${t}`), exportToken);
  await page.getByRole('button', { name: /Urungkan/ }).first().click();
  await page.waitForFunction((t) => !location.hash.includes(`s=${t}`), exportToken);
  assert.deepEqual(await budgets(page), today);

  await page.reload();
  await settled(page);
  assert.deepEqual(await savedNames(page), ['Ekspor kuat']);
});

test('an unreadable saved entry is skipped with a notice in both languages, kept in storage, and the rest shown', async () => {
  const page = await app.open();
  await settled(page);
  await applyPreset(page, 'youth_regeneration');
  await save(page, 'Pemuda');
  const good = await storedEntries(page);
  // One entry damaged by hand, one cut short, and one this page never wrote.
  const [goodValue] = Object.values(good);
  const bad = {
    'canting.saved.5': 'bukan skenario',
    'canting.saved.6': goodValue.slice(0, 20),
  };
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, bad);
  await page.reload();
  await settled(page);
  const notice = page.locator('[data-notice="saved-unreadable"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /2 skenario tersimpan tidak terbaca .* dilewati\. Skenario tersimpan lainnya tetap ada/);
  assert.deepEqual(await savedNames(page), ['Pemuda']);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await notice.innerText(), /2 saved scenarios could not be read .* skipped\. Every other saved scenario is here/);

  // Saving and deleting others leaves the unreadable entries as they are.
  await applyPreset(page, 'export_focus');
  await save(page, 'Export');
  await page.getByRole('button', { name: 'Delete: Pemuda' }).click();
  await page.waitForSelector('[data-notice="deleted"]');
  await page.waitForFunction(() => !Object.values(localStorage).some((v) => v.endsWith('\nPemuda')));
  const after = await storedEntries(page);
  for (const [k, v] of Object.entries(bad)) assert.equal(after[k], v, k);
  assert.equal(Object.keys(after).length, 3);
  assert.deepEqual(await savedNames(page), ['Export']);
});

test('storage that refuses to write is said, and the saved scenario stays for the visit', async () => {
  const page = await app.open('', {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key.startsWith('canting.saved.')) throw new DOMException('full', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      }),
  });
  await settled(page);
  await save(page, 'Tidak muat', 'storage-failed');
  assert.match(await page.locator('[data-notice="storage-failed"]').innerText(), /“Tidak muat” tidak dapat ditulis ke penyimpanan peramban/);
  assert.deepEqual(await savedNames(page), ['Tidak muat']);
  assert.deepEqual(await storedEntries(page), {});
});
