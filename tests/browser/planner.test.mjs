// What a planner does in the page, against the real model: move budgets and see the figures
// and charts follow, keep the total, presets, undo, language, share links, bad links and a
// corrupt stored scenario, and the keyboard alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, settled, headlines, chartPixels, drawCharts, budgets, budgetField as number, shows, canting, STRATEGIES } from './harness.mjs';

const app = useApp();


const slider = (page, key) => page.locator(`[data-strategy="${key}"] input[type="range"]`);
const sum = (values) => Object.values(values).reduce((a, b) => a + b, 0);

test('moving a slider changes the headline figures and the charts', async () => {
  const page = await app.open();
  const before = await headlines(page);
  await drawCharts(page);
  const pixels = await chartPixels(page);
  assert.ok(pixels.length >= 8, `only ${pixels.length} charts`);
  const max = await slider(page, 'product_quality').getAttribute('max');
  await slider(page, 'product_quality').fill(max);
  const after = await headlines(page);
  assert.notDeepEqual(after, before);
  // Every chart of the scenario is drawn again with the new numbers once it comes near the
  // screen.
  await drawCharts(page);
  await page.waitForFunction(
    (old) => {
      const now = [...document.querySelectorAll('figure[data-chart] canvas')].map((c) => c.toDataURL());
      return now.length === old.length && now.every((url, i) => url !== old[i]);
    },
    pixels,
  );
});

test('a chart out of sight is drawn when it comes near the screen, with the numbers of the moment', async () => {
  const page = await app.open();
  await settled(page);
  const far = 'figure[data-chart="obstacle_tech_illiteracy"]';
  const canvas = page.locator(`${far} canvas`);
  // At the top of the page the last chart is screens away: not drawn, waiting.
  assert.equal(await canvas.getAttribute('data-drawn'), null);
  assert.equal(await canvas.getAttribute('data-stale'), '');
  await drawCharts(page, far);
  const before = await canvas.evaluate((c) => c.toDataURL());
  // Moving a slider out of its sight leaves it as it was, marked as waiting.
  const max = await slider(page, 'technology_wisdom').getAttribute('max');
  await slider(page, 'technology_wisdom').fill(max);
  await settled(page);
  await page.waitForSelector(`${far} canvas[data-stale]`);
  assert.equal(await canvas.evaluate((c) => c.toDataURL()), before, 'drawn out of sight');
  // Near the screen it is drawn with the new numbers: as a page opened on the same link draws it.
  await drawCharts(page, far);
  const after = await canvas.evaluate((c) => c.toDataURL());
  assert.notEqual(after, before);
  const fresh = await app.open(new URL(page.url()).hash);
  await settled(fresh);
  await drawCharts(fresh, far);
  assert.equal(await fresh.locator(`${far} canvas`).evaluate((c) => c.toDataURL()), after);
});

test('keeping the total takes from the other strategies in proportion', async () => {
  const page = await app.open();
  await settled(page);
  const envelope = Number((await page.locator('#envelope').inputValue()).replace(/[.,]/g, ''));
  const before = await budgets(page);
  assert.equal(sum(before), envelope);
  const target = before.networking + Math.round(envelope / 5);
  await number(page, 'networking').fill(String(target));
  await number(page, 'networking').press('Enter');
  await shows(page, 'networking', target);
  const after = await budgets(page);
  assert.equal(after.networking, target);
  assert.equal(sum(after), envelope, 'the total moved');
  for (const key of STRATEGIES.filter((k) => k !== 'networking' && before[k] > 0)) {
    assert.ok(after[key] < before[key], `${key} did not give up budget`);
  }
  // In free mode the total follows and the page says by how much it is over.
  await page.locator('#mode-free').check();
  await number(page, 'networking').fill(String(after.networking + 500));
  await number(page, 'networking').press('Enter');
  await page.waitForSelector('.balance.off');
  assert.match(await page.locator('[data-testid="balance"]').innerText(), /500/);
});

test('presets change the allocation, and undo and redo step through it', async () => {
  const page = await app.open();
  await settled(page);
  const today = await budgets(page);
  await page.locator('#preset').selectOption('equal_split');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="share-networking"]').textContent.startsWith('14,'));
  const equal = await budgets(page);
  assert.ok(Math.max(...Object.values(equal)) - Math.min(...Object.values(equal)) <= 1);

  await page.locator('#preset').selectOption('no_budget');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total"]').textContent.trim() === '0');

  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-testid="total"]').textContent.trim() !== '0');
  assert.deepEqual(await budgets(page), equal);
  await page.getByRole('button', { name: /Urungkan/ }).click();
  await shows(page, 'networking', today.networking);
  assert.deepEqual(await budgets(page), today);
  await page.keyboard.press('Control+Shift+z');
  await shows(page, 'networking', equal.networking);
  assert.deepEqual(await budgets(page), equal);
});

