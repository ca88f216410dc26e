// Lighthouse 12.2.3 (mobile, its default simulated slow-4G and 4× CPU) on
// pages of the release site, served compressed as a CDN serves it. Prints the
// four category scores and the audits that cost points.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, distDir } from '../browser/harness.mjs';

const tools = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../tools/node_modules');
const { default: lighthouse } = await import(pathToFileURL(path.join(tools, 'lighthouse/core/index.js')));
const chromeLauncher = await import(pathToFileURL(path.join(tools, 'chrome-launcher/dist/index.js')));

const server = await serve(distDir(process.argv[2] ?? 'dist'), '/', { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
console.log('Lighthouse 12.2.3, mobile, served with brotli');
console.log('page                 perf  a11y  best   seo');
try {
  for (const route of ['/en/', '/sq/agreements/', '/sr-Cyrl/timeline/']) {
    const { lhr } = await lighthouse(server.url(route), { port: chrome.port, logLevel: 'error', onlyCategories: categories });
    const scores = categories.map((c) => String(Math.round((lhr.categories[c].score ?? 0) * 100)).padStart(6));
    console.log(route.padEnd(18) + scores.join(''));
    const lost = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .filter((a) => categories.some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)))
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    if (lost.length) console.log(`  below full marks: ${lost.join(', ')}`);
    const m = (id) => lhr.audits[id]?.displayValue ?? '-';
    console.log(`  FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
