// Browser tests of the example article (assets/host/embed-example.html): the section being read moves the map, told in words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

for (const [w, h] of [[1100, 800], [390, 844]]) {
  test(`at ${w}x${h} the section read below the sticky map is the one the map shows, and the status line says it in words`, async () => {
    const { page, context, errors } = await openPage(env.browser, env.url + 'embed-example.html', { width: w, height: h, waitReady: false });
    const frame = await (await page.waitForSelector('#atlas')).contentFrame();
    await frame.waitForFunction(() => window.atlas && atlas.ready, null, { timeout: 30000 });
    const sections = await page.evaluate(() => [...document.querySelectorAll('section')].map((s) => ({ event: s.dataset.atlasEvent, chapter: s.dataset.atlasChapter })));
    for (let n = 1; n < sections.length; n++) {
      // Section n starts just below the stuck map: it is what the reader reads, and section n-1 is behind the map.
      await page.evaluate((i) => {
        const box = document.querySelector('.atlas'), s = document.querySelectorAll('section')[i];
        window.scrollTo(0, s.getBoundingClientRect().top + scrollY - box.offsetHeight - 24);
      }, n);
      const want = sections[n];
      const shows = (s, x) => !!s && (x.event ? s.event === x.event : s.chapter === x.chapter);
      await page.waitForFunction((x) => { const s = window.lastAtlasState; return !!s && (x.event ? s.event === x.event : s.chapter === x.chapter); }, want, { timeout: 10000 })
        .catch(() => {});  // asserted below, with what it shows instead
      await page.waitForTimeout(400);  // and it stays there
      const s = await page.evaluate(() => window.lastAtlasState);
      assert.ok(shows(s, want), `section ${n} (${JSON.stringify(want)}) drives the map, not section ${n - 1}: it shows ${s && (s.event + ' / ' + s.chapter)}`);
      const status = await page.textContent('#atlas-status');
      assert.match(status, /^The map shows .+\.$/, status);
      assert.doesNotMatch(status, /[a-z0-9]+-[a-z0-9]+|\d{4}-\d\d/, `no ids or ISO dates: ${status}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
