// Writes the README's screenshots into docs/ from the built site: `cargo xtask screenshot`.

import { join } from 'node:path';
import { serveDist, launchChromium, ROOT } from './browser/harness.mjs';

const VIEWPORTS = [
  { file: 'screenshot-desktop.png', width: 1280, height: 900, deviceScaleFactor: 1 },
  { file: 'screenshot-phone.png', width: 390, height: 844, deviceScaleFactor: 2 },
];

const site = await serveDist();
const browser = await launchChromium();
try {
  for (const { file, width, height, deviceScaleFactor } of VIEWPORTS) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForSelector('main h1');
    // A scenario against the baseline shows more than the default against itself.
    await page.waitForSelector('[data-computing="false"]');
    await page.locator('#preset').selectOption('youth_regeneration');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    // Wait until the whole ensemble has arrived, when the app says so.
    await page.waitForFunction(() => !document.querySelector('[data-computing="true"]'));
    const path = join(ROOT, 'docs', file);
    await page.screenshot({ path, fullPage: file.includes('phone') ? false : true });
    console.log(`wrote ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
