// After a first visit the page works with the server gone, and a new release on the server is
// offered, switched to only on request, and never mixed with the old one.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDist, launchChromium, headlines } from './harness.mjs';

let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/// A page that the harness's rules watch: no console errors, no uncaught exceptions.
async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/// Waits until a service worker serves the page (its install has kept the whole release).
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker?.controller != null);

/// A file's subresource-integrity checksum, as Trunk writes it.
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/// The JS glue and the wasm the page loaded, by file name.
const loadedPair = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname.split('/').pop())
      .filter((n) => /^canting-web-.*\.(js|wasm)$/.test(n))
      .sort(),
  );

test('after a first visit the page reloads and opens a link with the server stopped', async () => {
  const site = await serveDist();
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  try {
    await page.goto(`${site.url}#l=en`);
    await controlled(page);
    const online = await headlines(page);
    await site.close();

    await page.reload();
    await page.waitForSelector('main h1');
    assert.deepEqual(await headlines(page), online, 'the same figures offline');
    assert.match(await page.locator('h1').textContent(), /Canting/);

    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // The texts fetched only when opened were kept with the release.
    await page.getByRole('button', { name: 'About the model' }).click();
    await page.waitForSelector('.model-notes[data-texts="ready"]');
    assert.match(await page.locator('.model-notes p').first().textContent(), /^Canting simulates/);
    await page.keyboard.press('Escape');

    // A link opened offline (a new navigation, not a change of fragment), in the other language.
    await page.goto(`${site.url}?from=mail#l=id`);
    await page.waitForSelector('main h1');
    await headlines(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close().catch(() => {});
  }
});

test('a new release is offered, switched to on request, and never mixed with the old', async () => {
  // A copy of the site to deploy a second release into, at the same origin.
  const root = await mkdtemp(join(tmpdir(), 'canting-site-'));
  await cp(DIST, root, { recursive: true });
  const site = await serveDist({ root });
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  try {
    await page.goto(`${site.url}#l=en`);
    await controlled(page);
    const before = await headlines(page);
    const oldPair = await loadedPair(page);
    assert.equal(oldPair.length, 2, `the glue and the wasm: ${oldPair}`);

    // The second release: the glue and the wasm under new names, the old ones gone, as a
    // deployment of a new build leaves the server.
    const files = await readdir(root);
    const glue = files.find((f) => /^canting-web-.*\.js$/.test(f));
    const stem = glue.slice(0, -'.js'.length);
    const next = 'canting-web-0000000000000002';
    await rename(join(root, glue), join(root, `${next}.js`));
    await rename(join(root, `${stem}_bg.wasm`), join(root, `${next}_bg.wasm`));
    // The glue names its wasm, and index.html both and the glue's checksum.
    const oldGlue = await readFile(join(root, `${next}.js`), 'utf8');
    const newGlue = oldGlue.replaceAll(stem, next);
    await writeFile(join(root, `${next}.js`), newGlue);
    const index = await readFile(join(root, 'index.html'), 'utf8');
    await writeFile(
      join(root, 'index.html'),
      index.replaceAll(stem, next).replaceAll(sri(oldGlue), sri(newGlue)),
    );

    // The next visit is served the release it knows, whole, and offered the new one.
    await page.reload();
    const offer = page.locator('[data-notice="update-ready"]');
    await offer.waitFor();
    assert.match(await offer.textContent(), /new version/);
    assert.deepEqual(await headlines(page), before);
    assert.deepEqual(await loadedPair(page), oldPair, 'still the old pair, both of it');

    await offer.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(
      (name) => performance.getEntriesByType('resource').some((r) => r.name.includes(name)),
      next,
    );
    await page.waitForSelector('main h1');
    assert.deepEqual(await loadedPair(page), [`${next}.js`, `${next}_bg.wasm`], 'the new pair');
    assert.deepEqual(await headlines(page), before, 'the same scenario after the switch');
    assert.equal(await page.locator('[data-notice="update-ready"]').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close();
    await rm(root, { recursive: true, force: true });
  }
});
