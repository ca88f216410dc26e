// `make bench`: our search (Rust, in the page's wasm) and MiniSearch (npm,
// JavaScript) in the same headless Chromium, on the same records and the
// same queries, at the real dataset and at 1,000 and 10,000 events.
// Queries come from tests/bench/search.rs, so both benches use one list.
// Usage: search-browser.mjs [site]: a build with the `bench` cargo feature,
// which `make bench` writes to target/dist-bench (the release site has no hook).

import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, appReady, distDir, dataset } from '../browser/harness.mjs';

const root = path.resolve(distDir('.'));
// The UMD build, by path: the package's exports do not list it.
const miniSearchSource = fs.readFileSync(path.join(root, 'tools/node_modules/minisearch/dist/umd/index.js'), 'utf8');
const queries = [...fs.readFileSync(path.join(root, 'tests/bench/search.rs'), 'utf8')
  .split('const QUERIES')[1].split('];')[0].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
const ROUNDS = 10;

const site = path.resolve(root, process.argv[2] ?? 'target/dist-bench');
const sets = [['real', JSON.stringify(dataset(site))]];
for (const n of [1000, 10000]) {
  const file = path.join(root, `target/synthetic-${n}.json`);
  // Written afresh by `make bench` (a file left from an older build may not load).
  sets.push([`${n} events`, fs.readFileSync(file, 'utf8')]);
}

const server = await serve(site);
const browser = await launch();
const page = await openPage(browser);
await page.goto(server.url('/en/'));
await appReady(page);
if (!(await page.evaluate(() => typeof window.wasmBindings?.bench_search === 'function'))) {
  throw new Error(`${site} has no bench_search: build it with \`trunk build --release --features bench\` (make bench does)`);
}
// Evaluated through the devtools protocol: the page's CSP forbids inline scripts.
await page.evaluate(miniSearchSource);

console.log(`Search in headless Chromium: ${queries.length} queries x ${ROUNDS} rounds, top 20, no filters`);
console.log('dataset        records    ours: build   median      p95   | MiniSearch: build   median      p95   | ours/MiniSearch (median)');
for (const [name, json] of sets) {
  const [build, ...times] = await page.evaluate(([json, q, r]) => Array.from(window.wasmBindings.bench_search(json, q, r)), [json, JSON.stringify(queries), ROUNDS]);
  if (build === undefined) throw new Error(`bench_search could not read the ${name} dataset`);
  times.sort((a, b) => a - b);
  const ours = { build_ms: build, median_ms: times[Math.round((times.length - 1) * 0.5)], p95_ms: times[Math.round((times.length - 1) * 0.95)] };
  const theirs = await page.evaluate(([json, queries, rounds]) => {
    const data = JSON.parse(json);
    const all = (t) => (t ? [t.en, t.sq, t.sr].join(' ') : '');
    const docs = [];
    data.agreements.forEach((a, i) => {
      docs.push({ id: `a${i}`, title: all(a.title), body: [all(a.summary), all(a.citizens), all(a.place)].join(' ') });
      a.provisions.forEach((p, j) => docs.push({ id: `p${i}-${j}`, title: '', body: [all(p.summary), p.quote ?? ''].join(' ') }));
    });
    data.events.forEach((e, i) => docs.push({ id: `e${i}`, title: all(e.title), body: [all(e.summary), all(e.place)].join(' ') }));
    data.actors.forEach((a, i) => docs.push({ id: `r${i}`, title: all(a.name), body: [all(a.description), ...(a.roles ?? []).map((r) => all(r.role))].join(' ') }));
    data.glossary.forEach((g, i) => docs.push({ id: `g${i}`, title: [all(g.term), ...Object.values(g.aliases ?? {}).flat()].join(' '), body: all(g.definition) }));
    // Case and diacritics folded, as ours does (MiniSearch has no Cyrillic folding).
    const processTerm = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'dj').toLowerCase();
    let start = performance.now();
    const ms = new MiniSearch({ fields: ['title', 'body'], processTerm, searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' } });
    ms.addAll(docs);
    const build = performance.now() - start;
    const times = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        start = performance.now();
        ms.search(q).slice(0, 20);
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const pick = (q) => times[Math.round((times.length - 1) * q)];
    return { build_ms: build, median_ms: pick(0.5), p95_ms: pick(0.95), records: docs.length };
  }, [json, queries, ROUNDS]);
  const f = (x, w = 8) => x.toFixed(3).padStart(w);
  console.log(
    `${name.padEnd(14)}${String(theirs.records).padStart(8)}   ${f(ours.build_ms, 10)} ${f(ours.median_ms)} ${f(ours.p95_ms)}   | ${f(theirs.build_ms, 16)} ${f(theirs.median_ms)} ${f(theirs.p95_ms)}   | ${(ours.median_ms / theirs.median_ms).toFixed(2)}`,
  );
}
console.log('(milliseconds; performance.now() is coarsened to 0.1 ms or finer in Chromium, so sub-0.1 ms medians are approximate)');
await browser.close();
server.close();
