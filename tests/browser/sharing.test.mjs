// A share link reproduces what its sender saw: the pinned baseline (so the same changes and
// verdicts), the balancing mode (so an over-budget scenario is not rescaled by one keystroke),
// and a notice that says whether the link came from an older or a newer model.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, deltas, applyPreset, budgets, typeBudget } from './harness.mjs';

const app = useApp();

/// Copies the share link with the page's button and returns its fragment.
async function shareFragment(page) {
  await page.getByRole('button', { name: 'Bagikan tautan' }).click();
  await page.waitForSelector('[data-notice="copied"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  return link.slice(link.indexOf('#'));
}

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

test('a shared link keeps the pinned baseline: the recipient sees the sender\'s changes and verdicts', async () => {
  const context = await app.newContext(clipboard);
  const page = await app.open('', { context });
  await applyPreset(page, 'export_focus');
  await page.getByRole('button', { name: 'Jadikan kondisi dasar' }).click();
  await page.waitForSelector('text=Kondisi dasar: skenario yang disematkan');
  await applyPreset(page, 'youth_regeneration');
  const sent = await deltas(page);
  const fragment = await shareFragment(page);
  assert.match(fragment, /^#s=[\w-]+&b=[\w-]+&l=id$/);

  const other = await app.open(fragment, { context: await app.newContext() });
  assert.deepEqual(await deltas(other), sent);
  assert.match(await other.locator('.baseline-line').innerText(), /skenario yang disematkan/);

  // Without `b=` the same scenario is compared with today's allocation, as before.
  const today = await app.open(fragment.replace(/&b=[\w-]+/, ''));
  assert.notDeepEqual(await deltas(today), sent, 'the pinned baseline made no difference');
  assert.match(await today.locator('.baseline-line').innerText(), /alokasi saat ini/);
  assert.equal(await today.locator('.notice').count(), 0);
});

test('a shared link keeps free mode, and a keystroke then moves one budget only', async () => {
  const context = await app.newContext(clipboard);
  const page = await app.open('', { context });
  await settled(page);
  await page.locator('#mode-free').check();
  const before = await budgets(page);
  await typeBudget(page, 'networking', before.networking + 500);
  const fragment = await shareFragment(page);
  assert.match(fragment, /&m=free/);

  const other = await app.open(fragment, { context: await app.newContext() });
  await settled(other);
  assert.ok(await other.locator('#mode-free').isChecked());
  assert.equal(await other.locator('.notice').count(), 0);
  const received = await budgets(other);
  assert.equal(received.networking, before.networking + 500);
  await typeBudget(other, 'flagship_exports', received.flagship_exports + 1);
  assert.deepEqual(await budgets(other), { ...received, flagship_exports: received.flagship_exports + 1 });
});

test('an over-budget link that does not name a mode opens in free mode with a notice, not rescaled', async () => {
  const page = await app.open();
  await settled(page);
  await page.locator('#mode-free').check();
  const before = await budgets(page);
  await typeBudget(page, 'networking', before.networking + 500);
  await page.waitForFunction(() => location.hash.includes('m=free'));
  const fragment = (await page.evaluate(() => location.hash)).replace('&m=free', '');

  const other = await app.open(fragment);
  await other.waitForSelector('[data-notice="opened-free"]');
  const notice = other.locator('[data-notice="opened-free"]');
  assert.match(await notice.innerText(), /melebihi pagu sebesar Rp 500 juta.*mode Bebas/);
  assert.ok(await other.locator('#mode-free').isChecked());
  const received = await budgets(other);
  assert.equal(received.networking, before.networking + 500);
  await typeBudget(other, 'product_quality', received.product_quality + 1);
  assert.deepEqual(await budgets(other), { ...received, product_quality: received.product_quality + 1 });

  await other.getByRole('button', { name: 'English' }).click();
  await other.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await notice.innerText(), /over the envelope by Rp 500 million.*Free mode/);
  await settled(other);
});

/// The CRC-32 (IEEE) of bytes, as link format 2 checks a token's body with.
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/// The token with another model version written into it and its check made to match
/// (the layout of crates/model/src/link.rs: format byte, version varint, ..., CRC-32 of the
/// body, little-endian).
function withModelVersion(token, version) {
  const bytes = [...Buffer.from(token, 'base64url')];
  assert.equal(bytes[0], 2, 'a format-2 token');
  assert.ok(bytes[1] < 128 && version < 128, 'a one-byte version');
  const body = bytes.slice(0, -4);
  body[1] = version;
  const sum = crc32(body);
  const check = [sum & 0xff, (sum >>> 8) & 0xff, (sum >>> 16) & 0xff, sum >>> 24];
  return Buffer.from([...body, ...check]).toString('base64url');
}

test('a link from a newer model says so, and one from an older model says that', async () => {
  const page = await app.open();
  await page.waitForFunction(() => location.hash.includes('s='));
  const token = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('s'));
  const newer = await app.open(`#s=${withModelVersion(token, 99)}`);
  await newer.waitForSelector('[data-notice="other-version"]');
  assert.match(await newer.locator('[data-notice="other-version"]').innerText(), /lebih baru.*99 → \d+/);
  const older = await app.open(`#s=${withModelVersion(token, 1)}&l=en`);
  await older.waitForSelector('[data-notice="other-version"]');
  assert.match(await older.locator('[data-notice="other-version"]').innerText(), /an older model version.*1 → \d+/);
  await settled(older);
});

test('a scenario that cannot be computed is shared as it is with what its receiver will see, and not printed', async () => {
  const context = await app.newContext(clipboard);
  const page = await app.open('', { context });
  await settled(page);
  await page.locator('.settings > summary').click();
  await page.locator('#years').fill('11');
  await page.locator('#years').press('Enter');
  await page.waitForSelector('#years[aria-invalid="true"]');
  // Printing would open the browser's dialog: count the calls instead.
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });

  await page.getByRole('button', { name: 'Bagikan tautan' }).click();
  const copied = page.locator('[data-notice="copied"]');
  await copied.waitFor();
  assert.match(await copied.innerText(), /^Tautan disalin, tetapi skenario ini tidak dapat dihitung apa adanya/);
  assert.match(await copied.innerText(), /jangka waktu harus 1 sampai 10 tahun, bukan 11/i);
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#s=[\w-]+/);

  await page.getByRole('button', { name: 'Cetak ringkasan' }).click();
  const refused = page.locator('[data-notice="cannot-print"]');
  await refused.waitFor();
  assert.match(await refused.innerText(), /^Ringkasan belum dicetak: skenario ini tidak dapat dihitung apa adanya/);
  assert.match(await refused.innerText(), /bukan 11/);
  assert.equal(await page.evaluate(() => window.printed), 0, 'the print dialog did not open');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('[data-notice="cannot-print"]')?.innerText.startsWith('The summary was not printed'));

  // Fixed, printing works again.
  await page.locator('#years').fill('5');
  await page.locator('#years').press('Enter');
  await page.waitForSelector('#years:not([aria-invalid])');
  await page.getByRole('button', { name: 'Print summary' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  await settled(page);
});
