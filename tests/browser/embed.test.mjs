// Browser tests of embedding: a good guest on a host page, deep links, postMessage, context loss, viewports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';
import { decodePng, pixelStats } from './png.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// The example article: the atlas in an iframe in a 700 px column, a text field above it.
async function openArticle() {
  const o = await openPage(env.browser, env.url + 'embed-example.html', { width: 1100, height: 800, waitReady: false });
  const frame = await (await o.page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && window.atlas.ready, null, { timeout: 30000 });
  return { ...o, frame };
}
const camera = (frame) => frame.evaluate(() => atlas.state().camera);

test('a good guest: no scroll or focus stolen, host keys and wheel stay the host\'s until the map is active', async () => {
  const { page, context, frame, errors, foreign } = await openArticle();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page is not scrolled on load');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'no focus stolen');
  await page.click('#note');
  await page.keyboard.type('Sura, Beroea');
  assert.equal(await page.inputValue('#note'), 'Sura, Beroea', 'typing in the host field reaches it');

  const box = await page.locator('#atlas').boundingBox();
  const cam0 = await camera(frame);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await page.mouse.wheel(0, 200);  // short of the first section, which would move the map (embed-example.html)
  const scrolledByWheel = await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 5000 }).then(() => true, () => false);
  assert.ok(scrolledByWheel, 'the wheel over the inactive map scrolls the page');
  assert.equal((await camera(frame)).px_per_km, cam0.px_per_km, 'and does not zoom the map');

  const box2 = await page.locator('#atlas').boundingBox();
  await page.mouse.click(box2.x + box2.width * 0.75, box2.y + box2.height * 0.3);  // the map, right of the event's card
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(400);
  assert.ok((await camera(frame)).px_per_km > cam0.px_per_km, 'after a click the wheel zooms the map');
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'and no longer scrolls the page');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, [], 'no request leaves 127.0.0.1');
  await context.close();
});

