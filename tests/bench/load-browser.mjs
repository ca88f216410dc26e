// Time to content on /en/ in headless Chromium with the CPU slowed 4×, the
// site served compressed as a CDN serves it. Each run is a fresh profile (a
// first visit, nothing cached). Reports medians of first contentful paint,
// largest contentful paint (when the page's content is on screen) and the
// moment the app has taken over (`html[data-app=live]`).
// Usage: load-browser.mjs [build dir …] (each relative to the project; the
// release site and, for comparison, the same site built unsplit).
import { serve, launch, distDir } from '../browser/harness.mjs';

const RUNS = 7;
const builds = process.argv.length > 2 ? process.argv.slice(2) : ['dist'];
let server;
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(route) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp = e.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(server.url(route));
    await page.waitForSelector('html[data-app=live] main h1', { timeout: 60000 });
    runs.push(await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcp: window.__lcp,
      live: performance.now(),
      bytes: performance.getEntriesByType('resource').reduce((n, r) => n + r.transferSize, 0)
        + performance.getEntriesByType('navigation')[0].transferSize,
      // Start-up steps, from the app's performance marks (see src/boot.rs).
      steps: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    })));
    await context.close();
  }
  return {
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    live: median(runs.map((r) => r.live)),
    bytes: median(runs.map((r) => r.bytes)),
    decode: median(runs.map((r) => r.steps['dataset-decoded'] - r.steps['dataset-fetched'])),
    check: median(runs.map((r) => r.steps['dataset-checked'] - r.steps['dataset-decoded'])),
    draw: median(runs.map((r) => r.steps['app-drawn'] - r.steps['dataset-checked'])),
  };
}

for (const build of builds) {
  server = await serve(distDir(build), '/', { compress: true });
  console.log(`Time to content in ${build}, 4× CPU slowdown, served with brotli, first visit (median of ${RUNS})`);
  console.log('page                   FCP        LCP   app live   transferred  | start-up tasks: decode    check     draw');
  for (const route of ['/en/', '/en/agreements/', '/sq/timeline/', '/sr-Cyrl/status/']) {
    const r = await measure(route);
    const ms = (x) => `${Math.round(x)} ms`.padStart(9);
    console.log(route.padEnd(18) + ms(r.fcp) + '  ' + ms(r.lcp) + '  ' + ms(r.live) + `${(r.bytes / 1024).toFixed(1).padStart(10)} kB`
      + '  |               ' + ms(r.decode) + ms(r.check) + ms(r.draw));
  }
  await server.close();
}
console.log('budget: time to content on /en/ (LCP) within 1,000 ms');
await browser.close();
