// The release build's wasm is split by route (src/routes/chunks.rs,
// tools/split-wasm.sh): a page fetches the main module and its own route
// group's code. What a reader must not notice: every route in every
// language on a cold load and by in-app navigation from every other route,
// the current page kept while the next one's code arrives, a failed chunk
// shown as the load error with a retry, and offline use after one visit.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, appReady, serve, LANGS, NOT_FOUND, useSite } from './harness.mjs';

let site = {};
useSite('dist', (s) => (site = s));

const CODE_ERROR = {
  en: "This page's part of the app could not be loaded",
  sq: 'Pjesa e aplikacionit për këtë faqe nuk u ngarkua',
  'sr-Latn': 'Deo aplikacije za ovu stranicu nije mogao da se učita',
  'sr-Cyrl': 'Део апликације за ову страницу није могао да се учита',
};
const MISSING = 'no-such-page';

/** One address of every route, below the language. */
function routes() {
  const { agreements, events, actors, guides, themes } = site.data;
  return [
    '', 'agreements/', `agreements/${agreements[0].id}/`, `events/${events[0].id}/`, `actors/${actors[0].id}/`,
    'timeline/', 'search/', 'status/', 'glossary/', 'about/', 'guides/', `guides/${guides[0].id}/`,
    'themes/', `themes/${themes[0].id}/`, `${MISSING}/`,
  ];
}

const squash = (s) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/\s+/g, ' ').trim();

/** The heading the build pre-rendered for `/lang/route`: what the live page must show. */
function heading(lang, route) {
  if (route === `${MISSING}/`) return NOT_FOUND[lang];
  const html = fs.readFileSync(path.join(site.dir, lang, route, 'index.html'), 'utf8');
  const match = html.match(/<main[^>]*>[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/);
  assert.ok(match, `${lang}/${route}: no pre-rendered <h1>`);
  return squash(match[1]);
}

const liveHeading = (page) => page.evaluate(() => (document.querySelector('main h1')?.textContent ?? '').replace(/\s+/g, ' ').trim());

async function waitForHeading(page, expected, where) {
  try {
    await page.waitForFunction((text) => (document.querySelector('main h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() === text,
      expected, { timeout: 15000 });
  } catch {
    assert.fail(`${where}: expected the heading "${expected}", the page shows "${await liveHeading(page)}"`);
  }
}

/** The route chunks (`split_<group>-<hash>.wasm`) a page requested. */
function chunkRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (/^split_/.test(name)) seen.push(name.replace(/-[0-9a-f]{16}\.wasm$/, ''));
  });
  return seen;
}

/** Follows a link inside the app, as a reader's click does. */
function clickLink(page, href) {
  return page.evaluate((target) => {
    const link = document.createElement('a');
    link.href = target;
    link.textContent = 'next';
    document.querySelector('main').append(link);
    link.click();
    link.remove();
  }, href);
}

/** An order of visits that moves once from every route to every other one
 * (an Eulerian circuit of the complete directed graph on the routes). */
function everyMove(count) {
  const unused = Array.from({ length: count }, (_, from) => Array.from({ length: count }, (_, to) => to).filter((to) => to !== from));
  const stack = [0];
  const circuit = [];
  while (stack.length) {
    const at = stack[stack.length - 1];
    if (unused[at].length) stack.push(unused[at].pop());
    else circuit.push(stack.pop());
  }
  return circuit.reverse();
}

const unexpected = (errors) => errors.filter((e) => !/status of 404/.test(e));

test('the build is split: the main module plus one code file per route group, all content-hashed', () => {
  const files = fs.readdirSync(site.dir);
  const groups = files.filter((f) => /^split_[a-z_]+-[0-9a-f]{16}\.wasm$/.test(f));
  assert.ok(groups.length >= 5, `route groups: ${groups}`);
  assert.equal(files.filter((f) => /^dialogue-explorer-[0-9a-f]{16}_bg\.wasm$/.test(f)).length, 1);
  assert.equal(files.filter((f) => /^__wasm_split-[0-9a-f]{16}\.js$/.test(f)).length, 1);
  assert.deepEqual(files.filter((f) => f.endsWith('.wasm') && !/-[0-9a-f]{16}(_bg)?\.wasm$/.test(f)), [], 'unhashed wasm');
});

