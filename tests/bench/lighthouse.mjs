// Lighthouse 12.2.3 (mobile, its default simulated slow-4G and 4× CPU) on
// pages of the release site, served compressed as a CDN serves it: three
// runs a page, and the run with the median performance score, its four
// category scores and the audits that cost points.
// Usage: lighthouse.mjs [build dir …] (as load-browser.mjs)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, distDir } from '../browser/harness.mjs';

const tools = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../tools/node_modules');
const { default: lighthouse } = await import(pathToFileURL(path.join(tools, 'lighthouse/core/index.js')));
const chromeLauncher = await import(pathToFileURL(path.join(tools, 'chrome-launcher/dist/index.js')));

const RUNS = 3;
const builds = process.argv.length > 2 ? process.argv.slice(2) : ['dist'];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
try {
  for (const build of builds) {
    const server = await serve(distDir(build), '/', { compress: true });
    console.log(`Lighthouse 12.2.3, mobile, served with brotli: ${build}, median of ${RUNS} runs`);
    console.log('page                 perf  a11y  best   seo   (performance of each run)');
    for (const route of ['/en/', '/sq/agreements/', '/sr-Cyrl/timeline/']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push((await lighthouse(server.url(route), { port: chrome.port, logLevel: 'error', onlyCategories: categories })).lhr);
      }
      const perf = (lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100);
      const lhr = [...runs].sort((a, b) => perf(a) - perf(b))[Math.floor(RUNS / 2)];
      const scores = categories.map((c) => String(Math.round((lhr.categories[c].score ?? 0) * 100)).padStart(6));
      console.log(route.padEnd(18) + scores.join('') + `   (${runs.map(perf).join(', ')})`);
      const lost = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .filter((a) => categories.some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)))
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      if (lost.length) console.log(`  below full marks: ${lost.join(', ')}`);
      const m = (id) => lhr.audits[id]?.displayValue ?? '-';
      console.log(`  FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
    }
    await server.close();
  }
  console.log('goal: performance at least 95 in every median');
} finally {
  await chrome.kill();
}
