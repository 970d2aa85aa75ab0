// Walks through a lesson on the built site and writes its screenshots into docs/ (run by
// `cargo xtask screenshot`, after the README's): a teacher makes a class link with a challenge on
// a 1280×720 projector, three groups send their links back, the teacher ranks them on the class
// board, reloads it with the server stopped and presents it, shows the winning group's artisans
// playing beside the baseline's, still offline, and a student meets the challenge on a 360 px
// phone. Each step waits for the page's own signals, as the browser tests do.

import { join } from 'node:path';
import { serveDist, launchChromium, settled, setSplit, ROOT } from './browser/harness.mjs';

// Every wait may take minutes on a shared machine: boards and challenges run whole ensembles.
const WAIT_MS = 300_000;
const PROJECTOR = { viewport: { width: 1280, height: 720 }, permissions: ['clipboard-read', 'clipboard-write'] };
const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
// The groups' splits (Rp juta, strategies 1 to 7), as three groups of a class might choose.
const GROUPS = [
  ['Ekspor', [2000, 200, 600, 800, 600, 600, 200]],
  ['Pemuda', [300, 1400, 600, 900, 300, 200, 1300]],
  ['Pelatihan', [250, 300, 1200, 2100, 250, 0, 900]],
];

const site = await serveDist();
const browser = await launchChromium();
const shot = async (page, file, locator) => {
  const path = join(ROOT, 'docs', file);
  await (locator ?? page).screenshot({ path });
  console.log(`wrote ${path}`);
};

try {
  // The teacher, on the projector: class "XI IPS 2" with challenge 1, every setting locked.
  const teacherContext = await browser.newContext(PROJECTOR);
  teacherContext.setDefaultTimeout(WAIT_MS);
  const teacher = await teacherContext.newPage();
  await teacher.goto(site.url);
  await settled(teacher);
  await teacher.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await teacher.locator('[data-testid="class-teacher"] > summary').click();
  await teacher.fill('#class-name', 'XI IPS 2');
  await teacher.selectOption('#class-challenge', '1');
  await teacher.getByRole('button', { name: 'Salin tautan kelas' }).click();
  await teacher.waitForSelector('[data-notice="class-copied"]');
  const classUrl = await teacher.inputValue('#class-link');
  const fragment = classUrl.slice(classUrl.indexOf('#'));
  await teacher.locator('[data-testid="class-teacher"]').scrollIntoViewIfNeeded();
  await shot(teacher, 'lesson-1-class-link.png', teacher.locator('[data-testid="class-teacher"]'));

  // Three groups open the class link, each in its own browser, and send back their links.
  const links = [];
  for (const [name, split] of GROUPS) {
    const context = await browser.newContext(PROJECTOR);
    context.setDefaultTimeout(WAIT_MS);
    const page = await context.newPage();
    await page.goto(`${site.url}${fragment}`);
    await settled(page);
    await page.fill('#group-name', name);
    await page.press('#group-name', 'Tab');
    await setSplit(page, split);
    await settled(page);
    await page.getByRole('button', { name: 'Salin tautan kelompok' }).click();
    await page.waitForSelector('[data-notice="group-copied"]');
    links.push(await page.evaluate(() => navigator.clipboard.readText()));
    await context.close();
  }

  // The board, ranked on training uptake.
  await teacher.getByRole('button', { name: 'Buka papan kelas' }).click();
  await teacher.fill('#board-paste', links.join('\n'));
  await teacher.getByRole('button', { name: 'Tambahkan ke papan' }).click();
  await teacher.selectOption('#board-objective', 'training_uptake');
  const board = teacher.getByTestId('class-board');
  await teacher.waitForSelector('[data-testid="class-board"][data-computing="false"] [data-testid="board-table"]');
  await shot(teacher, 'lesson-2-board.png', board);

  // The network goes: the board's link reloads from the service worker, in presentation mode.
  await site.close();
  await teacher.reload();
  await teacher.waitForSelector('[data-testid="class-board"][data-computing="false"] [data-testid="board-table"]');
  await teacher.getByRole('button', { name: 'Presentasi' }).click();
  await settled(teacher);
  await teacher.locator('[data-testid="class-board"] figure').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(teacher, 'lesson-3-offline-present.png');

  // Still offline, the artisans of one run of the winning group, beside the baseline, playing.
  const winner = await teacherContext.newPage();
  await winner.goto(`${site.url}${links[2].slice(links[2].indexOf('#'))}`);
  await settled(winner);
  await winner.click('[data-testid="agents-toggle"]');
  await winner.waitForSelector('[data-testid="agents-canvas-baseline"][data-drawn]', { timeout: 60_000 });
  await winner.click('[data-testid="agents-play"]');
  await winner.waitForFunction(() => Number(document.querySelector('[data-testid="agents-month-label"]').dataset.month) >= 24, null, { timeout: 120_000 });
  await winner.click('[data-testid="agents-play"]');
  await winner.getByTestId('agents').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(winner, 'lesson-4-agents-offline.png');
  await teacherContext.close();

  // A student on a phone does the class's challenge (the server is back).
  const again = await serveDist({ port: site.port });
  try {
    const phoneContext = await browser.newContext(PHONE);
    phoneContext.setDefaultTimeout(WAIT_MS);
    const phone = await phoneContext.newPage();
    await phone.goto(`${again.url}${fragment}`);
    await phone.locator('[data-testid="challenges"][data-challenge="1"]').waitFor();
    await setSplit(phone, GROUPS[2][1]);
    await phone.waitForSelector('[data-testid="challenge-verdict"][data-met="true"]');
    await phone.getByTestId('challenge-verdict').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(phone, 'lesson-5-phone-challenge.png');
  } finally {
    await again.close();
  }
} finally {
  await browser.close();
  await site.close().catch(() => {});
}
