// The page loads from a static host's sub-path, shows Canting's title, and speaks Bahasa
// Indonesia until told otherwise.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, ROOT } from './harness.mjs';

const app = useApp();

test('the page loads and shows Canting\'s title', async () => {
  const page = await app.open();
  assert.match(await page.title(), /Canting/);
  assert.equal(await page.locator('main h1').innerText(), 'Canting');
});

test('the page is in Bahasa Indonesia by default', async () => {
  const page = await app.open();
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.match(await page.locator('main').innerText(), /anggaran/i);
});

test('a screenshot of the page can be written to a file', async () => {
  const page = await app.open();
  const dir = join(ROOT, 'tests/output');
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'page.png');
  const png = await page.screenshot({ path: file, fullPage: true });
  // A PNG starts with its signature, and a rendered page is more than an empty canvas.
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.ok(png.length > 5000, `screenshot is only ${png.length} bytes`);
});
