// Ways in, as a reader uses them in every language: the guides that answer
// citizens' questions, the topic pages journalists bookmark, theme chips that
// lead there, and search that puts a guide or topic first for a question.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, appReady, axe, LANGS, useSite, builtTitle } from './harness.mjs';

let server, browser, data, dir;
useSite('dist', (site) => ({ server, browser, data, dir } = site));

const key = (lang) => (lang.startsWith('sr') ? 'sr' : lang);
const cyrillic = (s) => /[\u0400-\u04FF]/.test(s);
/** A dataset text as the page shows it (Cyrillic pages: checked for script only). */
const shows = (lang, text, seen) => (lang === 'sr-Cyrl' ? cyrillic(seen) : seen.trim() === text[key(lang)].replace(/\{\{|\}\}/g, ''));

// Question-like and topic queries, and what each must find first.
const QUERIES = {
  en: [['plates Serbia', 'guide'], ['diploma', 'guide'], ['Association/Community', 'theme']],
  sq: [['targa', 'guide'], ['diploma', 'guide']],
  'sr-Latn': [['tablice', 'guide'], ['diploma', 'guide'], ['zajednica opština', 'theme']],
  'sr-Cyrl': [['таблице', 'guide'], ['диплома', 'guide']],
};

for (const lang of LANGS) {
  test(`${lang}: the guide index, a guide's answer, history and provisions, a topic page, and chips that lead there`, async () => {
    const page = await openPage(browser);
    await page.goto(server.url(`/${lang}/guides/`));
    await appReady(page);
    const links = await page.$$eval('.guide-list a', (as) => as.map((a) => a.getAttribute('href')));
    assert.equal(links.length, data.guides.length, 'every guide is listed');
    assert.ok(data.guides.length >= 10, `at least ten guides (${data.guides.length})`);
    assert.deepEqual(await axe(page), [], 'guide index: axe');

    const guide = data.guides.find((g) => g.id === 'plates');
    await page.goto(server.url(`/${lang}/guides/${guide.id}/`));
    await appReady(page);
    assert.equal(await page.title(), builtTitle(dir, `${lang}/guides/${guide.id}`), 'title as generated');
    assert.ok(shows(lang, guide.question, await page.textContent('main h1')), 'the question is the heading');
    assert.ok(shows(lang, guide.answer, await page.textContent('.answer .lead')), 'the answer');
    assert.equal(await page.getAttribute('.answer time', 'datetime'), guide.as_of, 'answer as of its date');
    const history = await page.$$eval('.guide-history li', (lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime')));
    const expected = guide.events.length + guide.provisions.reduce((n, ref) => {
      const [a, p] = ref.split('#');
      return n + data.agreements.find((x) => x.id === a).provisions.find((x) => x.id === p).status.length;
    }, 0);
    assert.equal(history.length, expected, 'history: every assessment of its provisions and every event it names');
    assert.deepEqual([...history].sort().reverse(), history, 'history newest first');
    const provisions = await page.$$eval('.guide-provisions li', (lis) => lis.map((li) => [li.querySelector('a').getAttribute('href'), !!li.querySelector('.level')]));
    assert.equal(provisions.length, guide.provisions.length, 'each provision it rests on');
    for (const [href, hasLevel] of provisions) {
      assert.match(href, new RegExp(`/${lang}/agreements/[a-z0-9-]+/#provision-`), 'linked to the provision');
      assert.ok(hasLevel, 'with its current level');
    }
    assert.ok(await page.$('.not-advice'), 'says once that it is not legal advice');
    assert.equal(await page.getAttribute('.last-checked time', 'datetime'), guide.last_checked);
    await page.waitForSelector('ol.sources li', { timeout: 20000 });
    assert.deepEqual(await axe(page), [], 'guide: axe');

    // A theme chip leads to its topic page.
    const chip = page.locator('.tags .tag a').first();
    const themeHref = await chip.getAttribute('href');
    assert.match(themeHref, new RegExp(`/${lang}/themes/[a-z0-9-]+/$`));
    await chip.click();
    await page.waitForURL(new RegExp(`/${lang}/themes/`));
    await appReady(page);
    const themeId = themeHref.split('/').filter(Boolean).pop();
    const theme = data.themes.find((t) => t.id === themeId);
    assert.ok(shows(lang, theme.name, await page.textContent('main h1')), 'topic heading');
    assert.match(await page.textContent('.theme .big-figure strong'), /[0-9]/, 'the topic\'s weighted figure');
    assert.ok(await page.$('.theme figure.chart svg polyline'), 'its chart over time');
    const listed = await page.$$eval('.theme-provisions li li', (lis) => lis.length);
    const inTheme = data.agreements.reduce((n, a) => n + a.provisions.filter((p) => (p.themes?.length ? p.themes : a.themes).includes(themeId)).length, 0);
    assert.equal(listed, inTheme, 'every provision under the topic');
    const events = await page.$$eval('#events-heading ~ ul .event-item, #events-heading ~ ol .event-item', (lis) => lis.length);
    assert.equal(events, data.events.filter((e) => e.themes?.includes(themeId)).length, 'the topic\'s events');
    assert.ok(await page.$(`#guides-heading ~ ul a[href$="/guides/${guide.id}/"]`), 'the guides that draw on it');
    assert.deepEqual(await axe(page), [], 'topic: axe');

    // The topic's state lives in the address.
    await page.goto(server.url(`/${lang}/themes/${themeId}/?asof=2015-01-01`));
    await appReady(page);
    assert.match(await page.textContent('.theme .showing'), /2015/, 'the figures say which day they are for');
    const listedThen = await page.$$eval('.theme-provisions li li', (lis) => lis.length);
    assert.ok(listedThen < inTheme, `fewer provisions existed on 1 January 2015 (${listedThen} of ${inTheme})`);

    await page.goto(server.url(`/${lang}/themes/`));
    await appReady(page);
    assert.equal(await page.$$eval('.theme-list > li', (lis) => lis.length), data.themes.length, 'every topic');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`${lang}: search puts a guide or topic first for a question, and can sort newest first`, async () => {
    const page = await openPage(browser);
    for (const [query, kind] of QUERIES[lang]) {
      await page.goto(server.url(`/${lang}/search/?q=${encodeURIComponent(query)}`));
      await appReady(page);
      await page.waitForSelector('.results .result', { timeout: 20000 });
      const first = await page.getAttribute('.results .result h2 a', 'href');
      assert.match(first, new RegExp(`/${lang}/${kind === 'guide' ? 'guides' : 'themes'}/`), `"${query}": first result ${first}`);
    }
    // The city in the page's own language, found before the other languages' texts arrive.
    const brussels = { en: 'Brussels', sq: 'Bruksel', 'sr-Latn': 'Brisel', 'sr-Cyrl': 'Брисел' }[lang];
    await page.goto(server.url(`/${lang}/search/?q=${encodeURIComponent(brussels)}&sort=newest`));
    await appReady(page);
    await page.waitForSelector('.results .result', { timeout: 20000 });
    const dates = await page.$$eval('.results .result time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.ok(dates.length > 3);
    assert.deepEqual([...dates].sort().reverse(), dates, 'newest first');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('every agreement links to the guides and topics that draw on it', async () => {
  const page = await openPage(browser);
  const guide = data.guides.find((g) => g.provisions.length);
  const agreementId = guide.provisions[0].split('#')[0];
  await page.goto(server.url(`/en/agreements/${agreementId}/`));
  await appReady(page);
  assert.ok(await page.$(`#ways-heading ~ ul a[href$="/guides/${guide.id}/"]`), `the agreement lists the guide ${guide.id}`);
  const agreement = data.agreements.find((a) => a.id === agreementId);
  const chips = await page.$$eval('#ways-heading ~ .tags a', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(chips.length, agreement.themes.length, 'and its topics');
  await page.context().close();
});
