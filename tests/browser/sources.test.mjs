// Sources kept apart: the one-language dataset files leave the sources out.
// A page that cites none (the home page) never loads them; a page that does
// loads them alongside the dataset and shows the same list as its
// pre-rendered copy; the first in-app visit to such a page fetches them once;
// and if they cannot be had, the page says so in its language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, appReady, useSite } from './harness.mjs';

let site;
useSite('dist', (s) => (site = s));

const SOURCES = /\/data\/sources\.[0-9a-f]{16}\.json$/;
const dataRequests = (page) => {
  const seen = [];
  page.on('request', (r) => r.url().includes('/data/') && seen.push(r.url().replace(/^.*\/data\//, '').replace(/[0-9a-f]{16}/, 'H')));
  return seen;
};
const sourceIds = (page) => page.locator('ol.sources > li').evaluateAll((items) => items.map((li) => li.id));

test('the home page loads no sources; the first agreement opened from it fetches them once and lists them', async () => {
  const page = await openPage(site.browser, { serviceWorkers: 'block' });
  const requests = dataRequests(page);
  await page.goto(site.server.url('/en/'));
  await appReady(page);
  assert.deepEqual(requests, ['dialogue.en.H.json'], 'the English texts, no sources');
  assert.equal(await page.locator('.sources-note').count(), 0);
  // The figure still counts every source.
  assert.match(await page.textContent('main'), new RegExp(`${site.data.sources.length}`));

  // The list of agreements cites none either.
  await page.click('.main-nav a[href$="/en/agreements/"]');
  await page.waitForSelector('main h1');
  const agreement = site.data.agreements.find((a) => a.sources.length > 0);
  await page.click(`main a[href$="/en/agreements/${agreement.id}/"]`);
  await page.waitForSelector(`#source-${agreement.sources[0]}`);
  assert.deepEqual(requests, ['dialogue.en.H.json', 'sources.H.json']);
  // The agreement's own sources first, in the order it cites them (those
  // that are also its documents are listed under the documents), then what
  // its provisions cite; each source once on the page.
  const own = await page.locator('#sources-heading + ol.sources > li').evaluateAll((items) => items.map((li) => li.id));
  const expected = agreement.sources.filter((id) => !(agreement.documents ?? []).includes(id)).map((id) => `source-${id}`);
  assert.deepEqual(own.slice(0, expected.length), expected);
  const everyId = await page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual(everyId.filter((id, i) => everyId.indexOf(id) !== i), [], 'no id twice on the page');
  assert.equal(await page.locator('.sources-note').count(), 0);

  // Another page that cites: no second request.
  await page.goBack();
  const other = site.data.agreements.find((a) => a.id !== agreement.id && a.sources.length > 0);
  await page.click(`main a[href$="/en/agreements/${other.id}/"]`);
  await page.waitForSelector(`#source-${other.sources[0]}`);
  assert.deepEqual(requests, ['dialogue.en.H.json', 'sources.H.json'], 'fetched once');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a page that cites sources loads them with its dataset and the live page lists the same ones', async () => {
  for (const lang of ['sq', 'sr-Cyrl']) {
    const page = await openPage(site.browser, { serviceWorkers: 'block', javaScriptEnabled: false });
    const event = site.data.events.find((e) => e.sources.length > 1);
    await page.goto(site.server.url(`/${lang}/events/${event.id}/`));
    const prerendered = await sourceIds(page);
    assert.ok(prerendered.length >= event.sources.length, `${lang}: the pre-rendered page lists the sources`);
    await page.context().close();

    const live = await openPage(site.browser, { serviceWorkers: 'block' });
    const requests = dataRequests(live);
    await live.goto(site.server.url(`/${lang}/events/${event.id}/`));
    await appReady(live);
    assert.deepEqual(requests.sort(), [`dialogue.${lang.slice(0, 2)}.H.json`, 'sources.H.json']);
    assert.deepEqual(await sourceIds(live), prerendered, `${lang}: the same list, no loading line`);
    assert.equal(await live.locator('.sources-note').count(), 0);
    assert.deepEqual(live.errors, []);
    await live.context().close();
  }
});

test('when the sources cannot be loaded, the page says so in its language and the next page asks again', async () => {
  const page = await openPage(site.browser, { serviceWorkers: 'block' });
  const requests = dataRequests(page);
  await page.route(SOURCES, (route) => route.abort('connectionreset'));
  await page.goto(site.server.url('/sr-Cyrl/agreements/'));
  await appReady(page);
  const agreement = site.data.agreements.find((a) => a.sources.length > 0);
  await page.click(`main a[href$="/sr-Cyrl/agreements/${agreement.id}/"]`);
  await page.waitForFunction(() => /нису учитани/.test(document.querySelector('.sources-note')?.textContent ?? ''));
  // The rest of the page is there.
  assert.ok((await page.locator('.provision').count()) > 0);

  await page.unroute(SOURCES);
  await page.click('.main-nav a[href$="/sr-Cyrl/agreements/"]');
  const other = site.data.agreements.find((a) => a.id !== agreement.id && a.sources.length > 0);
  await page.click(`main a[href$="/sr-Cyrl/agreements/${other.id}/"]`);
  await page.waitForSelector(`#source-${other.sources[0]}`);
  assert.equal(await page.locator('.sources-note').count(), 0);
  assert.equal(requests.filter((r) => r === 'sources.H.json').length, 2, 'asked again after the failure');
  await page.context().close();
});

test('a sources file with an address that is not http(s) is refused whole, never linked', async () => {
  const page = await openPage(site.browser, { serviceWorkers: 'block' });
  const sources = structuredClone(site.data.sources);
  const agreement = site.data.agreements.find((a) => a.sources.length > 0);
  sources.find((s) => s.id === agreement.sources[0]).url = 'javascript:window.__pwned = 1';
  await page.route(SOURCES, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(sources) }));
  await page.goto(site.server.url('/sq/agreements/'));
  await appReady(page);
  await page.click(`main a[href$="/sq/agreements/${agreement.id}/"]`);
  await page.waitForFunction(() => /nuk u ngarkuan/.test(document.querySelector('.sources-note')?.textContent ?? ''));
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.context().close();
});

test('a source cited in several places is one numbered entry that the citations link to and that names its places', async () => {
  // The agreement whose provisions cite one source most often.
  const timesCited = (a) => {
    const counts = new Map();
    for (const p of a.provisions) for (const entry of p.status) {
      for (const id of [...entry.sources, ...(entry.claims ?? []).flatMap((c) => c.sources)]) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].sort((x, y) => y[1] - x[1])[0] ?? ['', 0];
  };
  const agreement = [...site.data.agreements].sort((a, b) => timesCited(b)[1] - timesCited(a)[1])[0];
  const [source, times] = timesCited(agreement);
  assert.ok(times > 1, `some agreement cites a source more than once (${agreement.id}: ${source} ${times}×)`);
  for (const [lang, javaScriptEnabled] of [['en', false], ['sr-Cyrl', true]]) {
    const page = await openPage(site.browser, { serviceWorkers: 'block', javaScriptEnabled });
    await page.goto(site.server.url(`/${lang}/agreements/${agreement.id}/`));
    if (javaScriptEnabled) await appReady(page);
    await page.waitForSelector(`#source-${source}`);
    assert.equal(await page.locator(`[id="source-${source}"]`).count(), 1, `${lang}: one entry`);
    // Every citation mark points at an entry on this page, by its number.
    const marks = await page.locator('a.cite').evaluateAll((as) => as.map((a) => [new URL(a.href).pathname, new URL(a.href).hash, a.textContent.trim()]));
    assert.ok(marks.length >= times, `${lang}: ${marks.length} citation marks`);
    const numbers = await page.locator('ol.sources.references > li').evaluateAll((items) => items.map((li) => li.id));
    for (const [pathname, hash, text] of marks) {
      assert.equal(pathname, `/${lang}/agreements/${agreement.id}/`, 'a mark stays on the page');
      const n = numbers.indexOf(hash.slice(1));
      assert.ok(n >= 0, `${lang}: ${hash} is listed`);
      assert.ok(text.startsWith(`[${n + 1}] `), `${lang}: ${hash} is number ${n + 1}: ${text}`);
    }
    // The entry names the provisions that cite it, and links to them.
    const places = await page.locator(`#source-${source} .cited-in a`).evaluateAll((as) => as.map((a) => new URL(a.href).hash));
    assert.ok(places.length >= 1 && places.every((h) => h.startsWith('#provision-')), `${lang}: ${places}`);
    for (const hash of places) assert.equal(await page.locator(hash).count(), 1, `${lang}: ${hash} exists`);
    // Following a mark lands on the entry.
    const mark = page.locator(`a.cite[href$="#source-${source}"]`).first();
    await mark.evaluate((a) => a.closest('details')?.setAttribute('open', ''));
    await mark.click();
    await page.waitForFunction((id) => location.hash === `#source-${id}`, source);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
