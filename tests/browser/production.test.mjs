// Production: pages that carry their content before the wasm arrives, a
// Content-Security-Policy, no third-party requests, hostile data shown as
// text, offline use through the service worker, and the open-data files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useSite, openPage, appReady, serve, LANGS } from './harness.mjs';

let site;
useSite('dist', (s) => (site = s));

function htmlFiles(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(full, found);
    else if (entry.name.endsWith('.html')) found.push(full);
  }
  return found;
}

const attr = (html, selector) => html.match(selector)?.[1];

test('every page: a CSP without unsafe-inline, no inline script or style, its own title and Open Graph tags', () => {
  const files = htmlFiles(site.dir);
  assert.ok(files.length > 1000, `${files.length} pages`);
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const name = path.relative(site.dir, file);
    const csp = attr(html, /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    assert.ok(csp, `${name}: CSP`);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"), `${name}: ${csp}`);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.match(csp, /default-src 'self'/);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), `${name}: CSP before any script`);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${name}: inline script`);
    assert.doesNotMatch(html, /\sstyle="/, `${name}: inline style`);
    assert.doesNotMatch(html, /\son[a-z]+="/, `${name}: inline event handler`);
    if (name === '404.html') continue;
    const title = attr(html, /<title>([^<]*)<\/title>/);
    assert.equal(attr(html, /<meta property="og:title" content="([^"]*)">/), title, name);
    assert.ok(attr(html, /<meta name="description" content="([^"]+)">/), `${name}: description`);
    assert.ok(attr(html, /<meta property="og:description" content="([^"]+)">/), `${name}: og:description`);
    const ogUrl = attr(html, /<meta property="og:url" content="([^"]+)">/);
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)">/);
    assert.ok(ogUrl?.startsWith('http') && ogUrl === canonical, `${name}: og:url ${ogUrl} vs ${canonical}`);
  }
  // Each record page says what it is about, in its own language.
  const event = site.data.events[0];
  const sq = fs.readFileSync(path.join(site.dir, 'sq/events', event.id, 'index.html'), 'utf8');
  assert.ok(sq.includes(`<meta property="og:title" content="${event.title.sq.replace(/"/g, '&quot;')}`));
  assert.match(sq, /<meta property="og:type" content="article">/);
  const description = attr(sq, /<meta name="description" content="([^"]+)">/);
  assert.ok(event.summary.sq.startsWith(description.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/…$/, '').slice(0, 60)),
    `the event's own summary as description: ${description}`);
});

const routesFor = (data) => {
  const agreement = data.agreements.find((a) => a.provisions.length > 2);
  return { agreement, event: data.events[0], actor: data.actors[0] };
};