for (const lang of LANGS) {
  test(`every route in ${lang} on a cold load draws from its own route group's code`, async () => {
    for (const route of routes()) {
      const page = await openPage(site.browser, { serviceWorkers: 'block' });
      const chunks = chunkRequests(page);
      await page.goto(site.server.url(`/${lang}/${route}`));
      await appReady(page);
      await waitForHeading(page, heading(lang, route), `cold /${lang}/${route}`);
      assert.equal(chunks.length, 1, `/${lang}/${route} fetched the code of ${chunks.join(', ')}`);
      assert.equal(await page.locator('.load-error').count(), 0);
      assert.deepEqual(unexpected(page.errors), [], `/${lang}/${route}: console errors`);
      await page.context().close();
    }
  });

  test(`in ${lang}, in-app navigation reaches every route from every other route`, async () => {
    const all = routes();
    const order = everyMove(all.length);
    const page = await openPage(site.browser, { serviceWorkers: 'block' });
    await page.goto(site.server.url(`/${lang}/${all[order[0]]}`));
    await appReady(page);
    await page.evaluate(() => (window.__sameDocument = true));
    for (let i = 1; i < order.length; i++) {
      const [from, to] = [all[order[i - 1]], all[order[i]]];
      await clickLink(page, site.server.url(`/${lang}/${to}`));
      await waitForHeading(page, heading(lang, to), `/${lang}/${from} → /${lang}/${to}`);
      assert.equal(await page.locator('.load-error').count(), 0, `/${lang}/${from} → /${lang}/${to}: load error`);
    }
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'every move stayed in the app');
    assert.deepEqual(unexpected(page.errors), [], 'console errors');
    await page.context().close();
  });
}

/** What the page served at `/lang/route` names in `<meta name=…>` (an
 * unknown address gets 404.html). */
function metaOf(lang, route, name) {
  const file = route === `${MISSING}/` ? '404.html' : path.join(lang, route, 'index.html');
  const html = fs.readFileSync(path.join(site.dir, file), 'utf8');
  const match = html.match(new RegExp(`<meta name="${name}" content="([^"]*)">`));
  assert.ok(match, `${lang}/${route}: no <meta name="${name}">`);
  return match[1];
}

test('a page asks for its wasm, its dataset and its own code at once, and for each file once', async () => {
  const mainWasm = fs.readdirSync(site.dir).find((f) => /^dialogue-explorer-[0-9a-f]{16}_bg\.wasm$/.test(f));
  for (const lang of LANGS) {
    for (const route of ['', 'agreements/', 'timeline/', `${MISSING}/`]) {
      const where = `/${lang}/${route}`;
      const code = metaOf(lang, route, 'app-code').split(' ');
      assert.ok(code.some((f) => /\/split_[a-z_]+-[0-9a-f]{16}\.wasm$/.test(f)), `${where}: app-code names no route group: ${code}`);
      const wanted = [`/${mainWasm}`, metaOf(lang, route, 'dataset'), ...code];
      const page = await openPage(site.browser, { serviceWorkers: 'block' });
      const requested = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      // The main module held back: whatever else arrives meanwhile was asked
      // for alongside it, not after it had started.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/\/dialogue-explorer-[0-9a-f]{16}_bg\.wasm$/, async (r) => {
        await held;
        await r.continue();
      });
      await page.goto(site.server.url(where));
      try {
        await page.waitForFunction((files) => files.every((f) => performance.getEntriesByType('resource')
          .some((e) => new URL(e.name).pathname === f)), wanted.slice(1), { timeout: 15000 });
      } catch {
        assert.fail(`${where}: while the main module was on its way, only these arrived: ${[...new Set(requested)].join(', ')}`);
      }
      release();
      await appReady(page);
      for (const file of wanted) {
        const times = requested.filter((p) => p === file).length;
        assert.equal(times, 1, `${where}: ${file} requested ${times} times`);
      }
      assert.deepEqual(unexpected(page.errors), [], `${where}: console errors`);
      await page.context().close();
    }
  }
});