test('Ctrl+Z in a budget field undoes the typing until Enter, and the change itself after', async () => {
  const page = await app.open('#l=en');
  await settled(page);
  const before = await budgets(page);
  const field = number(page, 'networking');
  await field.fill('1200');
  await field.press('Enter');
  await shows(page, 'networking', 1200);
  // The focus is still in the field, which holds what the page took: the page undoes.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'budget-networking');
  await page.keyboard.press('Control+z');
  await shows(page, 'networking', before.networking);
  assert.deepEqual(await budgets(page), before);
  // Typing not yet taken is the browser's to undo: the page's budgets stay.
  await page.keyboard.press('Control+Shift+z');
  await shows(page, 'networking', 1200);
  await field.press('End');
  await page.keyboard.type('5');
  await page.keyboard.press('Control+z');
  assert.equal(await field.inputValue(), '1,200');
  assert.equal((await budgets(page)).networking, 1200);
  // A refused value is still the reader's typing: Ctrl+Z leaves the page's budgets alone.
  const taken = await budgets(page);
  await field.fill('12a');
  await field.press('Enter');
  await page.waitForSelector('#budget-networking[aria-invalid="true"]');
  await page.keyboard.press('Control+z');
  // Two frames: a page's undo would have been drawn by then.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(await budgets(page).then((b) => ({ ...b, networking: taken.networking })), taken);
  assert.ok(await page.getByRole('button', { name: /Undo/ }).isEnabled(), 'the page\'s undo is still there');
  await settled(page);
});

test('presses of an arrow key in a row, or a key held down, are one undo step; after a pause the next press is another', async () => {
  const page = await app.open('#l=en');
  await settled(page);
  // The page's clock from here on, so that the pause after the presses is one of its seconds,
  // not the test machine's.
  await page.clock.install();
  const before = await budgets(page);
  const step = Number(await slider(page, 'networking').getAttribute('step'));
  await slider(page, 'networking').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await shows(page, 'networking', before.networking + 4 * step);
  const four = await budgets(page);
  // The step ends a second after the last press.
  await page.clock.runFor(1000);
  // A key held down repeats: three key-downs, one key-up.
  for (let i = 0; i < 3; i++) await page.keyboard.down('ArrowRight');
  await page.keyboard.up('ArrowRight');
  await shows(page, 'networking', before.networking + 7 * step);
  await page.keyboard.press('Control+z');
  await shows(page, 'networking', four.networking);
  assert.deepEqual(await budgets(page), four);
  await page.keyboard.press('Control+z');
  await shows(page, 'networking', before.networking);
  assert.deepEqual(await budgets(page), before);
  // Leaving the slider ends its step at once: back on it within the second, a press is a step
  // of its own.
  await page.keyboard.press('Control+Shift+z');
  await shows(page, 'networking', four.networking);
  await slider(page, 'networking').focus();
  await page.keyboard.press('ArrowLeft');
  await shows(page, 'networking', four.networking - step);
  const left = await budgets(page);
  await slider(page, 'technology_wisdom').focus();
  await slider(page, 'networking').focus();
  await page.keyboard.press('ArrowLeft');
  await shows(page, 'networking', four.networking - 2 * step);
  await page.keyboard.press('Control+z');
  await shows(page, 'networking', left.networking);
  assert.deepEqual(await budgets(page), left);
  await settled(page);
});