test('content before code: with JavaScript off every kind of page shows its content, in every language', async () => {
  const { agreement, event, actor } = routesFor(site.data);
  const page = await openPage(site.browser, { javaScriptEnabled: false });
  for (const lang of LANGS) {
    const routes = ['/', '/agreements/', `/agreements/${agreement.id}/`, `/events/${event.id}/`, `/actors/${actor.id}/`,
      '/timeline/', '/status/', '/glossary/', '/about/', '/search/'];
    for (const route of routes) {
      await page.goto(site.server.url(`/${lang}${route}`));
      const h1 = (await page.textContent('main h1')).trim();
      const title = await page.title();
      assert.ok(h1.length > 0 && title.startsWith(h1.slice(0, 20)), `${lang}${route}: h1 "${h1}" vs title "${title}"`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
    }
    await page.goto(site.server.url(`/${lang}/agreements/${agreement.id}/`));
    assert.equal(await page.locator('li.provision').count(), agreement.provisions.length, `${lang}: provisions`);
    const links = await page.$$eval('.sources li > a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    assert.ok(links.length > 0);
    for (const [href, rel] of links) {
      assert.match(href, /^https?:\/\//);
      assert.equal(rel, 'noopener noreferrer');
    }
    await page.goto(site.server.url(`/${lang}/`));
    assert.equal(await page.locator('.event-list li').count(), 5, `${lang}: latest events on the home page`);
    // The timeline's overview bars have their heights without the app: one per
    // year, the busiest year full height.
    await page.goto(site.server.url(`/${lang}/timeline/`));
    const years = new Set([...site.data.events, ...site.data.agreements].map((r) => r.date.slice(0, 4)));
    const heights = await page.$$eval('.strip-bars rect', (rs) => rs.map((r) => r.getBoundingClientRect().height / r.ownerSVGElement.getBoundingClientRect().height));
    assert.equal(heights.length, years.size, `${lang}: a bar per year`);
    assert.ok(heights.every((h) => h > 0) && Math.max(...heights) > 0.99, `${lang}: bar heights ${heights.map((h) => h.toFixed(2))}`);
  }
  await page.context().close();
});

test('the app takes over the pre-rendered page without a visible jump', async () => {
  const { agreement } = routesFor(site.data);
  for (const route of ['/en/', `/sq/agreements/${agreement.id}/`, '/sr-Cyrl/status/']) {
    const page = await openPage(site.browser, { viewport: { width: 1000, height: 800 } });
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    await page.route('**/*_bg.wasm', async (r) => {
      await gate;
      await r.continue();
    });
    await page.goto(site.server.url(route));
    await page.waitForSelector('main h1');
    const snapshot = () => page.evaluate(() => {
      const box = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
      return {
        live: document.documentElement.dataset.app === 'live',
        h1: box(document.querySelector('main h1')),
        main: document.querySelector('main').innerText,
        header: box(document.querySelector('header')),
      };
    });
    const before = await snapshot();
    assert.equal(before.live, false, `${route}: the page is still the pre-rendered one`);
    release();
    await appReady(page);
    const after = await snapshot();
    assert.equal(after.main, before.main, `${route}: same text`);
    assert.deepEqual(after.h1, before.h1, `${route}: heading in the same place`);
    assert.deepEqual(after.header, before.header, `${route}: header in the same place`);
    assert.deepEqual(page.errors, [], route);
    await page.context().close();
  }
});

test('every request goes to the site itself: no fonts, analytics or CDNs', async () => {
  const { agreement, event } = routesFor(site.data);
  const page = await openPage(site.browser);
  const requests = [];
  page.context().on('request', (r) => requests.push(r.url()));
  for (const route of ['/', '/en/', `/sq/agreements/${agreement.id}/`, `/sr-Latn/events/${event.id}/`,
    '/sr-Cyrl/timeline/', '/en/status/', '/sq/search/?q=energji', '/en/glossary/', '/en/about/']) {
    await page.goto(site.server.url(route));
    await appReady(page);
  }
  await page.click('a[href$="/en/agreements/"]');
  await page.waitForSelector('main li a');
  const own = new URL(site.server.origin).origin;
  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== own);
  assert.ok(requests.length > 10, `${requests.length} requests seen`);
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The real dataset with hostile strings in the texts readers see. */
function hostileDataset(data) {
  const copy = structuredClone(data);
  const script = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">';
  const long = 'Ndërkombëtare'.repeat(400); // one 5,200-letter word
  const rtl = '\u202Eevil\u202C \u200Fمرحبا\u200F';
  const event = copy.events[0];
  event.title.en = script;
  event.summary.en = `${long} ${rtl}`;
  const agreement = copy.agreements[0];
  agreement.title.en = `${rtl} <b>bold</b>`;
  agreement.summary.en = long;
  const source = copy.sources.find((s) => event.sources.includes(s.id));
  source.title = '<a href="javascript:window.__pwned = 1">click me</a>';
  source.publisher = script;
  return { copy, script, long, rtl, event, agreement };
}

test('hostile strings in the dataset are shown as text, never run, and long words do not break the layout', async () => {
  const { copy, script, rtl, event, agreement } = hostileDataset(site.data);
  // Service workers blocked: page.route cannot see the requests they make.
  const page = await openPage(site.browser, { viewport: { width: 320, height: 700 }, serviceWorkers: 'block' });
  await page.route('**/data/dialogue.*.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(copy) }));
  await page.goto(site.server.url(`/en/events/${event.id}/`));
  await appReady(page);
  assert.equal((await page.textContent('main h1')).trim(), script);
  assert.equal(await page.locator('main img, main script, main b').count(), 0);
  const sourceLinks = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(sourceLinks.every((href) => !/^\s*javascript:/i.test(href)), sourceLinks.join(' '));
  assert.ok((await page.textContent('main')).includes('<a href="javascript:window.__pwned = 1">click me</a>'), 'source title as text');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'no sideways scrolling at 320 px');
  await page.goto(site.server.url('/en/agreements/'));
  await appReady(page);
  assert.ok((await page.textContent('main')).includes(rtl), 'right-to-left marks kept as text');
  assert.equal(await overflow(), 0);
  await page.goto(site.server.url(`/en/agreements/${agreement.id}/`));
  await appReady(page);
  assert.equal(await overflow(), 0);
  await page.goto(site.server.url('/en/search/?q=script'));
  await appReady(page);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.errors.filter((e) => !e.includes('Failed to load resource')), []);
  await page.context().close();
});

test('a source address that is not http(s) is refused by the app as it is by the build', async () => {
  const copy = structuredClone(site.data);
  const event = copy.events.find((e) => e.sources.length > 0);
  copy.sources.find((s) => s.id === event.sources[0]).url = 'javascript:window.__pwned = 1';
  const page = await openPage(site.browser, { serviceWorkers: 'block' });
  await page.route('**/data/dialogue.*.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(copy) }));
  await page.goto(site.server.url(`/en/events/${event.id}/`));
  await page.waitForSelector('html[data-app=failed] .load-error[role=alert]');
  assert.match(await page.textContent('[role=alert] .detail'), /not a plain http\(s\) address/);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.context().close();
});

test('on a dropped connection the app tries again, and the page stays readable meanwhile', async () => {
  const page = await openPage(site.browser, { serviceWorkers: 'block' });
  let attempts = 0;
  await page.route('**/data/dialogue.*.json', (r) => (++attempts <= 2 ? r.abort('connectionreset') : r.continue()));
  await page.goto(site.server.url('/sq/agreements/'));
  await page.waitForFunction(() => document.querySelectorAll('main li').length > 0);
  await page.waitForTimeout(1000);
  assert.equal(await page.getAttribute('html', 'data-app'), null, 'still the pre-rendered page');
  assert.equal(await page.locator('.load-error').count(), 0);
  await appReady(page);
  assert.equal(attempts, 3);
  assert.equal(await page.locator('.load-error').count(), 0);
  assert.equal(await page.locator('.agreement-list > li.agreement-card').count(), site.data.agreements.length);
  await page.context().close();
});

/** Polls `predicate` (which may be async) in the page until it holds; on
 * timeout the error carries what `describe` (evaluated in the page) reports. */
async function until(page, predicate, timeout = 20000, describe = null) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) {
      const state = describe ? JSON.stringify(await page.evaluate(describe)) : '';
      throw new Error(`timed out waiting for ${predicate} ${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('offline: after one visit the site works without a network, and a new deploy brings its new dataset', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogue-offline-'));
  fs.cpSync(site.dir, dir, { recursive: true });
  // Offline is the server gone (connections refused), then back on its port.
  let server = await serve(dir);
  const port = server.port;
  const page = await openPage(site.browser);
  const context = page.context();
  const cited = site.data.events.find((e) => e.sources.length > 0);
  const storedData = () => page.evaluate(async () =>
    (await (await caches.open((await caches.keys())[0])).keys()).map((r) => r.url).filter((u) => u.includes('/data/'))
      .map((u) => u.replace(/^.*\/data\//, '').replace(/[0-9a-f]{16}/, 'HASH')).sort());
  try {
    await page.goto(server.url('/en/'));
    await appReady(page);
    await until(page, () => navigator.serviceWorker.controller !== null);
    // The page fetched its dataset before the worker ran, and has asked it to keep it.
    await until(page, async () => (await caches.keys()).length === 1
      && (await (await caches.open((await caches.keys())[0])).keys()).some((r) => /\/data\/dialogue\.en\.[0-9a-f]{16}\.json$/.test(r.url)));

    await server.close();
    await page.reload();
    await appReady(page);
    assert.match(await page.textContent('main h1'), /Kosovo–Serbia dialogue/);
    // The home page cites nothing, so no sources were loaded or stored.
    assert.deepEqual(await storedData(), ['dialogue.en.HASH.json']);
    // A page never visited: the cached app draws it from the cached dataset.
    await page.goto(server.url('/en/agreements/'));
    await appReady(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Agreements');
    assert.equal(await page.locator('.agreement-list > li.agreement-card').count(), site.data.agreements.length);

    // Only the English texts were stored, not every language's file.
    assert.deepEqual(await storedData(), ['dialogue.en.HASH.json']);

    // A page that cites sources, first opened online, keeps them for offline
    // reading (a new context: the page fetched them before its worker ran).
    server = await serve(dir, '/', { port });
    const first = await openPage(site.browser);
    await first.goto(server.url(`/en/events/${cited.id}/`));
    await appReady(first);
    await until(first, () => navigator.serviceWorker.controller !== null);
    await until(first, async () => (await (await caches.open((await caches.keys())[0])).keys())
      .some((r) => /\/data\/sources\.[0-9a-f]{16}\.json$/.test(r.url)));
    await server.close();
    await first.reload();
    await appReady(first);
    await first.waitForSelector(`#source-${cited.sources[0]}`);
    assert.equal(await first.locator('.sources-note').count(), 0);
    await first.context().close();

    // Redeploy with changed English texts under a new hash.
    server = await serve(dir, '/', { port });
    const oldName = fs.readdirSync(path.join(dir, 'data')).find((f) => /^dialogue\.en\.[0-9a-f]+\.json$/.test(f));
    const newName = 'dialogue.en.00000000000000aa.json';
    const changed = JSON.parse(fs.readFileSync(path.join(dir, 'data', oldName), 'utf8'));
    assert.equal(changed.texts_only_in, 'en');
    const index = changed.events.findIndex((e) => e.id === cited.id);
    assert.equal(changed.events[index].title.sq, undefined, 'the English file carries English texts only');
    changed.events[index].title.en = 'Title from the new deploy';
    fs.writeFileSync(path.join(dir, 'data', newName), JSON.stringify(changed));
    fs.rmSync(path.join(dir, 'data', oldName));
    for (const file of [...htmlFiles(dir), path.join(dir, 'sw.js')]) {
      let text = fs.readFileSync(file, 'utf8').replaceAll(oldName, newName);
      if (file.endsWith('sw.js')) {
        // The one line the build writes before src/bin/site/sw.js: the new deploy's version.
        const [first, ...rest] = text.split('\n');
        const config = JSON.parse(first.match(/^const CONFIG = (\{.*\});$/)[1]);
        assert.match(config.version, /^[0-9a-f]{16}$/);
        text = [`const CONFIG = ${JSON.stringify({ ...config, version: '00000000000000aa' })};`, ...rest].join('\n');
      }
      fs.writeFileSync(file, text);
    }
    // The worker's states, as the browser reports them to devtools, seen from
    // a page outside the site (one inside would keep the old worker in use).
    const watcher = await context.newPage();
    const cdp = await context.newCDPSession(watcher);
    const workers = new Map();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.forEach((v) => workers.set(v.versionId, v.status)));
    await cdp.send('ServiceWorker.enable');

    await page.goto(server.url(`/en/events/${cited.id}/`));
    await appReady(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Title from the new deploy', 'online after the deploy');
    // The visit found the new worker, which waits while this tab uses the old
    // one. The old one keeps what this page loaded, the new dataset among it.
    await until(page, async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null
      && (await caches.match(new URL('data/dialogue.en.00000000000000aa.json', document.baseURI).href)) !== undefined,
    20000, async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const stores = {};
      for (const key of await caches.keys()) stores[key] = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname);
      return { stores, waiting: registration?.waiting?.state ?? null, active: registration?.active?.state ?? null };
    });
    await page.waitForSelector(`#source-${cited.sources[0]}`);
    await server.close();
    await page.reload();
    await appReady(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Title from the new deploy', 'offline after the deploy');
    await page.waitForSelector(`#source-${cited.sources[0]}`);

    // With the tab closed, the new worker takes over: it holds the new files
    // (the new English dataset, since the old worker held English, and the
    // sources this page loaded meanwhile) and drops the old cache.
    await page.close();
    const takenOver = () => {
      const states = [...workers.values()];
      return states.filter((s) => s === 'activated').length === 1 && states.includes('redundant')
        && !states.some((s) => ['installing', 'installed', 'activating'].includes(s));
    };
    const end = Date.now() + 20000;
    while (!takenOver()) {
      if (Date.now() > end) throw new Error(`the new worker did not take over: ${[...workers.values()]}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Still offline. The new worker has not stored this page: the app draws it from the home page.
    const next = await context.newPage();
    await next.goto(server.url(`/en/events/${cited.id}/`));
    await appReady(next);
    assert.equal((await next.textContent('main h1')).trim(), 'Title from the new deploy', 'offline after the takeover');
    await next.waitForSelector(`#source-${cited.sources[0]}`);
    assert.equal(await next.evaluate(async () => (await caches.keys()).join()), 'dialogue-00000000000000aa');
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('open data: sitemap with every route and its alternates, Atom feeds, robots.txt, manifests, CITATION.cff', async () => {
  const { dir, data } = site;
  const sitemap = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  // Home, agreements, timeline, status, search, glossary, about, guides, topics; then one per record.
  const pages = 9 + data.agreements.length + data.events.length + data.actors.length + data.guides.length + data.themes.length;
  assert.equal((sitemap.match(/<url>/g) ?? []).length, pages * LANGS.length);
  assert.equal((sitemap.match(/<xhtml:link /g) ?? []).length, pages * LANGS.length * LANGS.length);
  assert.ok(sitemap.includes(`/sr-Cyrl/events/${data.events[0].id}/</loc>`));
  assert.match(fs.readFileSync(path.join(dir, 'robots.txt'), 'utf8'), /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  assert.match(fs.readFileSync(path.join(dir, 'CITATION.cff'), 'utf8'), /^cff-version: 1\.2\.0$/m);

  // The feeds parse as XML, in every language.
  const page = await openPage(site.browser);
  await page.goto(site.server.url('/en/about/'));
  for (const lang of LANGS) {
    const xml = fs.readFileSync(path.join(dir, lang, 'feed.xml'), 'utf8');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        entries: doc.querySelectorAll('entry').length,
        ids: new Set([...doc.querySelectorAll('entry > id')].map((e) => e.textContent)).size,
        lang: doc.documentElement.getAttribute('xml:lang'),
        first: doc.querySelector('entry > title')?.textContent,
      };
    }, xml);
    assert.equal(feed.error, null, lang);
    assert.equal(feed.lang, lang);
    assert.ok(feed.entries >= 30 && feed.ids === feed.entries, `${lang}: ${feed.entries} entries, unique ids`);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, lang, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.start_url, `/${lang}/`);
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
    for (const icon of manifest.icons) assert.ok(fs.existsSync(path.join(dir, icon.src)), icon.src);
  }
  // The root feed is the English one, linking to itself.
  assert.match(fs.readFileSync(path.join(dir, 'feed.xml'), 'utf8'), /<link rel="self" type="application\/atom\+xml" href="https?:\/\/[^"]+\/feed\.xml"\/>/);
  // The newest event heads the English feed.
  const newest = [...data.events].sort((a, b) => b.date.localeCompare(a.date))[0];
  assert.ok(fs.readFileSync(path.join(dir, 'en/feed.xml'), 'utf8').includes(`urn:dialogue-explorer:event:${newest.id}`));
  await page.context().close();
});
