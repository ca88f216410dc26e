// Shared set-up for the browser tests: a plain static file server over a
// built site (no SPA fallback: a missing file gets 404.html with status 404,
// as GitHub Pages, Netlify or S3 serve it), and system Chromium driven by
// playwright-core.

import { before, after } from 'node:test';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'tools/package.json'));
const { chromium } = require('playwright-core');
export const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
  '.cff': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
const compressed = new Map();

/** Brotli at the quality a CDN pre-compresses with, cached per file. */
function brotli(file) {
  if (!compressed.has(file)) {
    const raw = fs.readFileSync(file);
    compressed.set(file, zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(file);
}

/**
 * Serves `dir` under `base` (e.g. "/" or "/dialogue/") on a free loopback
 * port. With `compress`, it answers as a CDN would: brotli when the browser
 * accepts it, and long caching for content-hashed files.
 */
export async function serve(dir, base = '/', { compress = false, port = 0 } = {}) {
  if (compress) {
    // Compressed before the first request, as a CDN's stored copies are, so no
    // visit waits on the server compressing a large file.
    for (const sub of ['', 'data']) {
      for (const name of fs.readdirSync(path.join(dir, sub))) {
        if (/\.(js|wasm|css|json)$/.test(name)) brotli(path.join(dir, sub, name));
      }
    }
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(base)) return notFound(res);
    rel = rel.slice(base.length);
    let file = path.join(dir, rel);
    if (!file.startsWith(dir)) return notFound(res);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) return notFound(res);
    const ext = path.extname(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (compress) {
      const hashed = /[.-][0-9a-f]{15,16}(_bg)?\.(js|wasm|css|json)$/.test(file);
      headers['Cache-Control'] = hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = brotli(file);
        res.writeHead(200, { ...headers, 'Content-Encoding': 'br', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
        return res.end(body);
      }
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  const notFound = (res) => {
    res.writeHead(404, { 'Content-Type': TYPES['.html'] });
    res.end(fs.readFileSync(path.join(dir, '404.html')));
  };
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const close = () => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
  return { origin, port: server.address().port, url: (p) => origin + base.replace(/\/$/, '') + p, close };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  return page;
}

/**
 * Waits until the app has taken over from the pre-rendered page and has
 * replaced any loading line with content.
 */
export async function appReady(page) {
  await page.waitForSelector('html[data-app=live] main h1', { timeout: 20000 });
  await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 20000 });
}

/** Runs axe-core; returns the serious and critical violations. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Evaluated through the devtools protocol: the page's CSP forbids inline scripts.
    await page.evaluate(axeSource);
  }
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const LANGS = ['en', 'sq', 'sr-Latn', 'sr-Cyrl'];
/** The not-found page's heading, in each language. */
export const NOT_FOUND = { en: 'Page not found', sq: 'Faqja nuk u gjet', 'sr-Latn': 'Stranica nije pronađena', 'sr-Cyrl': 'Страница није пронађена' };
export const distDir = (name = 'dist') => path.join(root, name);

/** The compiled dataset a build wrote. */
export function dataset(dir) {
  const files = fs.readdirSync(path.join(dir, 'data')).filter((f) => /^dialogue\.[0-9a-f]+\.json$/.test(f));
  if (files.length !== 1) throw new Error(`expected one compiled dataset in ${dir}/data, found ${files.length}`);
  return JSON.parse(fs.readFileSync(path.join(dir, 'data', files[0]), 'utf8'));
}

/** The <title> the build wrote into a route's page. */
export function builtTitle(dir, route) {
  const html = fs.readFileSync(path.join(dir, route, 'index.html'), 'utf8');
  return decode(html.match(/<title>([^<]*)<\/title>/)[1]);
}

function decode(s) {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Registers the suite's hooks: a static server over a built site, the
 * compiled dataset and a browser, handed to `receive` once ready.
 */
export function useSite(dirName, receive) {
  let site = {};
  before(async () => {
    const dir = distDir(dirName);
    site = { dir, data: dataset(dir), server: await serve(dir), browser: await launch() };
    receive(site);
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
}
