// Browser tests of browser zoom and huge screens: the raster scale is capped, and where the browser gives a
// smaller drawing buffer than asked the map is drawn at it and the pointer still lands where it aims.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';
import { decodePng } from './png.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const backing = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas'), gl = c.getContext('webgl2');
  return { css: c.clientWidth, width: c.width, buffer: gl.drawingBufferWidth, bufferH: gl.drawingBufferHeight,
           cssH: c.clientHeight, heap: Module.HEAP8.length };
});

test('at browser zoom 500 % and at a pixel ratio of 20 the map is drawn at most three times as sharp', async () => {
  for (const [width, height, dpr] of [[1280, 800, 5], [400, 300, 20]]) {
    const t0 = Date.now();
    const { page, context, errors } = await openPage(env.browser, env.url, { width, height, dpr });
    const ready = Date.now() - t0;
    assert.equal(await page.evaluate(() => atlas.error), null);
    await page.keyboard.press('ArrowRight');  // a step redraws: no frame may take seconds
    const t1 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const step = Date.now() - t1;
    const b = await backing(page);
    assert.equal(b.width, Math.round(b.css * 3), `${width}x${height} at ${dpr}: backing store ${b.width} for ${b.css} CSS px`);
    assert.ok(b.heap <= 64 * 1024 * 1024, `wasm memory ${b.heap} bytes`);
    assert.ok(ready < 20000 && step < 5000, `ready in ${ready} ms, a step in ${step} ms`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a canvas larger than the browser draws, and the pointer lands on the city it aims at', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 2800, height: 1800, dpr: 3 });
  const b = await backing(page);
  assert.ok(b.buffer <= b.width && b.buffer > 0, JSON.stringify(b));
  const events = await page.evaluate(() => fetch('campaigns/khusrau-540.json').then((r) => r.json()).then((c) => c.events));
  await page.waitForFunction(() => !atlas.state().flying, null, { timeout: 10000 });
  await page.waitForTimeout(500);  // the first frames settle the panel's height, and the camera with it
  const targets = await page.evaluate(() => atlas.targets());
  const markers = Object.entries(targets).filter(([k]) => k.startsWith('marker:'))
    .filter(([k]) => events.some((e) => e.place === k.slice(7)));
  assert.ok(markers.length >= 5, 'cities with events are drawn: ' + markers.length);
  // The pointer lands where it aims: over each city's marker, that city's tooltip is the one shown (a
  // pointer scaled by the asked ratio, not the one the browser gave, lands a fifth of the way off).
  for (const [name, [x, y, w, h]] of markers.slice(-4)) {
    await page.mouse.move(x + w / 2, y + h / 2);
    const id = name.slice(7);
    const shown = await page.waitForFunction((id) => Object.keys(atlas.targets()).some((k) => k === 'tooltip:' + id), id,
      { timeout: 5000 }).then(() => true, () => false);
    const tips = Object.keys(await page.evaluate(() => atlas.targets())).filter((k) => k.startsWith('tooltip:'));
    assert.ok(shown, `over ${name} (drawing buffer ${b.buffer} of ${b.width} px) the tooltips are ${tips.join(', ') || 'none'}`);
  }
  // And each city's dot is drawn where the page is told it is: the picture is not cropped to the buffer.
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  const now = await page.evaluate(() => atlas.targets());
  for (const name of markers.slice(-4).map(([k]) => k)) {
    const [x, y, w, h] = now[name];
    const png = decodePng(await page.screenshot({ clip: { x, y, width: w, height: h } }));
    let dot = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, bl] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (Math.max(r, g, bl) - Math.min(r, g, bl) > 60 && r + g + bl < 450) dot++;
    }
    assert.ok(dot > 0, `${name}: no dot drawn at its target (drawing buffer ${b.buffer} of ${b.width} px)`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