test('the language switch puts every word in English and back', async () => {
  const page = await app.open();
  await settled(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const text = await page.locator('main').innerText();
  assert.match(text, /Share link/);
  assert.match(text, /Flagship-product competitiveness and exports/);
  assert.doesNotMatch(text, /Bagikan tautan|Anggaran per tahun|Daya saing produk unggulan/);
  // The choice is carried in the link.
  await page.waitForFunction(() => location.hash.includes('l=en'));
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  assert.match(await page.locator('main').innerText(), /Bagikan tautan/);
});

test('a shared link reopens the same figures in a fresh browser', async () => {
  const context = await app.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await app.open('', { context });
  await settled(page);
  await page.locator('#preset').selectOption('export_focus');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.locator('.settings > summary').click();
  await page.locator('#seed').fill('2024');
  await page.locator('#seed').press('Enter');
  const figures = await headlines(page);
  await page.getByRole('button', { name: 'Bagikan tautan' }).click();
  await page.waitForSelector('[data-notice="copied"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#s=/);

  const fresh = await app.newContext();
  const other = await app.open(link.slice(link.indexOf('#')), { context: fresh });
  assert.deepEqual(await headlines(other), figures);
  await other.locator('.settings > summary').click();
  assert.equal(await other.locator('#seed').inputValue(), '2024');
});

test('a broken link shows a clear message and opens the default scenario', async () => {
  const reference = await app.open();
  const defaults = await headlines(reference);
  for (const fragment of ['#s=c1AAAAthis-is-not-a-token', '#s=']) {
    const page = await app.open(fragment);
    await page.waitForSelector('[data-notice="broken-link"]');
    assert.match(await page.locator('[data-notice="broken-link"]').innerText(), /rusak|terpotong/);
    assert.deepEqual(await headlines(page), defaults);
  }
});

test('a link cut short is refused, not read as another scenario', async () => {
  const first = await app.open();
  await settled(first);
  const initial = await first.evaluate(() => location.hash);
  await first.locator('#preset').selectOption('youth_regeneration');
  await first.getByRole('button', { name: 'Terapkan' }).click();
  await first.waitForFunction((h) => location.hash.includes('s=') && location.hash !== h, initial);
  const token = await first.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('s'));
  for (const cut of [token.slice(0, -1), token.slice(0, token.length / 2), token.slice(1)]) {
    const page = await app.open(`#s=${cut}&l=id`);
    await page.waitForSelector('[data-notice="broken-link"]');
  }
});

test('a corrupt stored scenario is ignored with a notice, and the language is kept', async () => {
  const context = await app.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('canting.scenario', 'c1-garbage!!');
      localStorage.setItem('canting.lang', 'en');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await app.open('', { context });
  await page.waitForSelector('[data-notice="corrupt-stored"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('[data-notice="corrupt-stored"]').innerText(), /could not be read/);
  await settled(page);
});

test('the last scenario is restored on the next visit without a link', async () => {
  const context = await app.newContext();
  const page = await app.open('', { context });
  await settled(page);
  await page.locator('#preset').selectOption('training_technology');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  const chosen = await budgets(page);
  // Storage follows the address bar once the hand rests.
  await page.waitForFunction(() => {
    const stored = localStorage.getItem('canting.scenario');
    return stored && location.hash.includes(`s=${stored}`);
  });
  const again = await app.open('', { context });
  await settled(again);
  assert.deepEqual(await budgets(again), chosen);
});

test('a slider can be used with the keyboard alone', async () => {
  const page = await app.open();
  await settled(page);
  const before = await budgets(page);
  const focusSlider = async () => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label.includes('Teknologi modern dan kearifan lokal') && label.includes('Penggeser')) return;
    }
    assert.fail('Tab never reached the technology slider');
  };
  await focusSlider();
  const step = Number(await slider(page, 'technology_wisdom').getAttribute('step'));
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await shows(page, 'technology_wisdom', before.technology_wisdom + 5 * step);
  const after = await budgets(page);
  assert.ok(after.technology_wisdom > before.technology_wisdom);
  assert.equal(sum(after), sum(before), 'keeping the total holds for the keyboard too');
  await settled(page);
});

