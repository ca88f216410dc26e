// Sharing, citing and dating a page, as readers do it: the copy-link button
// (no clipboard permission granted) and the address field beside it, the "Cite this"
// block, "last updated" from the record's newest entry, the report link
// (absent: `make dist` builds without REPORT_URL; the link with the setting is
// tested in Rust, src/components/reading.rs), and the bad input a shared
// address can carry: a future as-of date, years the wrong way round. Also the
// home page's key figures (no card alone on a row) and the header search's
// placeholder (it fits), at a phone's and a laptop's width.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, appReady, axe, LANGS, useSite } from './harness.mjs';

let server, browser, data;
useSite('dist', (site) => ({ server, browser, data } = site));

const WIDTHS = [390, 1280];
const viewport = (width) => ({ viewport: { width, height: 900 } });
// What the page says, per language (Serbian Cyrillic as generated).
const SAYS = {
  en: { updated: 'Last updated ', copied: 'Link copied', accessed: 'accessed ' },
  sq: { updated: 'Përditësuar më ', copied: 'Lidhja u kopjua', accessed: 'qasur më ' },
  'sr-Cyrl': { updated: 'Ажурирано ', copied: 'Линк је копиран', accessed: 'приступљено ' },
};

const newest = (dates) => dates.filter(Boolean).sort().at(-1);
const agreementUpdated = (a) => newest([a.date, ...a.provisions.flatMap((p) => p.status.map((s) => s.date))]);
// The agreement whose newest entry is an assessment long after its date.
const known = () => data.agreements.find((a) => a.id === 'association-2015') ?? data.agreements[0];

