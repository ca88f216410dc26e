// Every Serbian Cyrillic page of the built site reads as Serbian Cyrillic:
// no Latin letter outside a span the editors marked to stay Latin ({{…}} in
// the data, { "…" } in the interface files), an element in another language
// (a source's original title, the language switcher) or a code that is Latin
// in every Serbian text (URLs, domains, plate and format codes, Roman
// numerals); and no English word spelled out letter by letter in Cyrillic.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useSite } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, browser, dir;
useSite('dist', (site) => ({ server, browser, dir } = site));

/** What the editors marked to stay Latin, in the data and the interface. */
function keptLatin() {
  const kept = new Set();
  const walk = (d) => {
    for (const name of fs.readdirSync(d)) {
      const file = path.join(d, name);
      if (fs.statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.json')) for (const m of fs.readFileSync(file, 'utf8').matchAll(/\{\{([^}]+)\}\}/g)) kept.add(m[1]);
    }
  };
  walk(path.join(root, 'data'));
  for (const m of fs.readFileSync(path.join(root, 'src/i18n/sr.ftl'), 'utf8').matchAll(/\{ "([^"]+)" \}/g)) kept.add(m[1]);
  return [...kept].sort((a, b) => b.length - a.length);
}

const CODES = /\b(?:KS|RKS|KM|CSV|JSON|XML|PDF|HTML|URL|RSS|SVG|CC|BY|MIT|ISO|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XX)\b/g;
const ADDRESSES = /\S*(?:https?:\/\/|www\.|@)\S*|\S*[\p{L}\p{N}]\.[a-z][\p{L}\p{N}.\/-]*/gu;
// Words with letters Serbian does not have stay Latin by rule (Mitrovicë, Bexhet).
const FOREIGN_WORDS = /[\p{L}\/-]*[qwyëçQWYËÇ][\p{L}\/-]*|[\p{L}\/-]*[a-z]x[\p{L}\/-]*|[A-Z0-9\/-]*[0-9][A-Z0-9\/-]*/gu;

// English words as a letter-by-letter transliteration spells them.
const ENGLISH = ['insight', 'creative', 'commons', 'the', 'news', 'online', 'daily', 'times', 'review',
  'foundation', 'center', 'group', 'press', 'free', 'liberty', 'european', 'western', 'service',
  'external', 'action', 'council', 'union', 'security', 'report', 'prishtina', 'pristina', 'balkans', 'international'];
const LETTERS = { a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', z: 'з' };
const spelled = ENGLISH.filter((w) => [...w].every((c) => LETTERS[c])).map((w) => [w, [...w].map((c) => LETTERS[c]).join('')]);

function pages(d) {
  const out = [];
  for (const name of fs.readdirSync(d)) {
    const file = path.join(d, name);
    if (fs.statSync(file).isDirectory()) out.push(...pages(file));
    else if (name === 'index.html') out.push(file);
  }
  return out;
}

test('every Serbian Cyrillic page has no stray Latin and no English spelled in Cyrillic', async () => {
  const kept = keptLatin();
  const files = pages(path.join(dir, 'sr-Cyrl'));
  assert.ok(files.length > 100, `the Cyrillic pages are built (${files.length})`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = [];
  for (const file of files) {
    const route = '/' + path.relative(dir, path.dirname(file)).split(path.sep).join('/') + '/';
    await page.goto(server.url(route));
    // The text a reader meets, and the attributes read aloud or shown on hover,
    // outside elements marked as another language.
    const texts = await page.evaluate(() => {
      const foreign = (el) => {
        const tagged = el.closest('[lang]');
        return tagged && tagged.getAttribute('lang') !== 'sr-Cyrl';
      };
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('script, style, noscript') || foreign(el)) continue;
        if (node.textContent.trim()) out.push(node.textContent);
      }
      for (const el of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
        if (foreign(el)) continue;
        for (const a of ['title', 'aria-label', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
      }
      out.push(document.title);
      return out;
    });
    for (const text of texts) {
      let rest = text;
      for (const phrase of kept) rest = rest.split(phrase).join(' ');
      rest = rest.replace(ADDRESSES, ' ').replace(CODES, ' ').replace(FOREIGN_WORDS, ' ');
      const latin = rest.match(/\p{Script=Latin}+/gu);
      if (latin) problems.push(`${route}: Latin ${JSON.stringify(latin.slice(0, 3))} in "${text.trim().slice(0, 90)}"`);
      const lower = text.toLowerCase();
      for (const [word, cyr] of spelled) {
        if (new RegExp(`(^|[^\\p{L}])${cyr}([^\\p{L}]|$)`, 'u').test(lower)) {
          problems.push(`${route}: the English word "${word}" spelled in Cyrillic ("${cyr}") in "${text.trim().slice(0, 90)}"`);
        }
      }
    }
  }
  await context.close();
  const unique = [...new Set(problems)];
  // The whole list, for the editors: CYRILLIC_REPORT=file make browser-test
  if (process.env.CYRILLIC_REPORT) fs.writeFileSync(process.env.CYRILLIC_REPORT, unique.join('\n') + '\n');
  assert.deepEqual(unique.slice(0, 40), [], `${unique.length} problem(s) on ${files.length} Cyrillic pages`);
});
