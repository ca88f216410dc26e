// The timeline: every language, filters from the URL and from the controls,
// the year strip, an item's anchor, keyboard moves, JavaScript off, the
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
  test(`timeline in ${lang}: every item counted and in the page, accessible`, async () => {
    const page = await openPage(browser);
    await page.goto(server.url(`/${lang}/timeline/`));
    await appReady(page);
    assert.equal((await page.textContent('main h1')).trim(), TITLE[lang]);
    assert.equal(await count(page), total());
    // The whole list is in the page (drawn in batches after the first
    // screen): find-in-page, print and a screen reader's list navigation see
    // every item.
    await page.waitForFunction((n) => document.querySelectorAll('.tl-item').length === n, total());
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

const oldest2011 = () => data.events.filter((e) => e.date.startsWith('2011')).sort((a, b) => a.date.localeCompare(b.date))[0];
const pick = (text, lang) => (lang === 'sr-Latn' || lang === 'sr-Cyrl' ? text.sr : text[lang]).replace(/\{\{|\}\}/g, '');

for (const lang of ['en', 'sr-Cyrl']) {
  for (const width of [390, 1280]) {
    test(`timeline in ${lang} at ${width} px: a 2011 event is in the page, titles are whole, summaries open in place`, async () => {
      const page = await openPage(browser, { viewport: { width, height: 844 } });
      await page.goto(server.url(`/${lang}/timeline/`));
      await appReady(page);
      const event = oldest2011();
      const item = page.locator(`[id="e-${event.id}"]`);
      await page.waitForFunction((n) => document.querySelectorAll('.tl-item').length === n, total());
      assert.equal(await item.count(), 1, 'the oldest 2011 event is in the DOM from the top of the page');
      if (lang === 'en') assert.equal((await item.locator('.tl-title').textContent()).trim(), pick(event.title, lang));
      // No title is cut: each wraps (three lines at most on a wide screen).
      const titles = await page.$$eval('.tl-title', (ts) => ts.map((t) => {
        const style = getComputedStyle(t);
        return {
          cut: t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1 || style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none',
          lines: Math.round(t.clientHeight / parseFloat(style.lineHeight)),
          text: t.textContent,
        };
      }));
      assert.deepEqual(titles.filter((t) => t.cut).map((t) => t.text), []);
      if (width > 700) assert.ok(Math.max(...titles.map((t) => t.lines)) <= 3, 'three lines at most');
      // The summary opens in place.
      const more = item.locator('.tl-more');
      assert.equal(await more.evaluate((d) => d.open), false);
      await item.scrollIntoViewIfNeeded();
      await more.locator('summary').click();
      assert.equal(await more.evaluate((d) => d.open), true);
      assert.ok((await more.locator('.tl-summary').isVisible()));
      if (lang === 'en') assert.equal((await more.locator('.tl-summary').textContent()).trim(), pick(event.summary, lang));
      // The filters fold away on phones and stand open on wide screens.
      assert.equal(await page.locator('.timeline-filters select[name=kind]').isVisible(), width > 700);
      if (width <= 700) {
        await page.click('.filter-fold > summary');
        assert.ok(await page.locator('.timeline-filters select[name=kind]').isVisible());
      }
      // The year strip: each bar has its label under it, and is a large target.
      const bars = await page.$$eval('.strip-bars a', (as) => as.map((a) => {
        const bar = a.querySelector('svg').getBoundingClientRect();
        const label = a.querySelector('.strip-label').getBoundingClientRect();
        const box = a.getBoundingClientRect();
        return { below: label.top >= bar.bottom - 1, centred: Math.abs((label.left + label.right) / 2 - (bar.left + bar.right) / 2) < 2, height: box.height, width: box.width, oneLine: label.height < 24 };
      }));
      assert.ok(bars.length > 10);
      for (const bar of bars) {
        assert.ok(bar.below && bar.centred && bar.oneLine, JSON.stringify(bar));
        assert.ok(bar.height >= 44 && bar.width >= 24, JSON.stringify(bar));
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}

test('without JavaScript the timeline lists every item, its year links land, and it says it cannot filter', async () => {
  const page = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url('/sq/timeline/?kind=crisis'));
  assert.equal(await page.locator('.tl-item').count(), total());
  assert.equal(await count(page), total(), 'the count says what is shown');
  // The notice, and the way to the unfiltered view.
  const notice = page.locator('noscript .notice');
  assert.ok(await notice.isVisible());
  assert.match(await notice.textContent(), /JavaScript/);
  assert.match(await notice.locator('a').getAttribute('href'), /\/sq\/timeline\/$/);
  // The filters are a plain GET form with an Apply button.
  const form = page.locator('form.timeline-filters');
  assert.equal(await form.getAttribute('method'), 'get');
  await page.click('.filter-fold > summary').catch(() => {});
  assert.ok(await form.locator('button[type=submit]').isVisible());
  await form.locator('select[name=kind]').selectOption('court');
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/\/sq\/timeline\/\?.*kind=court/);
  // Every year bar leads to a heading that exists.
  const targets = await page.$$eval('.strip-bars a', (as) => as.map((a) => new URL(a.href).hash.slice(1)));
  assert.ok(targets.length > 10);
  for (const id of targets) assert.equal(await page.locator(`[id="${id}"]`).count(), 1, id);
  await page.context().close();
});

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
  // A year's bar is its link: it leads to the year and shows its months.
  await page.click('.strip-bars a[aria-label^="2015:"]');
  await page.waitForURL(/zoom=2015#year-2015$/);
  await page.waitForFunction(() => {
    const top = document.getElementById('year-2015')?.getBoundingClientRect().top;
    return top >= 0 && top < 100;
  });
  await page.waitForFunction(() => document.querySelectorAll('.strip-bars li').length === 12);
  assert.match(await page.textContent('.strip-caption'), /2015/);
  const labels = await page.$$eval('.strip-label', (ls) => ls.map((l) => l.textContent.trim()));
  assert.deepEqual(labels, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'], 'months under the bars');
  await page.click('a.zoom-out');
  await page.waitForURL((u) => !u.search.includes('zoom'));
  const years = new Set([...data.events, ...data.agreements].map((x) => x.date.slice(0, 4)));
  await page.waitForFunction((n) => document.querySelectorAll('.strip-bars li').length === n, years.size);

  // A deep link to one item.
  const event = data.events.find((e) => e.date.startsWith('2012'));
  await page.goto(server.url(`/en/timeline/#e-${event.id}`));
  await appReady(page);
  await page.waitForSelector(`[id="e-${event.id}"]`);
  await page.waitForFunction((id) => {
    const top = document.getElementById(id).getBoundingClientRect().top;
    return top > -20 && top < 900;
  }, `e-${event.id}`);
  assert.ok(await page.locator(`[id="e-${event.id}"].current`).count());

  // Keyboard: from one item to the next and back, then to the ends.
  const focused = () => page.evaluate(() => document.activeElement?.closest('li.tl-item')?.id ?? document.activeElement?.tagName);
  await page.waitForFunction((n) => document.querySelectorAll('.tl-item').length === n, total());
  const ids = await page.$$eval('.tl-item', (ls) => ls.map((l) => l.id));
  const at = ids.indexOf(`e-${event.id}`);
  await page.focus(`[id="e-${event.id}"] a`);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), ids[at + 1]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), ids[at]);
  await page.keyboard.press('End');
  assert.equal(await focused(), ids.at(-1), 'End keeps the focus, on the last item');
  await page.keyboard.press('Home');
  assert.equal(await focused(), ids[0], 'Home keeps the focus, on the first item');
  // Tab goes on through the items (each has its link and its "more").
  const seen = new Set();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const id = await focused();
    assert.notEqual(id, 'BODY', `focus lost after ${i + 1} tabs`);
    seen.add(id);
  }
  assert.ok(seen.size >= 14, `tabbed through ${seen.size} items`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [lang, width] of [['en', 1280], ['sq', 1280], ['sq', 390], ['sr-Cyrl', 390]]) {
  test(`keyboard in ${lang} at ${width} px: the skip link moves focus to the content, and the first item is a few Tab stops away`, async () => {
    const page = await openPage(browser, { viewport: { width, height: 800 } });
    await page.goto(server.url(`/${lang}/timeline/`));
    await appReady(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'content', 'focus is on the main content');
    let stops = 1;
    await page.keyboard.press('Tab');
    stops++;
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-filters');
    await page.keyboard.press('Enter');
    const id = await page.evaluate(() => document.activeElement.closest('li.tl-item')?.id);
    assert.equal(id, await page.$eval('.tl-item', (l) => l.id), 'the first item holds the focus');
    assert.ok(stops <= 3, `${stops} Tab stops to the list`);
    // Filter changes replace the history entry, and the focus stays on the control.
    const length = await page.evaluate(() => history.length);
    if (width <= 700) await page.click('.filter-fold > summary');
    await page.focus('select[name=kind]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/kind=/);
    assert.equal(await page.evaluate(() => history.length), length, 'no history entry per step');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'kind');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

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
  await page.click('.strip-bars a[aria-label^="2012:"]');
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