test('moving to a page whose code has not arrived keeps the current page until it has', async () => {
  const page = await openPage(site.browser, { serviceWorkers: 'block' });
  await page.goto(site.server.url('/en/'));
  await appReady(page);
  const home = await liveHeading(page);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/split_status-*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const requested = page.waitForRequest(/\/split_status-[0-9a-f]{16}\.wasm$/);
  await clickLink(page, site.server.url('/en/status/'));
  await requested;
  await page.waitForTimeout(500);
  assert.equal(await liveHeading(page), home, 'the home page stays while the status code is on its way');
  assert.equal(await page.locator('main .loading, main .load-error').count(), 0, 'no empty, loading or failed page meanwhile');
  release();
  await waitForHeading(page, heading('en', 'status/'), 'after the code arrived');
  await page.waitForURL(/\/en\/status\/$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a route chunk that cannot be fetched shows the load error with a retry, in every language', async () => {
  for (const lang of LANGS) {
    // On a cold load: the pre-rendered page stays readable under the message.
    const page = await openPage(site.browser, { serviceWorkers: 'block' });
    await page.route('**/split_status-*.wasm', (route) => route.abort());
    await page.goto(site.server.url(`/${lang}/status/`));
    await page.waitForSelector('html[data-app=failed] .load-error', { timeout: 30000 });
    assert.equal((await page.textContent('.load-error h2')).trim(), CODE_ERROR[lang]);
    assert.equal(await liveHeading(page), heading(lang, 'status/'), 'the pre-rendered page is still there');
    await page.unroute('**/split_status-*.wasm');
    await page.click('.load-error button');
    await appReady(page);
    await waitForHeading(page, heading(lang, 'status/'), `/${lang}/status/ after the retry`);
    assert.equal(await page.locator('.load-error').count(), 0);

    // By in-app navigation: the message in place of the page, never a panic.
    await page.route('**/split_records-*.wasm', (route) => route.abort());
    await clickLink(page, site.server.url(`/${lang}/agreements/`));
    await page.waitForSelector('main .load-error', { timeout: 30000 });
    assert.equal((await page.textContent('main .load-error h2')).trim(), CODE_ERROR[lang]);
    const errors = page.errors.filter((e) => !/Failed to load resource|TypeError: Failed to fetch|net::ERR_FAILED/.test(e));
    assert.deepEqual(errors, [], `${lang}: no panic, no uncaught error`);
    await page.context().close();
  }
});

test('offline: a page whose code was loaded reloads without a network, and so do pages never opened', async () => {
  const server = await serve(site.dir);
  const page = await openPage(site.browser);
  try {
    await page.goto(server.url('/sr-Cyrl/timeline/'));
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    // The worker stores every route's code at install.
    await page.waitForFunction(async () => {
      const keys = await (await caches.open((await caches.keys())[0])).keys();
      return keys.filter((r) => /\/split_[a-z_]+-[0-9a-f]{16}\.wasm$/.test(r.url)).length >= 5;
    }, null, { timeout: 20000 });
    await server.close();
    await page.reload();
    await appReady(page);
    await waitForHeading(page, heading('sr-Cyrl', 'timeline/'), 'offline reload');
    await clickLink(page, server.url('/sr-Cyrl/status/'));
    await waitForHeading(page, heading('sr-Cyrl', 'status/'), 'offline, a route never opened');
    assert.equal(await page.locator('.load-error').count(), 0);
  } finally {
    await page.context().close();
    await server.close();
  }
});
