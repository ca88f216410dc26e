// The same release site built for a sub-path (`--public-url /dialogue/`)
// works when hosted under it; that build also sets REPORT_URL, so the
// report link is checked here (the main build, without it, has none).

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

for (const [lang, prefix] of [['en', 'Mistake on the page'], ['sr-Cyrl', 'Грешка на страници']]) {
  test(`with REPORT_URL set, every record page in ${lang} links a report with its address and id`, async () => {
    const server = await serve(distDir('target/dist-subpath'), '/dialogue/');
    const browser = await launch();
    try {
      for (const width of [390, 1280]) {
        const page = await openPage(browser, { viewport: { width, height: 844 } });
        for (const path of [`/${lang}/agreements/first-agreement-2013/`, `/${lang}/guides/plates/`]) {
          await page.goto(server.url(path));
          await appReady(page);
          const link = page.locator('.report-mistake a');
          assert.ok(await link.isVisible(), `${path} at ${width} px`);
          const href = await link.getAttribute('href');
          assert.match(href, /^mailto:corrections@example\.org\?subject=/);
          const mail = new URL(href);
          const subject = decodeURIComponent(mail.searchParams.get('subject') ?? '');
          const body = decodeURIComponent(href.split('body=')[1] ?? '');
          assert.ok(subject.startsWith(prefix), subject);
          const id = path.split('/').at(-2);
          assert.ok(subject.includes(id), `the subject names ${id}: ${subject}`);
          assert.ok(body.includes(`/dialogue${path}`), `the body carries the address: ${body}`);
        }
        assert.deepEqual(page.errors, []);
        await page.context().close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  });
}
