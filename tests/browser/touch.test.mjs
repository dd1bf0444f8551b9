// Browser tests of one finger on an embedded map: it scrolls the page until the map is tapped, then pans it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// The example article on a phone, with CDP touches in page coordinates and the frame's targets mapped to them.
async function openPhoneArticle() {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
  const page = await context.newPage();
  await page.goto(env.url + 'embed-example.html');
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && atlas.ready && !atlas.state().flying, null, { timeout: 30000 });
  await frame.evaluate(() => {  // the hint fades after a while: record what it said while it showed
    const hint = document.getElementById('hint');
    window.hintSeen = '';
    new MutationObserver(() => { if (hint.classList.contains('shown')) window.hintSeen = hint.textContent; })
      .observe(hint, { attributes: true, childList: true });
  });
  const client = await context.newCDPSession(page);
  const send = (type, touchPoints) => client.send('Input.dispatchTouchEvent', { type, touchPoints });
  const drag = async ([x, y], dx, dy) => {
    await send('touchStart', [{ x, y, id: 1 }]);
    for (let i = 1; i <= 10; i++) { await send('touchMove', [{ x: x + i * dx, y: y + i * dy, id: 1 }]); await page.waitForTimeout(50); }
    await send('touchEnd', []);
    await page.waitForTimeout(800);
  };
  const tap = async ([x, y]) => { await send('touchStart', [{ x, y, id: 1 }]); await send('touchEnd', []); await page.waitForTimeout(700); };
  // A place's dot on the page (the frame's targets are CSS px of its canvas).
  const placeAt = async (id) => {
    const [l, t] = await page.evaluate(() => { const f = document.getElementById('atlas'), r = f.getBoundingClientRect(); return [r.left + f.clientLeft, r.top + f.clientTop]; });
    const r = (await frame.evaluate(() => atlas.targets()))['place:' + id];
    assert.ok(r, `${id} is on the map`);
    return [l + r[0] + r[2] / 2, t + r[1] + r[3] / 2];
  };
  const state = () => frame.evaluate(() => atlas.state());
  return { context, page, frame, drag, tap, placeAt, state };
}

test('one finger dragged across the untapped map moves neither the map nor its selection, and says how to', async () => {
  const { context, page, frame, drag, placeAt, state } = await openPhoneArticle();
  const s0 = await state();
  await drag(await placeAt('antioch'), 12, 0);  // sideways: the page cannot scroll that way
  let s = await state();
  assert.deepEqual(s.camera, s0.camera, 'the untapped map did not pan');
  assert.equal(s.event, s0.event, 'nor was the city it started on chosen');
  assert.match(await frame.evaluate(() => window.hintSeen), /two fingers/, 'the touch hint was shown');
  assert.notEqual(await frame.evaluate(() => document.activeElement.id), 'canvas', 'the map is still not active');

  await page.evaluate(() => window.scrollTo(0, 150));  // a page scroll that starts on a city chooses nothing
  await page.waitForTimeout(300);
  await drag(await placeAt('antioch'), 0, -20);
  await page.waitForFunction(() => window.scrollY > 200, null, { timeout: 5000 }).catch(() => {});  // a busy machine scrolls late
  assert.ok(await page.evaluate(() => window.scrollY) > 200, 'the page scrolled');
  s = await state();
  assert.equal(s.event, s0.event, 'a scroll is not a click on the city under the finger');
  assert.deepEqual(s.camera, s0.camera);
  await context.close();
});

test('a tap on the untapped map is still a tap: it chooses the city and activates the map, which one finger then pans', async () => {
  const { context, page, frame, drag, tap, placeAt, state } = await openPhoneArticle();
  const s0 = await state();
  await tap(await placeAt('antioch'));
  await frame.waitForFunction((e) => atlas.state().event !== e, s0.event, { timeout: 10000 });
  assert.match((await state()).event, /antioch/, 'the tapped city\'s event is chosen');
  await frame.waitForFunction(() => document.activeElement.id === 'canvas', null, { timeout: 5000 });
  await frame.waitForFunction(() => !atlas.state().flying, null, { timeout: 10000 });
  assert.equal(await frame.evaluate(() => window.hintSeen), '', 'no hint for a tap');
  const cam1 = (await state()).camera, scrolled = await page.evaluate(() => window.scrollY);
  await drag(await placeAt('sura'), -12, 6);
  const cam2 = (await state()).camera;
  assert.ok(Math.abs(cam2.lon - cam1.lon) + Math.abs(cam2.lat - cam1.lat) > 0.3, `the active map panned (${JSON.stringify(cam1)} -> ${JSON.stringify(cam2)})`);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'and the page did not scroll');
  await context.close();
});

test('two fingers zoom the untapped map, and a pinch that starts on a city does not choose it', async () => {
  const { context, page, placeAt, state } = await openPhoneArticle();
  const s0 = await state();
  const client = await context.newCDPSession(page);
  const send = (type, touchPoints) => client.send('Input.dispatchTouchEvent', { type, touchPoints });
  const [x, y] = await placeAt('antioch');
  await send('touchStart', [{ x, y, id: 1 }]);
  await page.waitForTimeout(100);  // the first finger's press reaches a frame before the second finger lands
  await send('touchStart', [{ x, y, id: 1 }, { x: x + 60, y, id: 2 }]);
  for (let i = 1; i <= 6; i++) { await send('touchMove', [{ x, y, id: 1 }, { x: x + 60 + i * 15, y, id: 2 }]); await page.waitForTimeout(60); }
  await send('touchEnd', []);
  await page.waitForTimeout(800);
  const s = await state();
  assert.ok(s.camera.px_per_km > s0.camera.px_per_km * 1.5, `zoomed: ${s0.camera.px_per_km} -> ${s.camera.px_per_km}`);
  assert.equal(s.event, s0.event, 'the city under the first finger was not chosen');
  await context.close();
});
