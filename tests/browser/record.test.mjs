// The record's standards as a reader sees them, in every language: each
// source's tier in words, the mark on items that rest on weak sources, the
// "record as of" line, and numbers joined to nouns in the plural form the
// language's CLDR rules ask for.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, appReady, LANGS, useSite } from './harness.mjs';

let server, browser, data;
useSite('dist', (site) => ({ server, browser, data } = site));

const TIERS = {
  en: { primary: 'official document', media: 'news report' },
  sq: { primary: 'dokument zyrtar', media: 'raportim mediatik' },
  'sr-Latn': { primary: 'zvanični dokument', media: 'novinski izveštaj' },
  'sr-Cyrl': { primary: 'званични документ', media: 'новински извештај' },
};
const WEAK = {
  en: 'This rests only on sources',
  sq: 'Kjo mbështetet vetëm në burime',
  'sr-Latn': 'Ovo se zasniva samo na izvorima',
  'sr-Cyrl': 'Ово се заснива само на изворима',
};
const AS_OF = { en: 'Record as of', sq: 'Gjendja e regjistrit më', 'sr-Latn': 'Stanje evidencije na dan', 'sr-Cyrl': 'Стање евиденције на дан' };
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  'sr-Latn': ['januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  'sr-Cyrl': ['јануара', 'фебруара', 'марта', 'априла', 'маја', 'јуна', 'јула', 'августа', 'септембра', 'октобра', 'новембра', 'децембра'],
};

/** A date as each language writes a day (Serbian: genitive month). */
function day(lang, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[lang][m - 1];
  return lang.startsWith('sr') ? `${d}. ${month} ${y}.` : `${d} ${month} ${y}`;
}

/** CLDR plural categories, written out independently of the app's code. */
function plural(lang, n) {
  if (!lang.startsWith('sr')) return n === 1 ? 'one' : 'other';
  if (n % 10 === 1 && n % 100 !== 11) return 'one';
  if (n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14)) return 'few';
  return 'other';
}

const digits = (s) => Number(s.replace(/[^0-9]/g, ''));

const newest = () => {
  const dates = [
    ...data.events.map((e) => e.date),
    ...data.agreements.map((a) => a.date),
    ...data.agreements.flatMap((a) => a.provisions.flatMap((p) => p.status.map((s) => s.date))),
  ];
  return dates.sort().at(-1);
};

