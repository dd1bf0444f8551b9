// Browser tests of the embed's full-screen button: framed only, accessible, clear of the panels, a new tab where not allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// A host page whose iframe may not go full screen: as a host on another site without allow="fullscreen"
// (a same-site iframe may by default, so the policy is refused outright here).
const HOST = '<!doctype html><title>host</title><iframe id="atlas" src="index.html?embed=1#event=sura-razed" title="map" allow="fullscreen \'none\'" style="width:600px;height:450px;border:0"></iframe>';
const routeHost = (context) => context.route('**/plain-host.html', (r) => r.fulfill({ contentType: 'text/html', body: HOST }));

async function framed(page) {
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && atlas.ready, null, { timeout: 30000 });
  return frame;
}
const luminance = (rgb) => {
  const c = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

test('the full-screen button is there when framed, at any size clear of the panels, and not on the page itself', async () => {
  for (const [w, h] of [[320, 568], [390, 844], [700, 450], [1280, 800]]) {
    const { page, context } = await openPage(env.browser, env.url + 'embed-example.html', { width: w, height: h, waitReady: false });
    const frame = await framed(page);
    await frame.waitForFunction(() => !document.getElementById('fullscreen').hidden, null, { timeout: 5000 });
    const b = await frame.evaluate(() => {
      const el = document.getElementById('fullscreen'), r = el.getBoundingClientRect(), cs = getComputedStyle(el);
      return { tag: el.tagName, label: el.getAttribute('aria-label'), rect: [r.left, r.top, r.right, r.bottom], color: cs.color, bg: cs.backgroundColor,
               clear: atlas.state().clear_px, targets: atlas.targets() };
    });
    assert.equal(b.tag, 'BUTTON');
    assert.match(b.label, /full screen|new tab/);
    assert.ok(b.rect[2] - b.rect[0] >= 24 && b.rect[3] - b.rect[1] >= 24, `a 24 px target at ${w}x${h}: ${b.rect}`);
    assert.ok(contrast(b.color, b.bg) >= 4.5, `glyph contrast ${contrast(b.color, b.bg).toFixed(1)}`);
    assert.ok(b.rect[0] >= b.clear[0] && b.rect[2] <= b.clear[2] && b.rect[3] <= b.clear[3], `inside the clear map ${b.clear} at ${w}x${h}: ${b.rect}`);
    for (const [name, t] of Object.entries(b.targets)) {  // no control the app drew is under it
      const overlaps = t[0] < b.rect[2] && t[0] + t[2] > b.rect[0] && t[1] < b.rect[3] && t[1] + t[3] > b.rect[1];
      assert.ok(!overlaps || name.startsWith('place:'), `${name} ${t} under the button at ${w}x${h}`);
    }
    await context.close();
  }
  const wide = await openPage(env.browser, env.url + '?embed=1', { width: 1280, height: 800 });  // the wide layout's panel is on the right
  const r = await wide.page.evaluate(() => [document.getElementById('fullscreen').getBoundingClientRect().right, atlas.state().clear_px[2]]);
  assert.ok(r[0] <= r[1], `left of the panel: ${r}`);
  await wide.context.close();
  const top = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  assert.equal(await top.page.locator('#fullscreen').isVisible(), false, 'not shown on the page itself');
  await top.context.close();
});

test('where the host allows it the button shows the map full screen, and again leaves it', async () => {
  const { page, context } = await openPage(env.browser, env.url + 'embed-example.html', { width: 1100, height: 800, waitReady: false });
  const frame = await framed(page);
  assert.equal(await frame.evaluate(() => document.fullscreenEnabled), true, 'embed-example.html allows full screen');
  await frame.click('#fullscreen');
  await frame.waitForFunction(() => document.fullscreenElement === document.documentElement, null, { timeout: 5000 });
  await frame.waitForFunction(() => document.getElementById('fullscreen').getAttribute('aria-label') === 'Leave full screen', null, { timeout: 5000 });
  const fills = await frame.evaluate(() => [innerWidth, innerHeight, screen.width, screen.height]);
  assert.ok(fills[0] > 700, `the map fills the screen: ${fills}`);
  await frame.click('#fullscreen');
  await frame.waitForFunction(() => !document.fullscreenElement, null, { timeout: 5000 });
  await context.close();
});

test('where the host does not allow full screen, the button opens the map in a new tab on the same event', async () => {
  const { page, context } = await openPage(env.browser, env.url + 'plain-host.html', { width: 800, height: 600, waitReady: false, setup: routeHost });
  const frame = await framed(page);
  assert.equal(await frame.evaluate(() => document.fullscreenEnabled), false);
  await frame.evaluate(() => atlas.go({ event: 'antioch-sacked' }));
  await frame.waitForFunction(() => /event=antioch-sacked/.test(location.hash), null, { timeout: 10000 });
  assert.equal(await frame.getAttribute('#fullscreen', 'aria-label'), 'Open the map in a new tab');
  const [tab] = await Promise.all([context.waitForEvent('page'), frame.click('#fullscreen')]);
  await tab.waitForLoadState();
  const url = new URL(tab.url());
  assert.match(url.hash, /event=antioch-sacked/, `the new tab lands on the same event: ${url}`);
  assert.doesNotMatch(url.search + url.hash, /embed=/, 'with the full chrome');
  assert.equal(await tab.evaluate(() => window.opener), null, 'and no hold on the host page');
  await context.close();
});
