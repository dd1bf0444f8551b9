// Browser tests of sources with a url: a link in the Sources panel opens a new tab, and the screen-reader
// text has the same link (out of the Tab order); nothing is fetched from elsewhere until the reader asks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const GUTENBERG = 'https://www.gutenberg.org/ebooks/16764';

test('a source with a url is a link on screen and in the screen-reader text', async () => {
  const { page, context, errors, foreign } = await openPage(env.browser, env.url + '#panel=sources', { width: 1280, height: 800 });
  await context.route('https://www.gutenberg.org/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<p>Procopius</p>' }));
  const link = await page.evaluate((url) => {
    const a = [...document.querySelectorAll('#atlas-text a')].find((x) => x.href === url);
    return a && { text: a.textContent, target: a.target, rel: a.rel, tab: a.tabIndex };
  }, GUTENBERG);
  assert.ok(link, 'the text mirror links the source');
  assert.match(link.text, /^Procopius, Wars: .*\(read it online\)$/);
  assert.equal(link.target, '_blank');
  assert.match(link.rel, /noopener/);
  assert.equal(link.tab, -1);
  assert.deepEqual(foreign, [], 'nothing fetched from elsewhere before the reader asks');
  await page.waitForFunction(() => !!atlas.targets()['link:procopius'], null, { timeout: 10000 });
  let t = (await page.evaluate(() => atlas.targets()))['link:procopius'];
  for (let i = 0; i < 20 && t[1] + t[3] > 796; i++) {  // scrolled into view with the wheel, as a reader would
    await page.mouse.move(1100, 400);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(200);
    t = (await page.evaluate(() => atlas.targets()))['link:procopius'];
  }
  const opened = context.waitForEvent('page', { timeout: 10000 });
  await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
  const tab = await opened;
  await tab.waitForLoadState();
  assert.equal(tab.url(), GUTENBERG, 'the link opens the source in a new tab');
  assert.deepEqual(errors, []);
  await context.close();
});