/** The footer as the page shows it. */
async function footer(page) {
  return page.evaluate(() => {
    const f = document.querySelector('.record-footer');
    if (!f) return null;
    const input = f.querySelector('.share-field input');
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    return {
      updated: f.querySelector('.last-updated time')?.getAttribute('datetime'),
      updatedText: f.querySelector('.last-updated')?.textContent.trim(),
      citation: f.querySelector('.cite-this .citation')?.textContent.trim(),
      citeHeading: f.querySelector('.cite-this h2')?.textContent.trim(),
      canonical: document.querySelector('link[rel=canonical]')?.href,
      title: document.querySelector('main h1')?.textContent.trim(),
      field: input?.value,
      fieldShown: visible(input),
      fieldReadOnly: input?.readOnly,
      button: visible(f.querySelector('button.copy-link')),
      buttonEnabled: f.querySelector('button.copy-link')?.disabled === false,
      buttonType: f.querySelector('button.copy-link')?.getAttribute('type'),
      live: f.querySelector('.share-status')?.getAttribute('aria-live'),
      report: f.querySelectorAll('.report-mistake a').length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

for (const lang of ['en', 'sr-Cyrl', 'sq']) {
  for (const width of WIDTHS) {
    test(`${lang} at ${width} px: an agreement's last update, copy link, cite this, no report link`, async () => {
      const a = known();
      const says = SAYS[lang];
      const path = `/${lang}/agreements/${a.id}/`;

      // Before the app runs (no JavaScript): the address is there to select,
      // the button in its place but disabled (it cannot copy yet).
      const still = await openPage(browser, { ...viewport(width), javaScriptEnabled: false });
      await still.goto(server.url(path));
      const before = await footer(still);
      assert.ok(before, 'the pre-rendered page has the footer');
      assert.equal(before.field, before.canonical, 'the field holds the canonical address');
      assert.ok(before.fieldShown && before.fieldReadOnly, 'a read-only field, shown without JavaScript');
      assert.ok(before.button && !before.buttonEnabled, 'the copy button is disabled until the app runs');
      await still.context().close();

      const page = await openPage(browser, viewport(width));
      await page.goto(server.url(path));
      await appReady(page);
      const f = await footer(page);
      assert.equal(f.updated, agreementUpdated(a), 'last updated: the newest of its date and its assessments');
      assert.ok(f.updated > a.date, `the known record was assessed after it was agreed (${f.updated})`);
      assert.ok(f.updatedText.startsWith(says.updated), f.updatedText);
      const date = f.updatedText.slice(says.updated.length);
      if (lang === 'sr-Cyrl') assert.match(date, /^\d{1,2}\. [а-ш]+а \d{4}\.$/, 'Serbian genitive month');
      assert.ok(f.citation.startsWith(f.title), `citation starts with the title: ${f.citation}`);
      assert.ok(f.citation.includes(date), `citation has the date: ${f.citation}`);
      assert.ok(f.citation.includes(f.canonical), `citation has the canonical address: ${f.citation}`);
      assert.ok(f.citation.includes(says.accessed), `citation has the access date: ${f.citation}`);
      assert.ok(f.button && f.buttonEnabled && f.buttonType === 'button', 'the copy button works once the app runs');
      assert.ok(f.fieldShown && f.field === f.canonical, 'the address stays there to select');
      assert.equal(f.live, 'polite');
      assert.equal(f.report, 0, 'built without REPORT_URL: no report link');
      assert.ok(f.overflow <= 0, `nothing overflows (${f.overflow} px)`);

      // No permission granted: either the clipboard takes it, or the field
      // shows the address, selected.
      await page.click('button.copy-link');
      await page.waitForFunction(() => document.querySelector('.share-status').textContent.trim() !== '', null, { timeout: 5000 });
      const after = await page.evaluate(() => {
        const input = document.querySelector('.share-field input');
        return {
          status: document.querySelector('.share-status').textContent.trim(),
          fallback: document.querySelector('.share').classList.contains('fallback'),
          shown: input.getClientRects().length > 0,
          value: input.value,
          selected: document.activeElement === input && input.selectionEnd - input.selectionStart === input.value.length,
        };
      });
      if (after.fallback) {
        assert.ok(after.shown && after.selected, 'the address is shown, selected');
        assert.equal(after.value, f.canonical);
      } else {
        assert.equal(after.status, says.copied, 'the live region says the link was copied');
      }
      assert.deepEqual(await axe(page), [], 'axe');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}

test('every kind of page is dated by its newest entry and can be cited', async () => {
  const page = await openPage(browser);
  const event = data.events[0];
  const guide = data.guides[0];
  const actor = data.actors.find((x) => data.events.some((e) => (e.actors ?? []).includes(x.id)));
  const actorDate = newest(data.events.filter((e) => (e.actors ?? []).includes(actor.id)).map((e) => e.date));
  const theme = data.themes.find((t) => t.id === 'licence-plates') ?? data.themes[0];
  const inTheme = (a, p) => (p.themes?.length ? p.themes : a.themes ?? []).includes(theme.id);
  const themeDate = newest([
    ...data.events.filter((e) => (e.themes ?? []).includes(theme.id)).map((e) => e.date),
    ...data.agreements.flatMap((a) => a.provisions.filter((p) => inTheme(a, p)).flatMap((p) => [a.date, ...p.status.map((s) => s.date)])),
  ]);
  for (const [path, expected] of [
    [`/en/events/${event.id}/`, event.date],
    [`/sq/guides/${guide.id}/`, guide.last_checked],
    [`/sr-Latn/actors/${actor.id}/`, actorDate],
    [`/sr-Cyrl/themes/${theme.id}/`, themeDate],
  ]) {
    await page.goto(server.url(path));
    await appReady(page);
    const f = await footer(page);
    assert.ok(f, `${path}: footer`);
    assert.equal(f.updated, expected, `${path}: last updated`);
    assert.ok(f.citation.includes(f.canonical), `${path}: cited with its address`);
    assert.equal(f.report, 0, `${path}: no report link without REPORT_URL`);
  }
  await page.context().close();
});

test('a future as-of date is shown as today, and the page says so', async () => {
  const page = await openPage(browser);
  for (const [lang, path] of [['en', 'status'], ['sr-Cyrl', 'status'], ['sq', 'themes/licence-plates']]) {
    await page.goto(server.url(`/${lang}/${path}/?asof=2030-01-01`));
    await appReady(page);
    assert.equal(await page.locator('.asof-future').count(), 1, `${lang}/${path}: the note`);
    const note = await page.textContent('.asof-future');
    assert.match(note, /2030/, note);
    await page.goto(server.url(`/${lang}/${path}/?asof=2015-06-01`));
    await appReady(page);
    assert.equal(await page.locator('.asof-future').count(), 0, `${lang}/${path}: a past date needs no note`);
  }
  // The figures for a date to come are today's: the same as the latest.
  await page.goto(server.url('/en/status/?asof=2030-01-01'));
  await appReady(page);
  const future = await page.textContent('.counts').catch(() => null);
  await page.goto(server.url('/en/status/'));
  await appReady(page);
  assert.equal(await page.textContent('.counts').catch(() => null), future);
  await page.context().close();
});

test('the timeline reads years the wrong way round the right way', async () => {
  const page = await openPage(browser);
  await page.goto(server.url('/en/timeline/?from=2020&to=2015'));
  await appReady(page);
  assert.equal(await page.inputValue('select[name=from]'), '2015');
  assert.equal(await page.inputValue('select[name=to]'), '2020');
  await page.context().close();
});

test('a disputed record says once that sources disagree', async () => {
  const a = data.agreements.find((x) => x.disputed);
  const page = await openPage(browser);
  for (const [lang, label] of [['en', 'Disputed'], ['sq', 'Çështje e kontestuar'], ['sr-Latn', 'Sporno']]) {
    await page.goto(server.url(`/${lang}/agreements/${a.id}/`));
    await appReady(page);
    const text = (await page.textContent('.disputed')).trim();
    assert.ok(text.startsWith(`${label}: `), text);
    assert.doesNotMatch(text, /Sources disagree: Sources|Burimet nuk përputhen: Burimet|Izvori se razlikuju: Izvori/);
  }
  await page.context().close();
});

for (const width of WIDTHS) {
  test(`at ${width} px the key figures leave no card alone on a row`, async () => {
    const page = await openPage(browser, viewport(width));
    await page.goto(server.url('/en/'));
    await appReady(page);
    const rows = await page.$$eval('.figures > div', (cards) => {
      const byTop = new Map();
      for (const c of cards) {
        const r = c.getBoundingClientRect();
        const top = Math.round(r.top);
        byTop.set(top, [...(byTop.get(top) ?? []), Math.round(r.width)]);
      }
      return { rows: [...byTop.values()], full: Math.round(cards[0].parentElement.getBoundingClientRect().width) };
    });
    assert.equal(rows.rows.flat().length, 5, 'five figures');
    for (const row of rows.rows) {
      if (row.length === 1) assert.ok(row[0] >= rows.full - 2, `a card alone spans the row: ${JSON.stringify(rows)}`);
    }
    if (width >= 1280) assert.deepEqual(rows.rows.map((r) => r.length), [3, 2], 'three, then two');
    await page.context().close();
  });

  test(`at ${width} px the header search's placeholder fits in every language`, async () => {
    const page = await openPage(browser, viewport(width));
    for (const lang of LANGS) {
      await page.goto(server.url(`/${lang}/about/`));
      await appReady(page);
      // On a phone the search is in the menu: open it first.
      if (await page.locator('.menu-button').isVisible()) await page.click('.menu-button');
      const fit = await page.evaluate(() => {
        const input = document.querySelector('#header-search-input');
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: input.placeholder, need: Math.ceil(ctx.measureText(input.placeholder).width), room };
      });
      assert.ok(fit.need <= fit.room, `${lang}: "${fit.text}" needs ${fit.need} px, has ${fit.room}`);
    }
    await page.context().close();
  });
}
