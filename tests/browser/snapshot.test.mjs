// Browser tests of Save image (atlas.snapshot(), a PNG at twice the canvas size, at least 640 CSS px wide, with the
// key and a caption; the button downloads it) and of the locator inset of the wider world.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage } from './harness.mjs';
import { decodePng } from './png.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const settle = (page) => page.waitForFunction(() => !atlas.state().flying, null, { timeout: 10000 });
const snapshot = (page) => page.evaluate(async () => {
  const blob = await atlas.snapshot();
  return { type: blob.type, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) };
});

test('atlas.snapshot() is a PNG of the view at 2x, with the key and the caption; the screen is unchanged', async () => {
  for (const [width, height, dpr, wantW, wantH] of [[1280, 800, 1, 2560, 1600], [390, 844, 2, 1280, 1688]]) {
    const { page, context, errors } = await openPage(env.browser, env.url + '#event=antioch-sacked', { width, height, dpr });
    await settle(page);
    const before = await page.evaluate(() => atlas.state().camera);
    const shot = await snapshot(page);
    assert.equal(shot.type, 'image/png');
    const png = decodePng(Buffer.from(shot.bytes));
    assert.equal(png.width, wantW, `${width}x${height}: width`);
    assert.equal(png.height, wantH, `${width}x${height}: height`);
    // The caption's paper along the bottom and the key's at the top left: light, opaque, unlike the sea.
    const at = (x, y) => png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4);
    const caption = at(Math.round(png.width * 0.2), png.height - 30), key = at(500, 50);  // right of the word "Key"
    for (const p of [caption, key]) assert.ok(p[0] > 220 && p[1] > 210 && p[3] === 255, `paper at the caption and the key (${[...p]})`);
    let ink = 0;  // the caption has text on it
    for (let x = 40; x < Math.min(png.width - 40, 1200); x++) for (let y = png.height - 200; y < png.height - 20; y += 2) if (at(x, y)[0] < 90) ink++;
    assert.ok(ink > 200, `the caption has words (${ink} dark pixels)`);
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => atlas.state().camera), before, 'the screen keeps its view');
    assert.ok(await page.evaluate(() => !!atlas.targets().play), 'and its controls');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the Save image button downloads the picture', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1280, height: 800 });
  await settle(page);
  const t = (await page.evaluate(() => atlas.targets()))['save-image'];
  assert.ok(t, 'the button is drawn');
  const download = page.waitForEvent('download', { timeout: 15000 });
  await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
  const file = await download;
  assert.equal(file.suggestedFilename(), 'khusrau-540-sura-razed.png');
  const png = decodePng(readFileSync(await file.path()));
  assert.equal(png.width, 2560);
  assert.equal(png.height, 1600);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a locator places the theatre in the wider world and names the places the map cannot show', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  await page.waitForFunction(() => !!atlas.targets().locator, null, { timeout: 10000 });
  const t = await page.evaluate(() => atlas.targets());
  const [x, y, w, h] = t.locator, [l, top, r, b] = (await page.evaluate(() => atlas.state())).clear_px;
  assert.ok(x > l && x + w <= r && y > top && y + h <= b, 'in the map no panel covers');
  for (const id of ['ravenna', 'constantinople']) assert.ok(t['locator:place:' + id], `${id} is named on it`);
  for (const [k, box] of Object.entries(t).filter(([k]) => k.startsWith('label:')))
    assert.ok(!(box[0] < x + w && x < box[0] + box[2] && box[1] < y + h && y < box[1] + box[3]), `${k} keeps off the locator`);
  await context.close();
  const phone = await openPage(env.browser, env.url, { width: 390, height: 844, dpr: 2 });
  await phone.page.waitForTimeout(1500);
  assert.ok(!(await phone.page.evaluate(() => atlas.targets())).locator, 'a phone\'s map has no room for it');
  await phone.context.close();
  assert.deepEqual(errors, []);
});