test('postMessage moves the map and the embed reports back', async () => {
  const { page, context, frame } = await openArticle();
  await page.evaluate(() => document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:goto', event: 'daras-siege' }, location.origin));
  await page.waitForFunction(() => window.lastAtlasState && window.lastAtlasState.event === 'daras-siege', null, { timeout: 10000 });
  const s = await frame.evaluate(() => atlas.state());
  assert.equal(s.event, 'daras-siege');
  await page.evaluate(() => document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:play' }, location.origin));
  await frame.waitForFunction(() => atlas.state().playing, null, { timeout: 15000 });
  await page.evaluate(() => document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:pause' }, location.origin));
  await frame.waitForFunction(() => !atlas.state().playing, null, { timeout: 15000 });
  await context.close();
});

test('a deep link opens on its event with the map centred on the place, and the hash follows', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '?event=sura-razed&bogus=1&date=nope', { width: 1280, height: 800 });
  await page.waitForFunction(() => !atlas.state().flying);
  const s = await page.evaluate(() => atlas.state());
  assert.equal(s.event, 'sura-razed');
  assert.ok(Math.hypot(s.place_px[0] - s.clear_centre_px[0], s.place_px[1] - s.clear_centre_px[1]) < 40, 'centred on Sura');
  assert.match(await page.evaluate(() => location.hash), /event=sura-razed/);
  assert.equal(await page.locator('text=bogus').count(), 0, 'bad values never reach the page as markup');
  assert.deepEqual(errors, []);
  // A reader's own step makes a history entry (host commands replace it instead).
  const next = (await page.evaluate(() => atlas.targets())).next;
  await page.mouse.click(next[0] + next[2] / 2, next[1] + next[3] / 2);
  await page.waitForFunction(() => atlas.state().event !== 'sura-razed' && location.hash.includes('event=' + atlas.state().event));
  await page.waitForFunction(() => !atlas.state().flying);
  await page.goBack();
  await page.waitForFunction(() => atlas.state().event === 'sura-razed', null, { timeout: 15000 });
  await context.close();
});

test('a view link opens where it was made: the hash gives back the same view', async () => {
  for (const [w, h] of [[1280, 800], [700, 900]]) {
    const { page, context } = await openPage(env.browser, env.url + '#view=36.7,36.1,1.5', { width: w, height: h });
    await page.waitForFunction(() => /view=/.test(location.hash), null, { timeout: 15000 });
    await page.waitForFunction(() => !atlas.state().flying, null, { timeout: 10000 });
    assert.match(await page.evaluate(() => location.hash), /view=36\.70\d,36\.10\d,1\.50/, `at ${w}x${h}`);
    const cam = (await page.evaluate(() => atlas.state())).camera;
    assert.ok(Math.abs(cam.lon - 36.7) < 0.01 && Math.abs(cam.lat - 36.1) < 0.01, JSON.stringify(cam));
    await context.close();
  }
});

test('panel= opens a panel from a link, and the hash follows the reader\'s tab', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=beroea-burned&panel=demands', { width: 1280, height: 800 });
  await page.waitForFunction(() => atlas.state().panel === 'demands', null, { timeout: 15000 });
  await page.waitForFunction(() => Object.keys(atlas.targets()).some((k) => k.startsWith('demand:')), null, { timeout: 15000 });
  await page.waitForFunction(() => /panel=demands/.test(location.hash), null, { timeout: 15000 });
  const sieges = (await page.evaluate(() => atlas.targets()))['tab:Sieges'];
  await page.mouse.click(sieges[0] + sieges[2] / 2, sieges[1] + sieges[3] / 2);
  await page.waitForFunction(() => /panel=sieges/.test(location.hash), null, { timeout: 15000 });
  const story = (await page.evaluate(() => atlas.targets()))['tab:Story'];
  await page.mouse.click(story[0] + story[2] / 2, story[1] + story[3] / 2);  // the wide layout's default
  await page.waitForFunction(() => atlas.state().panel === 'story' && !/panel=/.test(location.hash), null, { timeout: 15000 });
  await page.evaluate(() => atlas.go({ panel: 'justinian' }));  // the host API (and atlas:goto) take it too
  await page.waitForFunction(() => atlas.state().panel === 'decisions', null, { timeout: 15000 });  // its name now
  assert.deepEqual(errors, []);
  await context.close();
  // On a phone the link opens the sheet on that panel.
  const phone = await openPage(env.browser, env.url + '#event=daras-siege&panel=sieges', { width: 390, height: 844, dpr: 2 });
  await phone.page.waitForFunction(() => !!atlas.targets()['siege:daras-siege'], null, { timeout: 15000 });
  assert.equal((await phone.page.evaluate(() => atlas.state())).panel, 'sieges');
  await phone.context.close();
});

test('a lost WebGL context is restored and the map drawn again', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 900, height: 600 });
  await page.evaluate(() => { window.lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context'); window.lose.loseContext(); });
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => atlas.framesDrawn);
  await page.evaluate(() => window.lose.restoreContext());
  await page.waitForFunction((n) => atlas.framesDrawn > n, before, { timeout: 10000 });
  await page.waitForTimeout(300);
  const stats = pixelStats(decodePng(await page.screenshot()));
  assert.ok(stats.colours > 60 && stats.coverage > 0.05, 'drawn again after restore');
  assert.equal(await page.evaluate(() => atlas.error), null);
  assert.deepEqual(errors.filter((e) => !/WebGL|context/i.test(e)), []);
  await context.close();
});

