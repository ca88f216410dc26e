// The implementation status page: figures from the URL's date, the date
// control, sorting, the matrix, the CSV download, in every language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, appReady, axe, LANGS, useSite } from './harness.mjs';

let server, browser, data;
useSite('dist', (site) => ({ server, browser, data } = site));

// The same arithmetic as core::status, from the compiled dataset, so the page
// is checked against an independent computation.
function expected(asOf) {
  const score = { not_started: 0, reversed: 0, minimal: 1, partial: 2, implemented: 3 };
  let sum = 0, n = 0, total = 0;
  for (const a of data.agreements) {
    if (asOf && a.date > asOf) continue;
    for (const p of a.provisions) {
      const entries = p.status.filter((s) => !asOf || s.date <= asOf);
      const level = entries.length ? entries[entries.length - 1].level : 'not_started';
      total++;
      if (level in score) { sum += score[level]; n++; }
    }
  }
  return { total, percent: n ? Math.round((sum * 100) / (3 * n)) : null };
}

const TITLE = { en: 'How far has each agreement been implemented?', sq: 'Sa janë zbatuar marrëveshjet?', 'sr-Latn': 'Koliko su sporazumi sprovedeni?', 'sr-Cyrl': 'Колико су споразуми спроведени?' };

for (const lang of LANGS) {
  test(`status page in ${lang}: barometer matches the data, charts have text alternatives, no axe violations`, async () => {
    const page = await openPage(browser);
    await page.goto(server.url(`/${lang}/status/`));
    await appReady(page);
    assert.equal((await page.textContent('main h1')).trim(), TITLE[lang]);
    const want = expected(null);
    const figure = (await page.textContent('.big-figure strong')).trim();
    assert.equal(parseInt(figure, 10), want.percent, `weighted percentage ${figure}`);
    assert.equal(await page.locator('.matrix .cell').count(), want.total, 'one matrix cell per provision');
    assert.equal(await page.locator('section[aria-labelledby=agreements-heading] table.counts tbody tr').count(), data.agreements.length);
    for (const svg of await page.locator('svg[role=img]').all()) {
      const label = (await svg.getAttribute('aria-label')) ?? (await svg.getAttribute('aria-labelledby'));
      assert.ok(label && label.length > 0, 'every chart has a text alternative');
    }
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('as of a date: the URL recomputes every figure, the date control writes the URL', async () => {
  const page = await openPage(browser);
  for (const asOf of ['2014-12-31', '2018-06-30']) {
    await page.goto(server.url(`/en/status/?asof=${asOf}`));
    await appReady(page);
    const want = expected(asOf);
    assert.equal(parseInt(await page.textContent('.big-figure strong'), 10), want.percent, asOf);
    assert.equal(await page.locator('.matrix .cell').count(), want.total, `${asOf}: provisions agreed by then`);
    assert.equal(await page.inputValue('select[name=asof-year]'), asOf.slice(0, 4));
    assert.equal(await page.inputValue('select[name=asof-month]'), asOf.slice(5, 7));
    assert.match(await page.textContent('.count'), new RegExp(`Figures as of ${new Date(asOf).getUTCDate()} `));
  }
  // Before the first agreement there is nothing to count.
  await page.goto(server.url('/sq/status/?asof=2011-01-01'));
  await appReady(page);
  assert.match(await page.textContent('.empty'), /Deri në këtë datë/);
  // The control: pick a year and a month, the URL (the month's last day) and the figures follow.
  await page.goto(server.url('/en/status/'));
  await appReady(page);
  await page.selectOption('select[name=asof-year]', '2016');
  await page.waitForURL(/asof=2016-\d\d-\d\d/);
  await page.selectOption('select[name=asof-month]', '12');
  await page.waitForURL(/asof=2016-12-31/);
  await page.waitForFunction((p) => parseInt(document.querySelector('.big-figure strong').textContent, 10) === p, expected('2016-12-31').percent);
  // The switcher keeps the date.
  await page.click('.languages a[hreflang=sr-Cyrl]');
  await page.waitForURL(/\/sr-Cyrl\/status\/\?asof=2016-12-31/);
  await appReady(page);
  assert.equal(await page.inputValue('select[name=asof-year]'), '2016');
  assert.equal(await page.inputValue('select[name=asof-month]'), '12');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('sorting by percentage, matrix cells open the evidence, CSV download holds the figures', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('/en/status/?sort=percent'));
  await appReady(page);
  const cells = await page.locator('section[aria-labelledby=agreements-heading] tbody tr td.percent').allTextContents();
  const values = cells.map((t) => parseInt(t, 10)).filter((v) => !Number.isNaN(v));
  assert.deepEqual(values, [...values].sort((a, b) => b - a), 'highest first');
  assert.equal(await page.inputValue('select[name=sort]'), 'percent');

  const href = await page.getAttribute('.matrix .cell >> nth=0', 'href');
  assert.match(href, /\/en\/agreements\/[a-z0-9-]+\/#provision-/);
  await page.click('.matrix .cell >> nth=0');
  await page.waitForURL(/#provision-/);
  await page.waitForSelector('.provision');

  await page.goto(server.url('/en/status/?asof=2018-06-30'));
  await appReady(page);
  const download = await page.getAttribute('a[download]', 'href');
  const csv = decodeURIComponent(download.replace(/^data:text\/csv;charset=utf-8,/, '')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'group,id,name,provisions,not_started,minimal,partial,implemented,reversed,superseded,weighted_percent,as_of');
  const overall = lines.find((l) => l.startsWith('overall,'));
  assert.ok(overall.endsWith(',2018-06-30'));
  assert.equal(Math.round(parseFloat(overall.split(',')[10])), expected('2018-06-30').percent);
  assert.equal(lines.filter((l) => l.startsWith('agreement,')).length, data.agreements.filter((a) => a.date <= '2018-06-30').length);
  await page.context().close();
});
