// Class mode, from links alone: a teacher's class link locks its settings for every group and
// says why; each group sends back its link; the board ranks the groups as the native runner
// does, with the paired differences between them, flags a link from another class and reports
// a junk line; and the board's own link reproduces it in a fresh browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, settled, applyPreset, runNative, ROOT } from './harness.mjs';

const app = useApp();

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

/// A teacher's page with 8 runs over 2 years (a quick class), its class section open.
async function teacher() {
  const page = await app.open('', { context: await app.newContext(clipboard) });
  await settled(page);
  await page.locator('details.settings > summary').click();
  for (const [id, value] of [['#runs', '8'], ['#years', '2']]) {
    await page.fill(id, value);
    await page.press(id, 'Tab');
  }
  await page.waitForFunction(() => location.hash.includes('s='));
  await page.locator('[data-testid="class-teacher"] > summary').click();
  return page;
}

/// Makes a class link named `name` on the teacher's page and returns its fragment.
async function classLink(page, name) {
  await page.fill('#class-name', name);
  await page.getByRole('button', { name: 'Salin tautan kelas' }).click();
  await page.waitForSelector('[data-notice="class-copied"]');
  const url = await page.inputValue('#class-link');
  assert.match(url, /#k=[A-Za-z0-9_-]+&l=id$/);
  return url.slice(url.indexOf('#'));
}

/// A group in a fresh browser: opens the class link, names itself, applies a preset and returns
/// its link.
async function groupLink(fragment, name, preset) {
  const page = await app.open(fragment, { context: await app.newContext(clipboard) });
  await settled(page);
  await page.fill('#group-name', name);
  await page.press('#group-name', 'Tab');
  await applyPreset(page, preset);
  await page.getByRole('button', { name: 'Salin tautan kelompok' }).click();
  await page.waitForSelector('[data-notice="group-copied"]');
  return page.evaluate(() => navigator.clipboard.readText());
}

/// The board's ranking once every group's runs have arrived: name and the value's mean.
async function ranking(page) {
  await page.waitForSelector('[data-testid="class-board"][data-computing="false"] [data-testid="board-table"]');
  return page.$$eval('[data-testid="board-table"] tbody tr', (rows) =>
    rows.map((r) => ({ name: r.dataset.group, rank: Number(r.dataset.rank), value: r.querySelector('[data-col="value"]').textContent })),
  );
}

/// The page's figure ("12,3 (…)" or "12.3 (…)") as a number and its decimals.
function figure(text) {
  const first = text.split(' ')[0];
  return { value: Number(first.replace(',', '.').replace('−', '-')), decimals: (first.split(/[.,]/)[1] ?? '').length };
}

function close(shown, want, what) {
  const { value, decimals } = figure(shown);
  assert.ok(Math.abs(value - want) <= 0.5 * 10 ** -decimals + 1e-9, `${what}: page ${shown}, runner ${want}`);
}

test('a class link locks its settings for a group and says why', async () => {
  const page = await teacher();
  // The seed stays free for the groups; the rest is locked.
  await page.uncheck('#lock-seed');
  const fragment = await classLink(page, 'XI IPS 2');
  const group = await app.open(fragment, { context: await app.newContext() });
  await settled(group);
  assert.equal(await group.inputValue('#runs'), '8');
  assert.equal(await group.inputValue('#years'), '2');
  for (const id of ['#runs', '#years', '#envelope']) assert.ok(await group.locator(id).isDisabled(), `${id} locked`);
  assert.ok(!(await group.locator('#seed').isDisabled()), 'the seed is not locked');
  assert.match(
    await group.getByTestId('why-locked').innerText(),
    /kelas “XI IPS 2”\. Kelas ini mengunci jangka waktu, jumlah ulangan dan pagu agar setiap kelompok menghadapi dunia acak yang sama/,
  );
  assert.equal(await group.getByTestId('locked-note').count(), 3);
  // Copying the group's link asks for the group's name first.
  await group.getByRole('button', { name: 'Salin tautan kelompok' }).click();
  await group.waitForSelector('[data-notice="name-the-group"]');
  await group.getByRole('button', { name: 'English' }).click();
  assert.match(await group.getByTestId('why-locked').innerText(), /It locks the horizon, the runs and the envelope so that every group/);
});

test('the board ranks three groups as the runner does, flags another class and reports junk; its link reproduces it', async () => {
  const page = await teacher();
  const foreignClass = await classLink(page, 'Kelas lain');
  const ours = await classLink(page, 'XI IPS 2');
  const links = {
    Ekspor: await groupLink(ours, 'Ekspor', 'export_focus'),
    Pemuda: await groupLink(ours, 'Pemuda', 'youth_regeneration'),
    Rata: await groupLink(ours, 'Rata', 'equal_split'),
  };
  const foreign = await groupLink(foreignClass, 'Tamu', 'today');

  await page.getByRole('button', { name: 'Buka papan kelas' }).click();
  // Opened below the fold, the board comes into view with the focus on its heading.
  await page.waitForFunction(() => document.activeElement?.id === 'board-heading');
  const heading = await page.locator('#board-heading').boundingBox();
  assert.ok(heading.y >= 0 && heading.y < (await page.evaluate(() => innerHeight)), `the board's heading is at ${heading.y}px`);
  await page.fill('#board-paste', [links.Ekspor, links.Pemuda, '', 'bukan tautan', `${links.Rata}\n${foreign}`].join('\n'));
  await page.getByRole('button', { name: 'Tambahkan ke papan' }).click();
  // Said beside the paste box, not floating over the board (regression: it covered the chart).
  // It quotes the lines, since the box is emptied once the links are added.
  assert.match(await page.locator('#board-paste-error').innerText(), /baris 4 \(“bukan tautan”\): /);
  assert.equal(await page.locator('#board-paste').getAttribute('aria-invalid'), null, 'the emptied box is not in error');
  assert.equal(await page.locator('#board-paste').getAttribute('aria-describedby'), 'board-paste-error');
  assert.equal(await page.locator('.notices.about-input .notice').count(), 0);
  assert.match(await page.getByTestId('board-flagged').innerText(), /Tamu: dari kelas lain \(“Kelas lain”\)/);

  const native = Object.fromEntries(Object.entries(links).map(([name, link]) => [name, runNative(['--link', link])]));
  const atEnd = (name, metric) => native[name].series[metric].mean.at(-1);
  for (const [metric, lowerBetter] of [['competitiveness', false], ['obstacle_severity', true]]) {
    await page.selectOption('#board-objective', metric);
    const shown = await ranking(page);
    const want = Object.keys(links).sort((a, b) => (lowerBetter ? 1 : -1) * (atEnd(a, metric) - atEnd(b, metric)));
    assert.deepEqual(shown.map((r) => r.name), want, `${metric}: best first`);
    for (const row of shown) close(row.value, atEnd(row.name, metric), `${metric} ${row.name}`);
  }

  // The paired differences between groups are the runner's, run by run on the same seeds.
  const dir = mkdtempSync(join(tmpdir(), 'canting-class-'));
  const built = process.env.CANTING_CLI ?? join(ROOT, 'target/debug/canting');
  const file = join(dir, 'pemuda.json');
  writeFileSync(file, execFileSync(built, ['scenario', '--link', links.Pemuda], { encoding: 'utf8' }));
  const paired = runNative(['--link', links.Ekspor, '--baseline', file]);
  const cell = await page.locator('[data-testid="board-pairs"] tr[data-group="Ekspor"] td[data-col="Pemuda"]').innerText();
  close(cell, paired.difference.obstacle_severity.mean.at(-1), 'Ekspor minus Pemuda');

  // Printed, the board is the page: the planner's own panels and the paste box are left out.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByTestId('board-table').isVisible());
  assert.ok(await page.getByTestId('board-pairs').isVisible());
  for (const hidden of ['.budget', '#board-paste', '.compare']) {
    assert.ok(!(await page.locator(hidden).first().isVisible()), `${hidden} is not printed`);
  }
  await page.emulateMedia({ media: 'screen' });

  // The board is a link: a fresh browser shows the same board.
  const sent = {
    ranking: await ranking(page),
    pairs: await page.getByTestId('board-pairs').innerText(),
    flagged: await page.getByTestId('board-flagged').innerText(),
  };
  await page.getByRole('button', { name: 'Salin tautan papan' }).click();
  await page.waitForSelector('[data-notice="copied"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await app.open(link.slice(link.indexOf('#')), { context: await app.newContext() });
  assert.deepEqual(
    {
      ranking: await ranking(other),
      pairs: await other.getByTestId('board-pairs').innerText(),
      flagged: await other.getByTestId('board-flagged').innerText(),
    },
    sent,
  );
  assert.equal(await other.locator('#board-objective').inputValue(), 'obstacle_severity');
});