test('every control has an accessible name that contains its visible name', async () => {
  const page = await app.open();
  await settled(page);
  const unnamed = await page.$$eval('input, select, button', (els) =>
    els
      .filter((el) => {
        const aria = el.getAttribute('aria-label');
        const label = el.id && document.querySelector(`label[for="${el.id}"]`);
        const text = el.textContent.trim();
        return !(aria || label || text);
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unnamed, []);
});

test('a chart can be read as a table', async () => {
  const page = await app.open();
  await settled(page);
  const figure = page.locator('figure[data-chart="competitiveness"]');
  assert.match(await figure.locator('canvas').getAttribute('aria-label'), /Skenario/);
  await figure.getByRole('button', { name: 'Tampilkan sebagai tabel: Daya saing' }).click();
  const rows = await figure.locator('tbody tr').count();
  assert.ok(rows >= 5, `only ${rows} rows`);
  // Each chart's toggle is named after its chart, so that a list of buttons tells them apart.
  const names = await page.$$eval('figure[data-chart] .link-button', (els) => els.map((el) => el.getAttribute('aria-label')));
  assert.equal(new Set(names).size, names.length, names.join(' | '));
});

test('the model panel lists every parameter with its source, fetched only when it opens', async () => {
  const page = await app.open('#l=en');
  await settled(page);
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/texts.json')));
  assert.equal(await fetched(), false, 'the long texts are not part of the first load');
  await page.getByRole('button', { name: 'About the model' }).click();
  await page.waitForSelector('.model-notes[data-texts="ready"]');
  assert.equal(await fetched(), true);
  // The texts the page shows are the native runner's, parameter by parameter.
  const native = canting(['texts']);
  const rows = await page.$$eval('.param-table tr[data-param]', (trs) =>
    trs.map((tr) => [tr.dataset.param, tr.lastElementChild.textContent]),
  );
  assert.equal(rows.length, Object.keys(native.sources).length);
  for (const [key, text] of rows) {
    assert.ok(text.endsWith(`: ${native.sources[key].en}`), `${key}: ${text}`);
  }
  const notes = await page.locator('.model-notes p').allTextContents();
  assert.deepEqual(notes, native.notes.en.split('\n\n'));
  assert.match(await page.locator('.model-panel').innerText(), /Model version/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.model-panel', { state: 'detached' });
  // A group of parameters, unfolded, shows each one's source from the same texts.
  await page.locator('.settings > summary').click();
  await page.locator('details.param-group[data-group="population"] > summary').click();
  const line = page.locator('.settings [data-param="share_over_50"] .note span');
  await page.waitForFunction(
    (text) => document.querySelector('.settings [data-param="share_over_50"] .note span')?.textContent.endsWith(text),
    native.sources.share_over_50.en,
  );
  assert.match(await line.textContent(), /^assumption: /);
});

test('model notes that cannot be loaded say so, leave the page as it was, and load on "Coba lagi"', async () => {
  // Without the service worker, whose copy of the release would answer instead of the server.
  const page = await app.open('', { contextOptions: { serviceWorkers: 'block' } });
  const before = await headlines(page);
  // A static host that answers a missing file with a page of its own.
  await page.route('**/texts.json', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Not found</p>' }),
  );
  await page.getByRole('button', { name: 'Tentang model' }).click();
  const alert = page.locator('.model-panel [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /tidak dapat dimuat.*angka dan pengaturan Anda tidak berubah/s);
  // The parameters still say what kind of source each has.
  assert.match(await page.locator('.param-table tr[data-param="n_businesses"] td:last-child').textContent(), /^data terbitan$/);
  assert.deepEqual(await headlines(page), before);
  await page.unroute('**/texts.json');
  // From the keyboard: the focus stays in the notes' place as they arrive.
  await alert.getByRole('button', { name: 'Coba lagi' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.model-notes[data-texts="ready"]');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'model-notes');
  assert.match(await page.locator('.param-table tr[data-param="n_businesses"] td:last-child').textContent(), /^data terbitan: IKM batik: 1\.081 unit/);
  assert.match(await page.locator('.model-notes p').first().textContent(), /^Canting menyimulasikan industri batik/);
  assert.equal(await alert.count(), 0);
});

test('amounts are read the way the page writes them, and nonsense is refused with a message', async () => {
  const page = await app.open();
  await settled(page);
  await number(page, 'networking').fill('1.500');
  await number(page, 'networking').press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-strategy="networking"] input.juta').value === '1.500');
  for (const bad of ['abc', '-5', '1e20']) {
    await number(page, 'networking').fill(bad);
    await number(page, 'networking').press('Enter');
    await page.waitForSelector('[data-notice="refused"]');
    assert.match(await page.locator('[data-notice="refused"]').innerText(), /Nilai sebelumnya tetap dipakai/);
    assert.equal(await page.locator('[data-notice="refused"]').count(), 1, 'refusals pile up');
  }
  assert.equal((await budgets(page)).networking, 1500, 'the last good value is kept');
  // A good value clears the refusal.
  await number(page, 'networking').fill('1400');
  await number(page, 'networking').press('Enter');
  await page.waitForSelector('[data-notice="refused"]', { state: 'detached' });
});

test('the page prints as a one-page summary that names its settings and link', async () => {
  const page = await app.open();
  await settled(page);
  await page.emulateMedia({ media: 'print' });
  // Printing draws every chart, also those never scrolled near.
  await page.waitForFunction(() => document.querySelectorAll('canvas[data-drawn]:not([data-stale])').length >= 8);
  const summary = await page.locator('.print-only').innerText();
  assert.match(summary, /benih acak 2014/);
  assert.match(summary, /#s=/);
  assert.ok(await page.locator('[data-chart="obstacle_severity"] canvas').isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `the summary takes ${pages} pages`);
});