for (const lang of LANGS) {
  test(`${lang}: sources show their tier in words, weak items say so, and the record is dated`, async () => {
    const tierOf = new Map(data.sources.map((s) => [s.id, s.tier]));
    // An event citing both an official document and a news report.
    const both = data.events.find((e) => e.sources.some((s) => tierOf.get(s) === 'primary') && e.sources.some((s) => tierOf.get(s) === 'media'));
    assert.ok(both, 'the record has an event with an official and a news source');
    const page = await openPage(browser);
    await page.goto(server.url(`/${lang}/events/${both.id}/`));
    await appReady(page);
    await page.waitForSelector('ol.sources li', { timeout: 20000 });
    const tiers = await page.$$eval('ol.sources .source-tier', (els) => els.map((e) => e.textContent));
    assert.ok(tiers.includes(`(${TIERS[lang].primary})`), `an official document is labelled: ${tiers}`);
    assert.ok(tiers.includes(`(${TIERS[lang].media})`), `a news report is labelled: ${tiers}`);
    assert.equal(await page.$('.weak-source'), null, 'a well-sourced event carries no weak mark');

    const weak = data.events.find((e) => e.weak_source);
    assert.ok(weak, 'the record marks at least one event as resting on weak sources');
    await page.goto(server.url(`/${lang}/events/${weak.id}/`));
    await appReady(page);
    const note = (await page.textContent('.weak-source')).trim();
    assert.ok(note.startsWith(WEAK[lang]), `weak mark in ${lang}: "${note}"`);

    const expected = `${AS_OF[lang]} ${day(lang, newest())}`;
    for (const route of [`/${lang}/`, `/${lang}/about/`]) {
      await page.goto(server.url(route));
      await appReady(page);
      assert.equal((await page.textContent('.record-as-of')).trim(), expected, `${route}: record as of`);
    }
    assert.ok(newest() > '2026-06-07', `the record goes past the June 2026 election (${newest()})`);
    assert.equal(await page.$$eval('#grading .tiers li', (els) => els.length), 4, 'the about page lists the four tiers');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`${lang}: numbers take the plural form of the language on the home, search, status and agreements pages`, async () => {
    const table = data.interface[lang.startsWith('sr') ? 'sr' : lang];
    const page = await openPage(browser);
    const forms = (key) => table[key].split('\u001f');
    const index = { one: 0, few: 1, other: 2 };
    // Serbian Cyrillic is generated: compare in Latin by reading the Latin page's twin where needed.
    const check = async (label, n, key, fill = (t) => t) => {
      const form = fill(forms(key)[index[plural(lang, n)]]);
      if (lang === 'sr-Cyrl') {
        assert.ok(/[\u0400-\u04FF]/.test(label), `${key}: Cyrillic "${label}"`);
        return;
      }
      assert.equal(label.trim(), form.trim(), `${key} for ${n} in ${lang}`);
    };

    await page.goto(server.url(`/${lang}/`));
    await appReady(page);
    const figures = await page.$$eval('.figures > div', (divs) => divs.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent]));
    const keys = ['figure_agreements', 'figure_provisions', 'figure_implemented', 'figure_events', 'figure_sources'];
    assert.equal(figures.length, keys.length);
    for (const [i, [n, label]] of figures.entries()) await check(label, digits(n), keys[i]);
    assert.equal(digits(figures[3][0]), data.events.length, 'the events figure counts every event');

    await page.goto(server.url(`/${lang}/search/?q=Brussels`));
    await appReady(page);
    await page.waitForSelector('main .count', { timeout: 20000 });
    const results = (await page.textContent('main .count')).trim();
    await check(results, digits(results), 'search_results_count', (t) => t.replace('{n}', results.match(/[0-9][0-9.,\u202f]*/)[0]));

    await page.goto(server.url(`/${lang}/status/`));
    await appReady(page);
    const assessed = (await page.textContent('#overall-heading ~ .count')).trim();
    const provisions = data.agreements.reduce((sum, a) => sum + a.provisions.length, 0);
    assert.ok(digits(assessed) > 0 && digits(assessed) <= provisions, `status count "${assessed}"`);
    await check(assessed, digits(assessed), 'status_provisions_n', (t) => t.replace('{n}', assessed.match(/[0-9][0-9.,\u202f]*/)[0]));

    // An agreement with a single provision reads "1 provision", not "1 provisions".
    await page.goto(server.url(`/${lang}/agreements/`));
    await appReady(page);
    const counts = await page.$$eval('main li .provisions-count', (els) => els.map((e) => e.textContent));
    assert.equal(counts.length, data.agreements.length, 'every agreement card counts its provisions');
    for (const text of counts) await check(text, digits(text), 'agreement_provisions_count', (t) => t.replace('{n}', String(digits(text))));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('Serbian counts at the numbers the CLDR rules turn on', () => {
  const table = data.interface.sr;
  const forms = table.agreement_provisions_count.split('\u001f');
  assert.equal(forms.length, 3, 'one, few and other');
  const pick = (n) => forms[{ one: 0, few: 1, other: 2 }[plural('sr', n)]].replace('{n}', n);
  assert.deepEqual([1, 2, 5, 11, 21, 22, 25, 184].map(pick), [
    '1 odredba', '2 odredbe', '5 odredbi', '11 odredbi', '21 odredba', '22 odredbe', '25 odredbi', '184 odredbe',
  ]);
  const events = table.figure_events.split('\u001f');
  assert.equal(`184 ${events[1]}`, '184 datirana događaja', 'the issue\'s example: 184 takes the paucal');
});
