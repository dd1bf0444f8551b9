// Browser smoke test: the wasm build starts, draws real content, logs no errors, at pixel ratio 1 and 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage } from './harness.mjs';
import { decodePng, pixelStats } from './png.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

for (const dpr of [1, 2]) {
  test(`page draws the map and panels at device pixel ratio ${dpr}`, async () => {
    const { page, context, errors, foreign } = await openPage(env.browser, env.url, { width: 1024, height: 640, dpr });
    assert.equal(await page.evaluate(() => window.atlas.error), null);
    assert.equal(await page.evaluate(() => window.atlas.ready), true);
    const campaign = JSON.parse(readFileSync('assets/campaigns/khusrau-540.json', 'utf8'));
    assert.equal(await page.title(), `Campaign Atlas \u2014 ${campaign.title}`, 'the page is titled by the campaign file');
    const size = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
    assert.deepEqual(size, [1024 * dpr, 640 * dpr], 'backing store = CSS size x devicePixelRatio');
    const png = decodePng(await page.screenshot());
    const stats = pixelStats(png);
    assert.ok(stats.colours > 40, `expected a drawn frame, got ${stats.colours} colours`);
    assert.ok(stats.coverage > 0.02, `expected content, ${(stats.coverage * 100).toFixed(1)}% differs from the background`);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });
}

test('a missing wasm file shows a readable error instead of a blank canvas', async () => {
  const { page, context } = await openPage(env.browser, env.url, { waitReady: false });
  await page.route('**/campaign-atlas.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.reload();
  await page.waitForFunction(() => window.atlas && window.atlas.error, null, { timeout: 30000 });
  assert.equal(await page.isVisible('#error'), true);
  assert.match(await page.textContent('#error'), /could not be shown/);
  await context.close();
});
