// The published markup, checked as a validator would: every HTML page by
// the W3C Nu HTML Checker (vnu-jar, needs Java), the Atom feeds and the
// sitemap as well-formed XML with the fields their formats require.
// Usage: node tests/markup/check.mjs [site]   (default: dist)
// Any error fails the run, and each message names the file and line.

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(repo, 'tools/package.json'));
const { SaxesParser } = require('saxes');
const root = path.resolve(process.argv[2] ?? 'dist');
const errors = [];

function files(dir, test) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, test);
    return test(entry.name) ? [full] : [];
  }).sort();
}

const relative = (file) => path.relative(process.cwd(), file);

// ---- HTML: every page, one Java process --------------------------------------

const pages = files(root, (name) => name.endsWith('.html'));
if (pages.length === 0) throw new Error(`no HTML pages in ${root}: build the site first (make dist)`);
const vnu = require.resolve('vnu-jar/build/dist/vnu.jar');
const started = Date.now();
// A file list on the command line can exceed the system's limit; vnu reads
// directories itself (--skip-non-html leaves the feeds and JSON alone).
const run = spawnSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', root], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error) throw new Error(`could not run java (${run.error.message}): make test-tools installs it`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
let report;
try {
  report = JSON.parse(run.stderr || run.stdout);
} catch {
  throw new Error(`the HTML checker did not report (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
}
for (const message of report.messages) {
  if (message.type !== 'error' && message.subType !== 'fatal') continue;
  const file = message.url ? relative(new URL(message.url).pathname) : '?';
  errors.push(`${file}:${message.lastLine ?? message.firstLine ?? 0}: ${message.message}`);
}
console.log(`HTML: ${pages.length} pages checked by the Nu HTML Checker in ${seconds} s`);

// ---- XML: feeds and sitemap ----------------------------------------------------

// The document as a tree of { name, attributes, text, children, line }, or
// null after reporting where it is not well-formed.
function parseXml(file) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const top = { name: '#document', children: [] };
  const stack = [top];
  let failed = false;
  parser.on('error', (error) => {
    if (!failed) errors.push(`${relative(file)}:${parser.line}: not well-formed XML: ${error.message}`);
    failed = true;
  });
  parser.on('opentag', (tag) => {
    const node = { name: tag.local, uri: tag.uri, attributes: {}, text: '', children: [], line: parser.line };
    for (const [name, attribute] of Object.entries(tag.attributes)) node.attributes[name] = attribute.value;
    stack.at(-1).children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => { stack.at(-1).text += text; });
  parser.on('closetag', () => { stack.pop(); });
  try {
    parser.write(fs.readFileSync(file, 'utf8')).close();
  } catch {
    failed = true;
  }
  return failed ? null : top.children[0];
}

const ATOM = 'http://www.w3.org/2005/Atom';
const child = (node, name) => node.children.find((c) => c.name === name);
const isDateTime = (text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim());
const isAbsoluteUrl = (text) => { try { return ['http:', 'https:'].includes(new URL(text.trim()).protocol); } catch { return false; } };

// RFC 4287: a feed has id, title and updated, an author unless every entry
// has one, and a self link; every entry has id, title and updated, and a
// content element or an alternate link.
function checkFeed(file) {
  const feed = parseXml(file);
  if (!feed) return 0;
  const at = (node, what) => errors.push(`${relative(file)}:${node.line}: ${what}`);
  if (feed.name !== 'feed' || feed.uri !== ATOM) return at(feed, `the root is <${feed.name}>, not an Atom <feed>`), 0;
  const entries = feed.children.filter((c) => c.name === 'entry');
  for (const name of ['id', 'title', 'updated']) if (!child(feed, name)?.text.trim()) at(feed, `the feed has no <${name}>`);
  if (child(feed, 'updated') && !isDateTime(child(feed, 'updated').text)) at(child(feed, 'updated'), 'the feed\'s <updated> is not an RFC 3339 date-time');
  if (!child(feed, 'author') && !entries.every((e) => child(e, 'author'))) at(feed, 'the feed has no <author>, and not every entry has one');
  if (!feed.children.some((c) => c.name === 'link' && c.attributes.rel === 'self' && isAbsoluteUrl(c.attributes.href ?? ''))) at(feed, 'the feed has no absolute rel="self" link');
  const ids = new Set();
  for (const entry of entries) {
    for (const name of ['id', 'title', 'updated']) if (!child(entry, name)?.text.trim()) at(entry, `an entry has no <${name}>`);
    const id = child(entry, 'id')?.text.trim();
    if (id && ids.has(id)) at(entry, `the entry id ${id} is used twice`);
    ids.add(id);
    if (child(entry, 'updated') && !isDateTime(child(entry, 'updated').text)) at(child(entry, 'updated'), 'an entry\'s <updated> is not an RFC 3339 date-time');
    const alternate = entry.children.some((c) => c.name === 'link' && (c.attributes.rel ?? 'alternate') === 'alternate' && isAbsoluteUrl(c.attributes.href ?? ''));
    if (!child(entry, 'content') && !alternate) at(entry, 'an entry has neither <content> nor an absolute alternate link');
  }
  return entries.length;
}

function checkSitemap(file) {
  const urlset = parseXml(file);
  if (!urlset) return 0;
  const at = (node, what) => errors.push(`${relative(file)}:${node.line}: ${what}`);
  if (urlset.name !== 'urlset' || urlset.uri !== 'http://www.sitemaps.org/schemas/sitemap/0.9') return at(urlset, 'the root is not a sitemap <urlset>'), 0;
  const urls = urlset.children.filter((c) => c.name === 'url');
  if (urls.length > 50000) at(urlset, `${urls.length} addresses, above the sitemap limit of 50,000`);
  for (const url of urls) {
    if (!isAbsoluteUrl(child(url, 'loc')?.text ?? '')) at(url, 'an address without an absolute <loc>');
  }
  return urls.length;
}

const feeds = files(root, (name) => name === 'feed.xml');
const entries = feeds.reduce((sum, feed) => sum + checkFeed(feed), 0);
const addresses = checkSitemap(path.join(root, 'sitemap.xml'));
console.log(`XML: ${feeds.length} Atom feeds (${entries} entries) and sitemap.xml (${addresses} addresses) checked`);

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} markup errors`);
  process.exit(1);
}
