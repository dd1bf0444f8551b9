// The poster (poster.wasm): drawn before the program arrives, where the program's first frame puts the same
// land and sea, gone once that frame is drawn; not drawn for a deep link; a broken poster costs nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';
import { decodePng } from './png.mjs';

const SEA = [0xb9, 0xcb, 0xc6], LAND = [0xef, 0xe6, 0xcf];
const near = (p, i, c) => Math.abs(p[i] - c[0]) + Math.abs(p[i + 1] - c[1]) + Math.abs(p[i + 2] - c[2]);

// Sea or land at each point of a grid over the open map (the part neither the panel nor the timeline covers),
// where a pixel is clearly one of the two; null where it is a line, a label or a marker.
function landOrSea(png, open, step) {
  const out = [];
  for (let y = open.y + step / 2; y < open.y + open.h; y += step)
    for (let x = open.x + step / 2; x < open.x + open.w; x += step) {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4, s = near(png.data, i, SEA), l = near(png.data, i, LAND);
      out.push(Math.min(s, l) > 45 ? null : s < l ? 'sea' : 'land');
    }
  return out;
}

// Loads the page with the program held back; returns the poster's picture, then the first frame's.
async function posterAndFrame(env, size, query = '') {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page, context, errors } = await openPage(env.browser, env.url + query, { ...size, waitReady: false,
    setup: (c) => c.route('**/campaign-atlas.wasm', async (route) => { await held; await route.continue(); }) });
  try {
    const drawn = await page.waitForSelector('#poster', { timeout: 10000 }).then(() => true, () => false);
    const poster = drawn ? decodePng(await page.screenshot()) : null;
    const posterScale = drawn ? await page.evaluate(() => Number(document.getElementById('poster').dataset.pxPerKm)) : null;
    if (size.resize) {  // the window's resize event comes a frame or more later on a busy machine
      await page.setViewportSize(size.resize);
      await page.waitForFunction(() => !document.getElementById('poster'), null, { timeout: 5000 }).catch(() => {});
    }
    const afterResize = await page.evaluate(() => !!document.getElementById('poster'));
    const marked = await page.evaluate(() => performance.getEntriesByName('atlas:first-picture').length);
    release();
    await page.waitForFunction(() => window.atlas.ready, null, { timeout: 30000 });
    const [x, y, right, bottom] = await page.evaluate(() => window.atlas.state().clear_px);  // CSS px of the open map
    const frame = decodePng(await page.screenshot());
    const scale = await page.evaluate(() => window.atlas.state().camera.px_per_km);  // device px per km
    return { poster, posterScale, afterResize, scale, frame, open: { x, y, w: right - x, h: bottom - y }, marked, gone: await page.evaluate(() => !document.getElementById('poster')), errors,
      label: await page.evaluate(() => document.getElementById('loading').hidden) };
  } finally { await context.close(); }
}

test('the poster shows the first view\'s land and sea where the first frame draws them, at every layout', async () => {
  const env = await start();
  try {
    for (const [size, query] of [[{ width: 1280, height: 800 }, ''], [{ width: 390, height: 844, dpr: 3 }, ''],
      [{ width: 1920, height: 1080 }, '?panels=0'], [{ width: 768, height: 1024, dpr: 2 }, '?embed=1'],
      [{ width: 1000, height: 700, dpr: 1.25 }, '#embed=0']]) {
      const r = await posterAndFrame(env, size, query);
      // Placed exactly as the first frame: the same scale (the page's deep link, if any, moves it later).
      assert.ok(Math.abs(r.posterScale / r.scale - 1) < 1e-4, `${size.width}: the poster's scale ${r.posterScale} is the first frame's ${r.scale}`);
      assert.ok(r.poster, `${size.width}: the poster is drawn while the program is held back`);
      assert.equal(r.marked, 1, 'the first picture is the poster\'s');
      assert.ok(r.gone && r.label, 'the poster and the loading label are gone once the program draws');
      assert.deepEqual(r.errors, []);
      // In device px; the loading label sits over the poster's top left corner: its 60 CSS px are left out.
      const d = size.dpr || 1, open = { x: r.open.x * d, y: (r.open.y + 60) * d, w: r.open.w * d, h: (r.open.h - 60) * d };
      const a = landOrSea(r.poster, open, 12 * d), b = landOrSea(r.frame, open, 12 * d);
      let both = 0, same = 0, sea = 0;
      a.forEach((v, i) => { if (v && b[i]) { both++; if (v === b[i]) same++; if (v === 'sea') sea++; } });
      assert.ok(both > 300, `${size.width}: enough clear points to compare (${both})`);
      assert.ok(sea > 20, `${size.width}: the view has sea in it (${sea} points)`);
      // 97.5-99.7 % measured: lines simplified to 5 km, and the labels' halos read as land or sea
      assert.ok(same / both >= 0.96, `${size.width}: land and sea agree at ${same} of ${both} points`);
    }
  } finally { await env.stop(); }
});

test('a deep link, unsure flags, a column sized by its text, a resize and a broken poster wait for the program, which draws as before', async () => {
  const env = await start();
  try {
    const linked = await posterAndFrame(env, { width: 1280, height: 800 }, '#event=sura-razed');
    assert.equal(linked.poster, null, 'no poster for a link to an event');
    const column = await posterAndFrame(env, { width: 768, height: 1024 });
    assert.equal(column.poster, null, 'no poster where the map\'s size waits for the panel\'s text');
    for (const query of ['?panels=false', '?embed=1&embed=0', '#panels=2'])  // what the page cannot be sure the program reads so
      assert.equal((await posterAndFrame(env, { width: 1280, height: 800 }, query)).poster, null, `no poster for ${query}`);
    const turned = await posterAndFrame(env, { width: 1280, height: 800, resize: { width: 800, height: 1280 } });
    assert.ok(turned.poster && !turned.afterResize, 'a poster drawn for one size is taken away when the window changes');
    const { page, context, errors } = await openPage(env.browser, env.url, {
      setup: (c) => c.route('**/poster.wasm', (route) => route.fulfill({ status: 200, body: 'not wasm' })) });
    assert.equal(await page.evaluate(() => window.atlas.ready), true, 'the map is drawn');
    assert.deepEqual(errors, [], 'a console warning, no error');
    await context.close();
  } finally { await env.stop(); }
});
