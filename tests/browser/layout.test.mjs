// Phones and long pages (issue 18): at 390 × 844 a compact header with the
// navigation behind a "Menu" button, search results before the folded
// filters, status tables with the percentage beside the name, chart labels
// large enough to read, the as-of year and month, touch targets of 44 px; on
// long pages a way back to the top; on agreement pages a contents bar
// (sticky at 1280 px) and one event list, folded after ten.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, appReady, useSite } from './harness.mjs';

let server, browser, data;
useSite('dist', (site) => ({ server, browser, data } = site));

const PHONE = { viewport: { width: 390, height: 844 } };
const WIDE = { viewport: { width: 1280, height: 800 } };
const TWO = ['en', 'sr-Cyrl'];

/** Box of every element matching `selector` that is rendered. */
const boxes = (page, selector) =>
  page.$$eval(selector, (els) =>
    els
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent.trim(), top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
      }));

function assertTargets(list, what) {
  assert.ok(list.length > 0, `${what}: some shown`);
  for (const b of list) assert.ok(b.height >= 44 && b.width >= 44, `${what} "${b.text}" is ${b.width.toFixed(0)} × ${b.height.toFixed(0)} px`);
}

for (const lang of [...TWO, 'sq']) {
  test(`${lang} at 390 px: a header of one row, the navigation behind Menu, keyboard order kept`, async () => {
    const page = await openPage(browser, PHONE);
    await page.goto(server.url(`/${lang}/agreements/`));
    await appReady(page);
    const header = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
    assert.ok(header <= 64, `header ${header}px high with the menu closed`);
    assert.equal((await boxes(page, '.main-nav a')).length, 0, 'the navigation is folded');
    assert.equal((await boxes(page, '#header-search-input')).length, 0, 'so is the search box');
    assertTargets(await boxes(page, '.site-name, .languages a, .menu-button'), 'header control');
    // One row: the name, the languages and the button side by side.
    const row = await boxes(page, '.site-name, .languages ul, .menu-button');
    assert.equal(row.length, 3);
    for (const b of row) assert.ok(b.top < row[0].bottom && b.bottom > row[0].top && b.right <= 390, `"${b.text}" on the first row`);
    // The skip link comes first, then the header's controls; Enter opens the menu.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement.classList.contains('menu-button'));
    }
    assert.ok(reached, 'the menu button is reachable by keyboard');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('details.menu').open);
    const links = await boxes(page, '.main-nav a');
    assert.equal(links.length, 8, 'every navigation link shows once the menu is open');
    assertTargets(links, 'navigation link');
    for (const b of links) assert.ok(b.top >= 0 && b.bottom <= 844 && b.right <= 390, `"${b.text}" on screen`);
    assert.equal((await boxes(page, '#header-search-input')).length, 1, 'the search box too');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement.closest('.main-nav') !== null), 'Tab goes on into the navigation');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('details.menu').open);
    // Following a link closes the menu.
    await page.click('.menu-button');
    await page.click(`.main-nav a[href$="/${lang}/glossary/"]`);
    await page.waitForURL(new RegExp(`/${lang}/glossary/$`));
    await page.waitForFunction(() => !document.querySelector('details.menu').open);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const lang of TWO) {
  test(`${lang} at 1280 px: the navigation and the search box show without the button`, async () => {
    const page = await openPage(browser, WIDE);
    await page.goto(server.url(`/${lang}/`));
    await appReady(page);
    assert.equal((await boxes(page, '.menu-button')).length, 0, 'no Menu button');
    const links = await boxes(page, '.main-nav a');
    assert.equal(links.length, 8);
    assert.equal((await boxes(page, '#header-search-input')).length, 1);
    const header = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
    assert.ok(header <= 150, `header ${header}px high (152 px before the menu)`);
    // Without the app too (the pre-rendered page).
    const context = await browser.newContext({ ...WIDE, javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(server.url(`/${lang}/`));
    assert.equal((await boxes(plain, '.main-nav a')).length, 8, 'shown in the pre-rendered page');
    await context.close();
    await page.context().close();
  });
}

const FILTER = { en: 'Filter', sq: 'Filtrat', 'sr-Latn': 'Filteri', 'sr-Cyrl': 'Филтери' };

for (const lang of TWO) {
  test(`${lang} search at 390 px: results first, facets behind "${FILTER[lang]}"`, async () => {
    const page = await openPage(browser, PHONE);
    await page.goto(server.url(`/${lang}/search/?q=plates`));
    await appReady(page);
    await page.waitForSelector('.result');
    const first = await page.$eval('.result', (r) => r.getBoundingClientRect().top);
    assert.ok(first < 844, `the first result starts at ${first}px`);
    assert.equal((await boxes(page, '.facet a')).length, 0, 'the facets are folded');
    assert.equal((await page.textContent('.filter > summary')).trim(), FILTER[lang]);
    await page.click('.filter > summary');
    const facets = await boxes(page, '.facet a');
    assert.ok(facets.length > 3, 'the facets open');
    assertTargets(facets, 'facet');
    assertTargets(await boxes(page, '.sort-links a'), 'order link');
    await page.click('.facet a[href*="kind=event"]');
    await page.waitForURL(/kind=event/);
    await page.waitForSelector('.facet-clear a');
    assert.deepEqual(page.errors, []);
    await page.context().close();

    const wide = await openPage(browser, WIDE);
    await wide.goto(server.url(`/${lang}/search/?q=plates`));
    await appReady(wide);
    await wide.waitForSelector('.result');
    assert.equal((await boxes(wide, '.filter > summary')).length, 0, 'no button beside the results');
    assert.ok((await boxes(wide, '.facet a')).length > 3, 'the facets show beside the results');
    await wide.context().close();
  });
}

for (const lang of TWO) {
  test(`${lang} status at 390 px: the percentage beside the name, chart labels of 11 px or more, year and month for the date`, async () => {
    const page = await openPage(browser, PHONE);
    await page.goto(server.url(`/${lang}/status/`));
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    for (const section of ['agreements', 'themes', 'parties']) {
      const rows = await page.$$eval(`section[aria-labelledby=${section}-heading] tbody tr`, (trs) =>
        trs.map((tr) => {
          const box = (el) => el.getBoundingClientRect();
          const name = box(tr.querySelector('th'));
          const percent = box(tr.querySelector('td.percent'));
          return { name, percent, next: tr.querySelector('th').nextElementSibling === tr.querySelector('td.percent') };
        }));
      assert.ok(rows.length > 0, section);
      for (const { name, percent, next } of rows) {
        assert.ok(next, `${section}: the percentage is the cell after the name`);
        assert.ok(percent.top < name.bottom && percent.bottom > name.top, `${section}: name and percentage on one row`);
        assert.ok(name.left >= 0 && percent.right <= 390, `${section}: both on screen (${name.left}–${percent.right})`);
      }
    }
    // Chart labels: their size on screen, and no two of them overlapping.
    const labels = await page.$$eval('.chart svg text.axis', (ts) =>
      ts
        .filter((t) => t.checkVisibility())
        .map((t) => {
          const r = t.getBoundingClientRect();
          return { size: parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a, left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: t.textContent };
        }));
    assert.ok(labels.length >= 8, 'the chart has labels');
    for (const l of labels) {
      assert.ok(l.size >= 11, `label "${l.text}" at ${l.size.toFixed(1)}px`);
      assert.ok(l.left >= 0 && l.right <= 390, `label "${l.text}" inside the screen`);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        assert.ok(!overlap, `labels "${a.text}" and "${b.text}" overlap`);
      }
    }
    // The date: a year and a month, each easy to tap, writing asof= the month's end.
    assert.equal(await page.locator('input[type=date]').count(), 0, 'no date field');
    assertTargets(await boxes(page, 'select[name=asof-year], select[name=asof-month]'), 'as-of select');
    await page.selectOption('select[name=asof-year]', '2016');
    await page.waitForURL(/asof=2016-\d\d-\d\d/);
    await appReady(page);
    await page.selectOption('select[name=asof-month]', '02');
    await page.waitForURL(/asof=2016-02-29/);
    await appReady(page);
    assert.equal(await page.inputValue('select[name=asof-year]'), '2016');
    assert.equal(await page.inputValue('select[name=asof-month]'), '02');
    await page.selectOption('select[name=asof-month]', '11');
    await page.waitForURL(/asof=2016-11-30/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

const AGREEMENT = 'first-agreement-2013';

for (const lang of TWO) {
  test(`${lang}: a way back to the top of a long page`, async () => {
    const page = await openPage(browser, PHONE);
    await page.goto(server.url(`/${lang}/agreements/${AGREEMENT}/`));
    await appReady(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height > 3 * 844, `a long page (${height}px)`);
    const link = await page.$eval('.to-top a', (a) => ({ href: a.href, here: location.href.split('#')[0] }));
    const target = new URL(link.href);
    assert.equal(target.href.split('#')[0], link.here, 'the link stays on this page');
    assert.equal(target.hash, '#top');
    assert.ok(await page.evaluate(() => document.getElementById('top') !== null), 'its target exists');
    assertTargets(await boxes(page, '.to-top a'), 'back-to-top link');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.click('.to-top a');
    await page.waitForFunction(() => window.scrollY < 10);
    assert.ok(page.url().endsWith('#top'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

const SHOW_ALL = {
  en: (n) => `Show all ${n} events`,
  'sr-Cyrl': (n) => {
    const [d, h] = [n % 10, n % 100];
    if (d === 1 && h !== 11) return `Прикажи цео списак: ${n} догађај`;
    if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return `Прикажи сва ${n} догађаја`;
    return `Прикажи свих ${n} догађаја`;
  },
};

for (const lang of TWO) {
  test(`${lang} agreement page: a contents bar (sticky when wide), each event once, folded after ten`, async () => {
    const events = data.events.filter((e) => (e.agreements ?? []).includes(AGREEMENT));
    assert.ok(events.length > 10, 'the agreement has more than ten events');
    const page = await openPage(browser, WIDE);
    await page.goto(server.url(`/${lang}/agreements/${AGREEMENT}/`));
    await appReady(page);
    const entries = await page.$$eval('nav.contents a', (as) => as.map((a) => ({ href: a.href, hash: new URL(a.href).hash, here: location.href.split('#')[0] })));
    assert.deepEqual(entries.map((e) => e.hash), ['#summary', '#citizens', '#provisions', '#history', '#sources']);
    for (const { href, hash, here } of entries) {
      assert.equal(href.split('#')[0], here, `${hash} stays on this page`);
      assert.ok(await page.evaluate((id) => document.getElementById(id)?.tagName === 'SECTION', hash.slice(1)), `${hash} is a section`);
      await page.click(`nav.contents a[href$="${hash}"]`);
      await page.waitForFunction((h) => location.hash === h, hash);
      const { top, bar } = await page.evaluate((id) => ({
        top: document.getElementById(id).getBoundingClientRect().top,
        bar: document.querySelector('nav.contents').getBoundingClientRect().bottom,
      }), hash.slice(1));
      assert.ok(top >= bar - 1 && top < 400, `${hash}: the section's top (${top}) shows below the bar (${bar})`);
    }
    // Sticky at 1280 px: after scrolling the bar's top is still on screen.
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.waitForFunction(() => window.scrollY >= 3999);
    const bar = await page.$eval('nav.contents', (n) => ({ top: n.getBoundingClientRect().top, position: getComputedStyle(n).position }));
    assert.equal(bar.position, 'sticky');
    assert.ok(bar.top >= 0 && bar.top < 10, `the bar stays at the top (${bar.top})`);

    // Each of the agreement's events linked once, in one list, oldest first.
    const links = await page.$$eval('main a[href*="/events/"]', (as) => as.map((a) => new URL(a.href).pathname));
    const ids = links.map((p) => p.split('/').filter(Boolean).pop());
    assert.equal(new Set(ids).size, ids.length, 'no event twice');
    assert.deepEqual([...ids].sort(), events.map((e) => e.id).sort(), 'every event of the agreement');
    const dates = await page.$$eval('#history .moments time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.deepEqual(dates, [...dates].sort(), 'oldest first');
    assert.equal(await page.locator('#history > ol.moments > li').count(), 10, 'ten shown');
    const more = page.locator('#history details.more-events');
    assert.equal(await more.count(), 1);
    assert.equal(await more.evaluate((d) => d.open), false, 'the rest folded');
    assert.equal((await page.textContent('#history details.more-events > summary')).trim(), SHOW_ALL[lang](events.length));
    assert.equal(await page.locator('#history details.more-events li').count(), events.length - 10);
    assert.equal((await boxes(page, '#history details.more-events li')).length, 0, 'not shown until opened');
    await page.click('#history details.more-events > summary');
    assert.equal((await boxes(page, '#history details.more-events li')).length, events.length - 10);
    assert.deepEqual(page.errors, []);
    await page.context().close();

    // On a phone: plain, right under the title, its links easy to tap.
    const phone = await openPage(browser, PHONE);
    await phone.goto(server.url(`/${lang}/agreements/${AGREEMENT}/`));
    await appReady(phone);
    const place = await phone.$eval('nav.contents', (n) => ({ position: getComputedStyle(n).position, top: n.getBoundingClientRect().top }));
    assert.equal(place.position, 'static');
    assert.ok(place.top < 844, `the contents start on the first screen (${place.top})`);
    assertTargets(await boxes(phone, 'nav.contents a'), 'contents link');
    await phone.click('nav.contents a[href$="#sources"]');
    await phone.waitForFunction(() => location.hash === '#sources');
    const sources = await phone.$eval('#sources', (s) => s.getBoundingClientRect().top);
    const header = await phone.$eval('.site-header', (h) => h.getBoundingClientRect().bottom);
    assert.ok(sources >= header - 1 && sources < 300, `the sources (${sources}) below the sticky header (${header})`);
    await phone.context().close();
  });
}
