// The same release site built for a sub-path (`--public-url /dialogue/`,
// the one setting) works when hosted under it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, appReady, distDir } from './harness.mjs';

test('a build for /dialogue/ works under /dialogue/: deep links, navigation, switcher, not-found', async () => {
  const server = await serve(distDir('target/dist-subpath'), '/dialogue/');
  const browser = await launch();
  try {
    const page = await openPage(browser);
    await page.goto(server.url('/en/agreements/'));
    await appReady(page);
    assert.ok((await page.locator('.agreement-card').count()) > 0);
    const href = await page.getAttribute('.agreement-card a', 'href');
    assert.match(href, /^\/dialogue\/en\/agreements\/[a-z0-9-]+\/$/);
    await page.click('.agreement-card a');
    await page.waitForURL(/\/dialogue\/en\/agreements\/[a-z0-9-]+\/$/);
    await page.waitForSelector('.provision');
    await page.click('.languages a[hreflang=sr-Latn]');
    await page.waitForURL(/\/dialogue\/sr-Latn\/agreements\/[a-z0-9-]+\/$/);
    await page.goto(server.url('/en/nothing-here/'));
    await appReady(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Page not found');
    assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  } finally {
    await browser.close();
    server.close();
  }
});
