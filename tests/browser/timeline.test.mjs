// The timeline: every language, filters from the URL and from the controls,
// the year jump, an item's anchor, keyboard moves, the overview strip, the
// agreement page's own timeline, and 10,000 generated events.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, appReady, axe, LANGS, distDir, useSite } from './harness.mjs';

const synthetic = path.join(distDir('target'), 'synthetic-10000.json');
let server, browser, data;
useSite('dist', (site) => ({ server, browser, data } = site));

const TITLE = { en: 'Timeline of the dialogue', sq: 'Kronologjia e dialogut', 'sr-Latn': 'Hronologija dijaloga', 'sr-Cyrl': 'Хронологија дијалога' };
const total = () => data.events.length + data.agreements.length;
const count = async (page) => parseInt((await page.textContent('.count')).replace(/[.,\s\u202f]/g, ''), 10);
const waitCount = (page, n) =>
  page.waitForFunction((n) => parseInt(document.querySelector('.count')?.textContent.replace(/[.,\s\u202f]/g, ''), 10) === n, n);

for (const lang of LANGS) {
  test(`timeline in ${lang}: every item counted, only the visible ones rendered, accessible`, async () => {
    const page = await openPage(browser);
    await page.goto(server.url(`/${lang}/timeline/`));
    await appReady(page);
    assert.equal((await page.textContent('main h1')).trim(), TITLE[lang]);
    assert.equal(await count(page), total());
    const rendered = await page.locator('.tl-item').count();
    assert.ok(rendered > 0 && rendered < total(), `rendered ${rendered} of ${total()}`);
    // Screen readers hear date and kind first in each item.
    const first = await page.locator('.tl-item').first();
    assert.ok(await first.locator('time').count());
    assert.ok(await first.locator('.kind').count());
    assert.equal(await page.locator('h2.tl-year').first().textContent(), data.events[0].date.slice(0, 4));
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('filters come from the URL and the controls write them back', async () => {
  const page = await openPage(browser);
  const crises = data.events.filter((e) => e.kind === 'crisis').sort((a, b) => a.date.localeCompare(b.date));
  await page.goto(server.url('/en/timeline/?kind=crisis&order=oldest'));
  await appReady(page);
  assert.equal(await count(page), crises.length);
  assert.equal(await page.inputValue('select[name=kind]'), 'crisis');
  assert.equal((await page.locator('.tl-item .tl-title').first().textContent()).trim(), crises[0].title.en);

  const linked = data.events.filter((e) => (e.agreements ?? []).includes('first-agreement-2013')).length;
  await page.goto(server.url('/en/timeline/?agreement=first-agreement-2013'));
  await appReady(page);
  assert.equal(await count(page), linked + 1, 'its events and the agreement itself');

  const in2013 = data.events.filter((e) => e.date.startsWith('2013')).length + data.agreements.filter((a) => a.date.startsWith('2013')).length;
  await page.goto(server.url('/sq/timeline/?from=2013&to=2013'));
  await appReady(page);
  assert.equal(await count(page), in2013);

  // Controls: a theme, then words; the URL follows; reset clears.
  await page.goto(server.url('/en/timeline/'));
  await appReady(page);
  await page.selectOption('select[name=theme]', 'licence-plates');
  await page.waitForURL(/theme=licence-plates/);
  const plates = data.events.filter((e) => (e.themes ?? []).includes('licence-plates')).length + data.agreements.filter((a) => a.themes.includes('licence-plates')).length;
  await waitCount(page, plates);
  await page.fill('.timeline-filters input[name=q]', 'plates');
  await page.waitForURL(/q=plates/);
  assert.ok((await count(page)) <= plates);
  await page.click('.languages a[hreflang=sr-Latn]');
  await page.waitForURL(/\/sr-Latn\/timeline\/\?.*theme=licence-plates/);
  await page.click('a.reset');
  await page.waitForURL((u) => u.search === '');
  await waitCount(page, total());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('year jump, item anchors, zoom into months, keyboard moves between items', async () => {
  const page = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(server.url('/en/timeline/'));
  await appReady(page);
  await page.click('.year-index a:text-is("2015")');
  await page.waitForURL(/#year-2015$/);
  await page.waitForSelector('#year-2015');
  const top = await page.evaluate(() => document.getElementById('year-2015').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 100, `2015 heading at the top (${top}px)`);

  // A deep link to one item.
  const event = data.events.find((e) => e.date.startsWith('2012'));
  await page.goto(server.url(`/en/timeline/#e-${event.id}`));
  await appReady(page);
  await page.waitForSelector(`[id="e-${event.id}"]`);
  const box = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, `e-${event.id}`);
  assert.ok(box > -20 && box < 900, `the item is on screen (${box}px)`);
  assert.ok(await page.locator(`[id="e-${event.id}"].current`).count());

  // Keyboard: from one item to the next.
  await page.focus(`[id="e-${event.id}"] a`);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((id) => document.activeElement?.closest('li')?.id !== id, `e-${event.id}`);
  const next = await page.evaluate(() => document.activeElement.closest('li.tl-item').id);
  assert.notEqual(next, `e-${event.id}`);
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction((id) => document.activeElement?.closest('li')?.id === id, `e-${event.id}`);
  // Tab keeps working through many items while the window moves under it.
  const seen = new Set();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.closest('li.tl-item')?.id ?? document.activeElement?.tagName);
    assert.notEqual(id, 'BODY', `focus lost after ${i + 1} tabs`);
    seen.add(id);
  }
  assert.ok(seen.size >= 20, `tabbed through ${seen.size} items`);

  // The strip: one bar per year; a bar zooms into twelve months.
  await page.goto(server.url('/en/timeline/'));
  await appReady(page);
  const years = new Set([...data.events, ...data.agreements].map((x) => x.date.slice(0, 4)));
  assert.equal(await page.locator('.strip-bars li').count(), years.size);
  await page.click('.strip-bars a[aria-label^="2013"]');
  await page.waitForURL(/zoom=2013/);
  await page.waitForFunction(() => document.querySelectorAll('.strip-bars li').length === 12);
  assert.match(await page.textContent('.strip figcaption'), /2013/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an agreement page carries its own compact timeline', async () => {
  const page = await openPage(browser);
  const a = data.agreements.find((x) => x.id === 'first-agreement-2013');
  const events = data.events.filter((e) => (e.agreements ?? []).includes(a.id)).length;
  await page.goto(server.url(`/en/agreements/${a.id}/`));
  await appReady(page);
  // Its events, each once (the assessments are in each provision's history).
  assert.equal(await page.locator('.moments li').count(), events);
  const dates = await page.$$eval('.moments time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  await page.click('a:text-is("Show on the timeline")');
  await page.waitForURL(/\/en\/timeline\/\?agreement=first-agreement-2013/);
  await waitCount(page, events + 1);
  await page.context().close();
});

test('10,000 events: only what is on screen is rendered, jumps and filters still work', async () => {
  assert.ok(fs.existsSync(synthetic), 'make browser-test generates target/synthetic-10000.json');
  const body = fs.readFileSync(synthetic);
  const big = JSON.parse(body);
  const page = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await page.route('**/data/dialogue.*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(server.url('/en/timeline/'));
  await appReady(page);
  await waitCount(page, big.events.length + big.agreements.length);
  const rendered = await page.locator('.tl-item').count();
  assert.ok(rendered > 0 && rendered < 60, `${rendered} items in the page for ${big.events.length} events`);
  await page.click('.year-index a:text-is("2012")');
  await page.waitForSelector('#year-2012');
  const crises = big.events.filter((e) => e.kind === 'crisis').length;
  const started = Date.now();
  await page.selectOption('select[name=kind]', 'crisis');
  await waitCount(page, crises);
  console.log(`# 10,000 events: filter change to updated count in ${Date.now() - started} ms (incl. test-driver overhead)`);
  assert.ok((await page.locator('.tl-item').count()) < 60);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the text filter finds words of every language, once the other languages have been fetched', async () => {
  const page = await openPage(browser, { serviceWorkers: 'block' });
  const full = [];
  page.on('request', (r) => /\/data\/dialogue\.[0-9a-f]{16}\.json$/.test(r.url()) && full.push(r.url()));
  await page.goto(server.url('/en/timeline/'));
  await appReady(page);
  assert.equal(full.length, 0, 'no other languages fetched before the text filter is used');
  // An Albanian word, on the English page.
  const word = 'marrëveshje';
  const folded = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const expected = [...data.events, ...data.agreements]
    .filter((r) => [r.title, r.summary].some((t) => Object.values(t).some((v) => folded(v).includes(folded(word))))).length;
  assert.ok(expected > 0);
  await page.fill('.timeline-filters input[name=q]', word);
  await page.waitForURL(/q=marr/);
  await waitCount(page, expected);
  assert.equal(full.length, 1, 'the full dataset, fetched once');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