for (const [w, h] of [[320, 480], [700, 450], [1920, 1080]]) {
  for (const dpr of [1, 2]) {
    test(`${w}x${h} at pixel ratio ${dpr} draws a real frame`, async () => {
      const { page, context, errors, foreign } = await openPage(env.browser, env.url + '?embed=1', { width: w, height: h, dpr });
      const stats = pixelStats(decodePng(await page.screenshot()));
      assert.ok(stats.colours > 40 && stats.coverage > 0.03, `${stats.colours} colours, ${(stats.coverage * 100).toFixed(1)}% content`);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }
}

test('started hidden at zero size, then shown, it draws', async () => {
  const { page, context } = await openPage(env.browser, env.url + 'embed-example.html', { width: 900, height: 700, waitReady: false });
  await page.evaluate(() => { const f = document.getElementById('atlas'); f.style.height = '0px'; });
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await page.waitForTimeout(1500);
  await page.evaluate(() => { document.getElementById('atlas').style.height = '450px'; });
  await frame.waitForFunction(() => window.atlas && window.atlas.ready, null, { timeout: 30000 });
  const size = await frame.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
  assert.ok(size[1] > 400, `canvas resized to ${size}`);
  await context.close();
});

test('two fingers pinch-zoom the map (touch)', async () => {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 700 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(env.url + '?panels=0');
  await page.waitForFunction(() => window.atlas && atlas.ready);
  const client = await context.newCDPSession(page);
  const send = (type, touchPoints) => client.send('Input.dispatchTouchEvent', { type, touchPoints });
  const z0 = (await page.evaluate(() => atlas.state())).camera.px_per_km;
  await send('touchStart', [{ x: 400, y: 300, id: 1 }, { x: 500, y: 300, id: 2 }]);
  for (let i = 1; i <= 6; i++) {
    await send('touchMove', [{ x: 400 - i * 20, y: 300, id: 1 }, { x: 500 + i * 20, y: 300, id: 2 }]);
    await page.waitForTimeout(60);
  }
  await send('touchEnd', []);
  await page.waitForFunction((z) => atlas.state().camera.px_per_km > z * 2, z0, { timeout: 15000 });
  await context.close();
});

test('one finger scrolls the host page over an inactive map; after a tap it pans the map (touch)', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(env.url + 'embed-example.html');
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && window.atlas.ready, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  const client = await context.newCDPSession(page);
  const send = (type, touchPoints) => client.send('Input.dispatchTouchEvent', { type, touchPoints });
  const drag = async (x, y, dx, dy) => {
    await send('touchStart', [{ x, y, id: 1 }]);
    for (let i = 1; i <= 10; i++) { await send('touchMove', [{ x: x + i * dx, y: y + i * dy, id: 1 }]); await page.waitForTimeout(50); }
    await send('touchEnd', []);
    await page.waitForTimeout(800);
  };
  let box = await page.locator('#atlas').boundingBox();
  const cam0 = await camera(frame);
  await drag(box.x + box.width * 0.4, Math.min(box.y + box.height * 0.6, 700), 0, -20);  // short of the first section
  await page.waitForFunction(() => window.scrollY > 100, null, { timeout: 5000 }).catch(() => {});  // a busy machine scrolls late
  assert.ok(await page.evaluate(() => window.scrollY) > 100, 'the page scrolled');
  assert.deepEqual(await camera(frame), cam0, 'the inactive map did not move');

  box = await page.locator('#atlas').boundingBox();
  const x = box.x + box.width * 0.7, y = box.y + box.height * 0.4;  // the map, right of the event's card
  await page.touchscreen.tap(x, y);  // activates the map
  await frame.waitForFunction(() => document.activeElement && document.activeElement.id === 'canvas', null, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(700);    // longer than a double tap: the drag below must not zoom
  // A tap on a city flies to it: the drag starts once the map is still.
  await frame.waitForFunction(() => !window.atlas.state().flying, null, { timeout: 5000 });
  const scrolled = await page.evaluate(() => window.scrollY), cam1 = await camera(frame);
  await drag(x, y, 10, -10);
  const cam2 = await camera(frame);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page stays put');
  assert.ok(Math.abs(cam2.lon - cam1.lon) + Math.abs(cam2.lat - cam1.lat) > 0.5, `the map panned (${JSON.stringify(cam1)} -> ${JSON.stringify(cam2)})`);
  assert.equal(cam2.px_per_km, cam1.px_per_km, 'and did not zoom');
  await context.close();
});
