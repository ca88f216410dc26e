// `make bench`: the timeline in headless Chromium — how long a filter change
// takes until the page shows the new count (a frame is 16.7 ms), and how
// many rows are in the page, at the real dataset, 1,000 and 10,000 events.

import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, appReady, distDir } from '../browser/harness.mjs';

const root = path.resolve(distDir('.'));
const sets = [['real', null]];
for (const n of [1000, 10000]) {
  const file = path.join(root, `target/synthetic-${n}.json`);
  // Written afresh by `make bench` (a file left from an older build may not load).
  sets.push([`${n} events`, fs.readFileSync(file)]);
}
const server = await serve(path.join(root, 'dist'));
const browser = await launch();
console.log('Timeline in headless Chromium: filter change (kind) until the new count is in the page');
console.log('dataset         items   rendered rows   median ms   max ms   (6 changes each)');
for (const [name, body] of sets) {
  const page = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  if (body) await page.route('**/data/dialogue.*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(server.url('/en/timeline/'));
  await appReady(page);
  await page.waitForSelector('.tl-item');
  const result = await page.evaluate(async () => {
    const select = document.querySelector('select[name=kind]');
    const times = [];
    for (const value of ['crisis', '', 'dialogue', '', 'election', '']) {
      const count = () => document.querySelector('.count')?.textContent;
      const before = count();
      const start = performance.now();
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (count() !== before) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
      });
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      times.push(await changed);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], rows: document.querySelectorAll('.tl-rows > li').length, items: document.querySelector('.count').textContent.trim() };
  });
  console.log(`${name.padEnd(14)}${result.items.padStart(22)}  ${String(result.rows).padStart(6)}   ${result.median.toFixed(1).padStart(9)} ${result.max.toFixed(1).padStart(9)}`);
  await page.context().close();
}
await browser.close();
server.close();
