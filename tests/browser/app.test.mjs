// What a reader sees, in a real browser, in every language, on the release
// build served by a plain static server.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, appReady, axe, LANGS, NOT_FOUND, distDir, builtTitle, useSite } from './harness.mjs';

const dir = distDir('dist');
let server, browser, data;
useSite('dist', (site) => ({ server, browser, data } = site));

const SITE = { en: 'Dialogue Explorer', sq: 'Eksploruesi i Dialogut', 'sr-Latn': 'Pregled dijaloga', 'sr-Cyrl': 'Преглед дијалога' };
const AGREEMENTS = { en: 'Agreements', sq: 'Marrëveshjet', 'sr-Latn': 'Sporazumi', 'sr-Cyrl': 'Споразуми' };
const ERROR_TITLE = { en: 'The data could not be loaded', sq: 'Të dhënat nuk u ngarkuan', 'sr-Latn': 'Podaci nisu mogli da se učitaju', 'sr-Cyrl': 'Подаци нису могли да се учитају' };
const RETRY = { en: 'Try again', sq: 'Provo përsëri', 'sr-Latn': 'Pokušaj ponovo', 'sr-Cyrl': 'Покушај поново' };
const hasCyrillic = (s) => /[\u0400-\u04FF]/.test(s);

// One record of each kind: the newest agreement, an event, an actor.
const samples = () => ({
  agreement: data.agreements[0],
  event: data.events.find((e) => e.agreements?.length) ?? data.events[0],
  actor: data.actors.find((a) => a.id === 'eulex') ?? data.actors[0],
});

function routes(lang) {
  const { agreement, event, actor } = samples();
  return [
    `/${lang}/`,
    `/${lang}/agreements/`,
    `/${lang}/agreements/${agreement.id}/`,
    `/${lang}/events/${event.id}/`,
    `/${lang}/actors/${actor.id}/`,
    `/${lang}/glossary/`,
    `/${lang}/about/`,
  ];
}

for (const lang of LANGS) {
  test(`every route in ${lang}: content, title, lang, no console errors, no serious axe violations`, async () => {
    const page = await openPage(browser);
    for (const route of routes(lang)) {
      const response = await page.goto(server.url(route));
      assert.equal(response.status(), 200, `${route} is a real file on a bare static host`);
      await appReady(page);
      const expectedTitle = builtTitle(dir, route);
      assert.equal(await page.title(), expectedTitle, `${route}: the app's title matches the generated page`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${route}: <html lang>`);
      const h1 = (await page.textContent('main h1')).trim();
      assert.ok(expectedTitle.startsWith(h1) || route.endsWith(`/${lang}/`), `${route}: h1 "${h1}" vs title "${expectedTitle}"`);
      assert.equal((await page.textContent('.site-name')).trim(), SITE[lang]);
      const main = await page.textContent('main');
      if (lang === 'sr-Cyrl') {
        assert.ok(hasCyrillic(h1), `${route}: Cyrillic heading, got "${h1}"`);
      } else {
        assert.ok(!hasCyrillic(main), `${route}: no Cyrillic in ${lang}`);
      }
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${route}: axe found ${JSON.stringify(violations, null, 1)}`);
    }
    assert.deepEqual(page.errors, [], 'console errors');
    await page.context().close();
  });
}

