// Search: the header box on every page, the shareable results page, matching
// across languages and scripts, highlighting, facets, did-you-mean.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, appReady, axe, LANGS, useSite } from './harness.mjs';

let server, browser, data;
useSite('dist', (site) => ({ server, browser, data } = site));

const open = async (page, lang, q, extra = '') => {
  const response = await page.goto(server.url(`/${lang}/search/?q=${encodeURIComponent(q)}${extra}`));
  assert.equal(response.status(), 200, 'the search page is a real file');
  await appReady(page);
  // Pages load their own language's texts; the search fetches the rest.
  await page.waitForSelector('.search-page[data-texts=all]');
  await page.waitForSelector('.count');
};
const total = async (page) => parseInt((await page.textContent('.count')).replace(/\D/g, ''), 10);
const titles = async (page) => (await page.locator('.result-title').allTextContents()).map((t) => t.trim());
// Where each result links to, as path and fragment: which record it is.
const links = async (page) => page.locator('.result-title a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname + new URL(a.href).hash));

test('the examples that must work find what a reader expects', async () => {
  const page = await openPage(browser);
  const expectations = [
    ['licence plates', /licence plates/i],
    ['Приштина', /Pristina|Prishtin|Priština/],
    ['integrated boundary', /Integrated Border\/Boundary Management/],
    // The electricity guide answers first; its snippet names the supplier.
    ['KEDS', /KEDS|electricity/i],
    ['+383', /383/],
    ['Development Fund', /Development Fund/i],
    ['telekomunikacije', /telecom/i],
  ];
  // The record a query must find, by its link, among the first `within`
  // results (or anywhere on the page): the highlighted query word alone
  // would match any result.
  const records = {
    'licence plates': ['agreements', 'licence-plates-2016', '/en/agreements/licence-plates-2016/', 5],
    KEDS: ['glossary', 'energy-companies', '/en/glossary/#energy-companies', Infinity],
  };
  for (const [q, expected] of expectations) {
    await open(page, 'en', q);
    assert.ok((await total(page)) > 0, `${q}: results`);
    const top = (await titles(page)).slice(0, 5).join(' | ');
    const snippets = (await page.locator('.result').first().textContent()) ?? '';
    assert.match(top + ' ' + snippets, expected, `${q}: top results ${top}`);
    assert.ok(await page.locator('.result mark').count(), `${q}: matched words highlighted`);
    if (records[q]) {
      const [list, id, link, within] = records[q];
      assert.ok(data[list].some((r) => r.id === id), `${id} is in the dataset's ${list}`);
      const found = (await links(page)).slice(0, within);
      assert.ok(found.includes(link), `${q}: ${link} among the first ${within} results, not in ${found.join(' | ')}`);
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every language and both scripts: a Serbian word found while reading English, Cyrillic equals Latin', async () => {
  const page = await openPage(browser);
  await open(page, 'en', 'sporazum o slobodi kretanja');
  assert.match((await titles(page)).join(' '), /freedom of movement/i, 'Serbian query, English results');
  await open(page, 'sr-Latn', 'Zvečan');
  const latin = await total(page);
  await open(page, 'sr-Cyrl', 'Звечан');
  assert.equal(await total(page), latin, 'Cyrillic and Latin find the same');
  await open(page, 'sq', 'Zvecan');
  assert.equal(await total(page), latin, 'without diacritics too');
  assert.match(await page.textContent('main h1'), /Kërkimi/);
  await open(page, 'en', 'ZSO');
  assert.match((await titles(page)).slice(0, 3).join(' '), /Association|Community/i, 'each side\'s acronym');
  await open(page, 'en', 'agrement');
  assert.ok((await total(page)) > 0, 'one typo tolerated');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('results as you type, facets in the URL, did-you-mean, header box on every page', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('/en/agreements/'));
  await appReady(page);
  await page.fill('#header-search-input', 'energy');
  await page.press('#header-search-input', 'Enter');
  await page.waitForURL(/\/en\/search\/\?q=energy/);
  await page.waitForSelector('.search-page[data-texts=all] .result');
  const all = await total(page);
  // Typing updates the results and the URL.
  await page.fill('#search-page-input', 'energy roadmap');
  await page.waitForURL(/q=energy(\+|%20)roadmap/);
  await page.waitForFunction((n) => parseInt(document.querySelector('.count').textContent.replace(/\D/g, ''), 10) < n, all);
  // A facet narrows and is kept in the URL.
  await page.click('.facet a[href*="kind=event"]');
  await page.waitForURL(/kind=event/);
  await page.waitForSelector('.facet a[aria-current=true]');
  for (const kind of await page.locator('.result .kind').allTextContents()) assert.equal(kind, 'Event');
  // The language switcher keeps the search.
  await page.click('.languages a[hreflang=sq]');
  await page.waitForURL(/\/sq\/search\/\?q=energy.*kind=event/);
  // Nothing found: a suggestion from the vocabulary and a hint.
  await open(page, 'en', 'qqqzzzx');
  assert.equal(await page.locator('.result').count(), 0);
  assert.match(await page.textContent('.count'), /Nothing was found for “qqqzzzx”/);
  assert.ok(await page.locator('.hint').count());
  await open(page, 'en', 'mitrvca');
  assert.equal(await page.locator('.result').count(), 0);
  assert.ok(await page.locator('.did-you-mean a').count(), 'did you mean');
  const suggestion = await page.getAttribute('.did-you-mean a', 'href');
  await page.click('.did-you-mean a');
  await page.waitForURL((u) => u.href.endsWith(suggestion.replace(/^.*\/en\/search\//, '')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const lang of LANGS) {
  test(`search page in ${lang}: ordered list of results, accessible`, async () => {
    const page = await openPage(browser);
    await open(page, lang, 'Mitrovica');
    assert.ok((await page.locator('ol.results > li').count()) > 0);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('pages load their own language only; the search fetches the other languages when first used, and says so meanwhile', async () => {
  const page = await openPage(browser, { serviceWorkers: 'block' });
  const datasets = [];
  page.on('request', (r) => r.url().includes('/data/') && datasets.push(r.url().replace(/^.*\/data\//, '')));
  await page.goto(server.url('/sq/agreements/'));
  await appReady(page);
  await page.click('.main-nav a[href$="/sq/timeline/"]');
  await page.waitForSelector('.tl-item');
  assert.deepEqual(datasets.map((d) => d.replace(/[0-9a-f]{16}/, 'H')), ['dialogue.sq.H.json'], 'the Albanian texts only');

  // The full file held back: results in Albanian at once, with a note.
  const full = /\/data\/dialogue\.[0-9a-f]{16}\.json$/;
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(full, async (route) => {
    await held;
    await route.continue();
  });
  await page.fill('#header-search-input', 'freedom of movement');
  await page.press('#header-search-input', 'Enter');
  await page.waitForSelector('.search-page[data-texts=page] .languages-note');
  assert.match(await page.textContent('.languages-note'), /gjuhët e tjera vijnë pas pak/);
  const before = await page.locator('.result').count();
  release();
  // An English query on an Albanian page: found once every language is in.
  await page.waitForSelector('.search-page[data-texts=all] .result');
  assert.equal(await page.locator('.languages-note').count(), 0);
  assert.ok((await page.locator('.result').count()) > before, `${before} results before the other languages`);
  assert.match(await page.locator('.result-title').first().textContent(), /lëviz/i);
  await page.unroute(full);

  // Without the full file the search says what it cannot do.
  await page.route(full, (route) => route.abort('connectionreset'));
  await page.goto(server.url('/sr-Cyrl/search/?q=Mitrovica'));
  await appReady(page);
  await page.waitForSelector('.languages-note');
  assert.match(await page.textContent('.languages-note'), /нису учитани/);
  assert.ok((await page.locator('.result').count()) > 0, 'results in the page\'s language');
  assert.deepEqual(page.errors.filter((e) => !e.includes('Failed to load resource')), []);
  await page.context().close();
});

for (const lang of ['en', 'sr-Cyrl']) {
  test(`search without JavaScript in ${lang} says it needs it and offers the lists instead`, async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(server.url(`/${lang}/search/?q=plates`));
    const notice = page.locator('noscript .notice');
    assert.ok(await notice.isVisible());
    assert.match(await notice.textContent(), /JavaScript/);
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    assert.deepEqual(links, ['agreements', 'timeline', 'themes', 'guides'].map((p) => `/${lang}/${p}/`));
    // Nothing asks the reader to type where typing cannot work.
    assert.equal(await page.locator('.search-page .hint:visible').count(), 0);
    await page.context().close();
  });
}
