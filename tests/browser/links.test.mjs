// What a visit does with the link it was opened from: a language the page does not speak is
// said, a broken link stays in the address bar for the user to see until they change
// something, and a link's language is for this visit, not the stored preference.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, typeBudget, budgets } from './harness.mjs';

const app = useApp();

test('an unknown language in a link is said in a notice', async () => {
  const page = await app.open('#l=fr');
  await page.waitForSelector('[data-notice="unknown-language"]');
  assert.match(
    await page.locator('[data-notice="unknown-language"]').innerText(),
    /Bahasa “fr” dalam tautan tidak dikenal, jadi halaman ditampilkan dalam Bahasa Indonesia/,
  );
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  await settled(page);
});

test('a broken link stays in the address bar until the user changes something', async () => {
  const received = '#s=c1AAAAthis-is-not-a-token&l=id';
  // The page's clock is Playwright's: the address bar's debounce fires when the test says.
  const page = await app.open(received, { beforeGoto: (p) => p.clock.install() });
  await page.waitForSelector('[data-notice="broken-link"]');
  await page.clock.runFor(5_000);
  assert.equal(await page.evaluate(() => location.hash), received);

  const before = await budgets(page);
  await typeBudget(page, 'networking', before.networking + 100);
  await page.clock.runFor(5_000);
  const now = await page.evaluate(() => location.hash);
  assert.notEqual(now, received);
  assert.match(now, /^#s=[\w-]+&l=id$/);
});

test('a broken link pasted into the address bar stays there too', async () => {
  const page = await app.open('', { beforeGoto: (p) => p.clock.install() });
  await page.clock.runFor(5_000);
  assert.match(await page.evaluate(() => location.hash), /^#s=/);
  const pasted = '#s=c1AAAAthis-is-not-a-token&l=en';
  await page.evaluate((h) => (location.hash = h), pasted);
  await page.waitForSelector('[data-notice="broken-link"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.clock.runFor(5_000);
  assert.equal(await page.evaluate(() => location.hash), pasted);
});

test("a link's language is for this visit; only the user's own choice is kept", async () => {
  const context = await app.newContext();
  const linked = await app.open('#l=en', { context });
  await linked.waitForFunction(() => document.documentElement.lang === 'en');
  await settled(linked);
  assert.equal(await linked.evaluate(() => localStorage.getItem('canting.lang')), null);

  const next = await app.open('', { context });
  assert.equal(await next.getAttribute('html', 'lang'), 'id', 'the link made English the default');
  await next.getByRole('button', { name: 'English' }).click();
  await next.waitForFunction(() => localStorage.getItem('canting.lang') === 'en');
  await settled(next);

  const chosen = await app.open('', { context });
  await chosen.waitForFunction(() => document.documentElement.lang === 'en');
  await settled(chosen);
});

test('with a setting refused, budget changes are still kept and shared, and the link opens as sent', async () => {
  // Regression: while one field was invalid, "Share" copied nothing and a reload lost the
  // budgets changed since.
  const context = await app.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await app.open('', { context });
  await settled(page);
  await page.locator('.settings > summary').click();
  await page.locator('#runs').fill('0');
  await page.locator('#runs').press('Enter');
  await page.waitForSelector('#runs[aria-invalid="true"]');
  await typeBudget(page, 'networking', 100);
  await page.getByRole('button', { name: 'Bagikan tautan' }).click();
  await page.waitForSelector('[data-notice="copied"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#s=[\w-]+/);

  await page.reload();
  await page.waitForSelector('[data-strategy="networking"]');
  assert.equal((await budgets(page)).networking, 100, 'the budget was lost on reload');

  const other = await app.open(link.slice(link.indexOf('#')), { context: await app.newContext() });
  await other.waitForSelector('[data-notice="link-not-computable"]');
  assert.equal((await budgets(other)).networking, 100);
  await other.locator('.settings > summary').click();
  assert.equal(await other.locator('#runs').inputValue(), '0');
  assert.equal(await other.locator('#runs').getAttribute('aria-invalid'), 'true');
  assert.match(await other.locator('[data-notice="link-not-computable"]').innerText(), /dibuka seperti yang dikirim/);
});

test('a link percent-encoded on its way, or ending a sentence, opens its scenario', async () => {
  const page = await app.open();
  await settled(page);
  await page.waitForFunction(() => location.hash.includes('&l='));
  const before = await page.evaluate(() => location.hash);
  await typeBudget(page, 'networking', 1234);
  // The default scenario's token, whatever the model version: wait for the typed budget's.
  await page.waitForFunction((was) => location.hash !== was, before);
  const fragment = await page.evaluate(() => location.hash.slice(1));
  for (const sent of [fragment.replace(/=/g, '%3D').replace(/&/g, '%26'), `${fragment}.`, `${fragment.split('&')[0]}),`]) {
    const other = await app.open(`#${sent}`, { context: await app.newContext() });
    await settled(other);
    assert.equal((await budgets(other)).networking, 1234, sent);
    assert.equal(await other.locator('.notice').count(), 0, sent);
  }
});
