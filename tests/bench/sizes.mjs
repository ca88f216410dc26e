// Release sizes of what a reader downloads: raw, gzip and brotli (maximum
// quality, as a CDN would pre-compress), per asset and for the English home.
// Usage: sizes.mjs [dist] [wasm of the bare-Leptos comparison app]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.resolve(process.argv[2] ?? 'dist');
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' kB';
const measure = (file) => {
  const raw = fs.readFileSync(file);
  return {
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
};
const find = (re, sub = '') => fs.readdirSync(path.join(dir, sub)).filter((f) => re.test(f)).map((f) => path.join(dir, sub, f));
const assets = [
  ['wasm', find(/\.wasm$/)],
  ['js', find(/\.js$/).filter((f) => !f.endsWith('sw.js'))],
  ['sw.js', [path.join(dir, 'sw.js')]],
  ['css', find(/\.css$/)],
  // What /en/ loads: the English texts only, no sources (a browser test
  // lists the requests; the others are shown below).
  ['data (en)', find(/^dialogue\.en\.[0-9a-f]+\.json$/, 'data')],
  ['html /en/', [path.join(dir, 'en', 'index.html')]],
];
console.log(`Release sizes in ${dir}`);
console.log('asset          ' + ['raw', 'gzip', 'brotli'].map((h) => h.padStart(11)).join(''));
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const [name, files] of assets) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const [k, v] of Object.entries(measure(f))) sum[k] += v;
  for (const k of Object.keys(total)) total[k] += sum[k];
  console.log(name.padEnd(15) + kb(sum.raw) + kb(sum.gzip) + kb(sum.brotli));
}
console.log('all for /en/   ' + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
// Loaded by other pages: their languages' files, the sources (with the
// dataset on pages that list sources, else when a view first cites one) and
// the full file (search).
for (const [name, re] of [['data (sq)', /^dialogue\.sq\./], ['data (sr)', /^dialogue\.sr\./], ['sources', /^sources\.[0-9a-f]+\.json$/], ['data (all)', /^dialogue\.[0-9a-f]+\.json$/]]) {
  const sizes = measure(find(re, 'data')[0]);
  console.log(name.padEnd(15) + kb(sizes.raw) + kb(sizes.gzip) + kb(sizes.brotli));
}
const wasm = measure(find(/\.wasm$/)[0]).brotli;
const verdict = (value, limit) => `${(value / 1024).toFixed(1)} kB of ${limit} kB: ${value <= limit * 1024 ? 'within' : 'OVER'}`;
console.log(`budget wasm (brotli)      ${verdict(wasm, 175)}`);
// The smallest app on the same stack (tests/bench/bare-leptos): how much of
// the budget the stack itself takes.
if (process.argv[3]) {
  const bare = measure(process.argv[3]).brotli;
  console.log(`  for comparison, a bare Leptos 0.8 app (router, one fetch, serde_json): ${(bare / 1024).toFixed(1)} kB,`
    + ` ${Math.round((100 * bare) / (175 * 1024))}% of the budget; this app's own code adds ${((wasm - bare) / 1024).toFixed(1)} kB`);
}
console.log(`budget all /en/ (brotli)  ${verdict(total.brotli, 300)}`);
const pages = (d) => fs.readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? pages(path.join(d, e.name)) : e.name === 'index.html' ? 1 : 0), 0);
console.log(`generated route pages: ${pages(dir)}`);