test('record pages show their content: agreement facts, provisions with status and sources', async () => {
  const page = await openPage(browser);
  const first = data.agreements.find((a) => a.id === 'first-agreement-2013');
  await page.goto(server.url('/en/agreements/first-agreement-2013/'));
  await appReady(page);
  assert.equal((await page.textContent('main h1')).trim(), first.title.en);
  assert.equal(await page.locator('.provision').count(), 15);
  assert.match(await page.textContent('.facts'), /19 April 2013/);
  assert.ok(await page.locator('.provision .level').count() >= 15, 'each provision shows its level in words');
  assert.ok(await page.locator('section .sources li').count() > 0, 'sources listed');
  // Source links are plain http(s) and open safely.
  for (const link of await page.locator('.sources li > a').all()) {
    assert.match(await link.getAttribute('href'), /^https?:\/\//);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
  // Albanian and Serbian dates.
  await page.goto(server.url('/sq/agreements/first-agreement-2013/'));
  await appReady(page);
  assert.match(await page.textContent('.facts'), /19 prill 2013/);
  await page.goto(server.url('/sr-Cyrl/agreements/first-agreement-2013/'));
  await appReady(page);
  assert.match(await page.textContent('.facts'), /19\. априла 2013\./, 'the genitive after a day');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('filters live in the URL and the language switcher keeps page and query', async () => {
  const page = await openPage(browser);
  const technical = data.agreements.filter((a) => a.phase === 'technical').length;
  const total = data.agreements.length;
  await page.goto(server.url('/en/agreements/?phase=technical'));
  await appReady(page);
  assert.equal(await page.locator('.agreement-card').count(), technical);
  assert.equal((await page.textContent('.count')).trim(), `${technical} of ${total} agreements`);
  assert.equal(await page.inputValue('select[name=phase]'), 'technical');

  // Choosing a theme navigates: the query holds both filters.
  const theme = data.agreements.find((a) => a.phase === 'technical').themes[0];
  await page.selectOption('select[name=theme]', theme);
  await page.waitForURL((u) => u.search.includes(`theme=${theme}`));
  assert.match(page.url(), /phase=technical/);
  const both = data.agreements.filter((a) => a.phase === 'technical' && a.themes.includes(theme)).length;
  const cards = (n) => page.waitForFunction((n) => document.querySelectorAll('.agreement-card').length === n, n);
  await cards(both);

  // Switching language keeps the page and the filters.
  await page.click('.languages a[hreflang=sq]');
  await page.waitForURL(/\/sq\/agreements\//);
  assert.match(page.url(), /phase=technical/);
  assert.match(page.url(), new RegExp(`theme=${theme}`));
  await cards(both);
  assert.equal(await page.getAttribute('html', 'lang'), 'sq');
  assert.equal((await page.textContent('main h1')).trim(), AGREEMENTS.sq);

  // Reset clears them.
  await page.click('a.reset');
  await page.waitForURL((u) => u.search === '');
  await cards(total);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('deep links load directly in every language, and navigation stays in the app', async () => {
  const page = await openPage(browser);
  const { event } = samples();
  for (const lang of LANGS) {
    await page.goto(server.url(`/${lang}/events/${event.id}/`));
    await appReady(page);
    const expected = builtTitle(dir, `/${lang}/events/${event.id}/`);
    assert.ok(expected.startsWith((await page.textContent('main h1')).trim()));
  }
  // A click on an internal link does not reload the page.
  await page.goto(server.url('/en/'));
  await appReady(page);
  await page.evaluate(() => (window.__stillHere = true));
  await page.click('.main-nav a[href$="/en/about/"]');
  await page.waitForURL(/\/en\/about\/$/);
  assert.equal(await page.evaluate(() => window.__stillHere), true, 'client-side navigation');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('unknown paths and ids show a not-found page in the current language, with a way back', async () => {
  const page = await openPage(browser);
  for (const lang of LANGS) {
    for (const route of [`/${lang}/agreements/no-such-agreement/`, `/${lang}/events/no-such-event/`, `/${lang}/no-such-page/`]) {
      const response = await page.goto(server.url(route));
      assert.equal(response.status(), 404, `${route}: the host answers 404`);
      await appReady(page);
      assert.equal((await page.textContent('main h1')).trim(), NOT_FOUND[lang], route);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('.not-found a', 'href'), `/${lang}/`);
    }
  }
  const violations = await axe(page);
  assert.deepEqual(violations, []);
  // The 404 responses themselves are the only console errors allowed.
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await page.context().close();
});

test('a broken dataset shows a clear error in the reader\'s language over the still readable page, and retry recovers', async () => {
  for (const [lang, body, status] of [['en', '{"agreements": [', 200], ['sq', 'not json', 200], ['sr-Cyrl', 'gone', 500]]) {
    const page = await openPage(browser);
    await page.route('**/data/dialogue.*.json', (route) => route.fulfill({ status, contentType: 'application/json', body }));
    await page.goto(server.url(`/${lang}/agreements/`));
    await page.waitForSelector('html[data-app=failed] .load-error', { timeout: 20000 });
    assert.equal((await page.textContent('.load-error h2')).trim(), ERROR_TITLE[lang]);
    assert.equal((await page.textContent('.load-error button')).trim(), RETRY[lang]);
    // The page itself stays readable under the message.
    assert.ok((await page.locator('.agreement-card').count()) > 0);
    assert.deepEqual(await axe(page), []);
    await page.unroute('**/data/dialogue.*.json');
    await page.click('.load-error button');
    await appReady(page);
    assert.ok((await page.locator('.agreement-card').count()) > 0);
    assert.equal(await page.locator('.load-error').count(), 0);
    assert.deepEqual(page.errors.filter((e) => !/500/.test(e)), [], 'no panic, no uncaught error');
    await page.context().close();
  }
});

test('the root sends each visitor to the best language of their browser', async () => {
  for (const [locale, lang] of [['sq-AL', 'sq'], ['sr-RS', 'sr-Cyrl'], ['sr-Latn-RS', 'sr-Latn'], ['de-DE', 'en'], ['en-GB', 'en']]) {
    const page = await openPage(browser, { locale });
    await page.goto(server.url('/'));
    await page.waitForURL(new RegExp(`/${lang}/$`));
    await appReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), lang, locale);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('every record has a generated page with its own title in every language, plus 404.html', () => {
  const check = (route, text) => {
    const title = builtTitle(dir, route);
    assert.ok(title.startsWith(text), `${route}: "${title}" should start with "${text}"`);
  };
  for (const lang of LANGS) {
    // Serbian texts mark `{{spans kept in Latin}}`; the page shows them without the marks.
    const pick = (t) => (lang === 'en' ? t.en : lang === 'sq' ? t.sq : t.sr.replace(/\{\{|\}\}/g, ''));
    for (const a of data.agreements) {
      const route = `/${lang}/agreements/${a.id}/`;
      if (lang === 'sr-Cyrl') assert.ok(hasCyrillic(builtTitle(dir, route)), route);
      else check(route, pick(a.title));
    }
    for (const e of data.events) {
      if (lang !== 'sr-Cyrl') check(`/${lang}/events/${e.id}/`, pick(e.title));
      else assert.ok(fs.existsSync(path.join(dir, lang, 'events', e.id, 'index.html')));
    }
    for (const a of data.actors) assert.ok(fs.existsSync(path.join(dir, lang, 'actors', a.id, 'index.html')));
    for (const p of ['', 'agreements/', 'glossary/', 'about/']) {
      const html = fs.readFileSync(path.join(dir, lang, p, 'index.html'), 'utf8');
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.match(html, /<meta name="description" content="[^"]{20,}">/);
    }
  }
  assert.match(fs.readFileSync(path.join(dir, '404.html'), 'utf8'), /<title>Page not found/);
});

test('keyboard: skip link first, every control reachable, focus visible', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('/en/agreements/'));
  await appReady(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'content', 'the skip link moves the focus to the content');
  // Tab reaches the filters.
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.name === 'phase');
  }
  assert.ok(reached, 'the phase filter is reachable by keyboard');
  await page.context().close();
});

test('at 320 px nothing overflows sideways', async () => {
  const page = await openPage(browser, { viewport: { width: 320, height: 640 } });
  for (const route of ['/sr-Cyrl/', '/sq/agreements/', '/en/agreements/first-agreement-2013/', '/sr-Latn/glossary/', '/sq/timeline/', '/sr-Cyrl/status/', '/en/search/?q=plates']) {
    await page.goto(server.url(route));
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${route} overflows by ${overflow}px`);
  }
  await page.context().close();
});

test('the about page offers the open data, and every download is there', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('/sq/about/'));
  await appReady(page);
  const links = await page.$$eval('.downloads a', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 8);
  const headers = {
    'agreements.csv': 'id,date,phase,kind,adoption,title_en',
    'provisions.csv': 'agreement_id,provision_id,number,party',
    'status-history.csv': 'agreement_id,provision_id,date,level',
    'events.csv': 'id,date,kind,title_en',
  };
  for (const href of links) {
    const response = await page.request.get(server.origin + href);
    assert.equal(response.status(), 200, href);
    const body = await response.text();
    const file = href.split('/').pop();
    if (file.endsWith('.json')) JSON.parse(body);
    else if (file === 'CHANGELOG.md') assert.match(body, /^# Changelog/);
    else if (file === 'feed.xml') assert.match(body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="sq">/);
    else assert.ok(body.startsWith(headers[file]), `${file} header`);
  }
  const events = (await (await page.request.get(server.origin + '/data/events.csv')).text()).trim().split('\r\n');
  assert.ok(events.length > data.events.length, 'one row per event (texts may span lines)');
  await page.context().close();
});

for (const lang of ['sq', 'sr-Cyrl']) {
  test(`without JavaScript in ${lang} the agreement and status pages say they cannot apply their address, and offer a GET form`, async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    for (const [path, form] of [['agreements/?phase=technical', 'form.filters'], ['status/?asof=2016-02-29', 'form.asof']]) {
      await page.goto(server.url(`/${lang}/${path}`));
      const notice = page.locator('noscript .notice');
      assert.ok(await notice.isVisible(), path);
      assert.match(await notice.textContent(), /JavaScript/);
      const base = path.split('/')[0];
      assert.equal(new URL(await notice.locator('a').evaluate((a) => a.href)).pathname, `/${lang}/${base}/`);
      assert.equal(await page.locator(form).getAttribute('method'), 'get');
      assert.ok(await page.locator(`${form} button[type=submit]`).isVisible(), `${path}: an Apply button`);
    }
    await page.context().close();
  });
}
