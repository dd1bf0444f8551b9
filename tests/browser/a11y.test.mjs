// Browser tests of accessibility: screen-reader text, keyboard use, reduced motion, pixel ratio 3.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';
import { decodePng, pixelStats } from './png.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the canvas is named and described, and a live region mirrors the selected event', async () => {
  const { page, context } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1024, height: 700 });
  const canvas = page.locator('#canvas');
  assert.match(await canvas.getAttribute('aria-label'), /Khusrau/);
  assert.match(await page.textContent('#atlas-description'), /arrow keys/);
  await page.waitForFunction(() => document.getElementById('atlas-live').textContent.includes('Sura'));
  assert.match(await page.textContent('#atlas-text'), /Sources: Procopius/);
  // Every panel is there as headed lists: a screen reader cannot read the canvas.
  const headings = await page.$$eval('#atlas-text h2', (hs) => hs.map((h) => h.textContent));
  for (const h of ['On the map', 'Selected event', 'Demands and payments', 'Sieges', "Justinian's decisions", 'Sources'])
    assert.ok(headings.includes(h), `heading ${h} in ${headings}`);
  assert.ok(headings.some((h) => h.startsWith('Chapter: ')));
  const decisions = await page.$$eval('#atlas-text h2', (hs) => {
    const h = hs.find((x) => x.textContent === "Justinian's decisions");
    return [...h.nextElementSibling.querySelectorAll('li')].map((li) => li.textContent);
  });
  assert.ok(decisions.length >= 5 && decisions.some((d) => d.includes('(not yet taken)')), decisions.join(' / '));
  assert.equal(headings[0], 'On the map');  // where the army is, first: "Khusrau's army: at Sura."
  assert.match(await page.$eval('#atlas-text h2', (h) => h.nextElementSibling.textContent), /Khusrau's army: at Sura\./);
  assert.doesNotMatch(await page.textContent('#atlas-text'), /[^.]\.\.(?!\.)/, 'no doubled full stops');
  await context.close();
});

test('the keyboard alone steps through events and plays', async () => {
  const { page, context } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1024, height: 700 });
  await page.keyboard.press('Tab');  // the canvas is reachable with Tab
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => atlas.state().event !== 'sura-razed');
  const next = (await page.evaluate(() => atlas.state())).event;
  await page.waitForFunction((e) => document.getElementById('atlas-live').textContent.length > 0 && atlas.state().event === e, next);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => atlas.state().event === 'sura-razed');
  // Space plays and pauses, however fast the presses come: at the few frames a second of headless
  // SwiftShader two presses often fall between the same two frames, and each must still count.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Space');
    await page.waitForFunction((want) => atlas.state().playing === want, i % 2 === 0, { timeout: 15000 });
  }
  const before = (await page.evaluate(() => atlas.state())).playing;
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');  // a double tap is play-and-pause: back where it was
  await page.waitForTimeout(1500);
  assert.equal((await page.evaluate(() => atlas.state())).playing, before);
  await context.close();
});

test('a keyboard focus ring is seen on the map: its four edges change when Tab reaches it, nothing inside', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 800, height: 600 });
  const shot = async () => decodePng(await page.screenshot());
  const before = await shot();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  await page.waitForTimeout(200);
  const after = await shot();
  const at = (png, x, y) => png.data.subarray(4 * (y * png.width + x), 4 * (y * png.width + x) + 3);
  const changed = (x, y) => { const a = at(before, x, y), b = at(after, x, y); return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) > 60; };
  // The ring is 3 px wide on every edge (strips over the canvas, not an outline over all of it: see index.html).
  const edges = { top: (i) => [i, 1], bottom: (i) => [i, 598], left: (i) => [1, i], right: (i) => [798, i] };
  for (const [name, xy] of Object.entries(edges)) {
    let n = 0;
    for (let i = 10; i < 590; ++i) n += changed(...xy(i));
    assert.ok(n > 0.9 * 580, `the ${name} edge is drawn over when focused (${n} of 580 px changed)`);
  }
  let inside = 0;
  for (let i = 10; i < 590; ++i) inside += changed(i, 4) + changed(4, i);
  assert.ok(inside < 20, `the map inside the ring is untouched (${inside} px changed)`);
  // Not an outline on the canvas: the compositor would blend most of the window again in every frame.
  assert.equal(await page.$eval('#canvas', (c) => getComputedStyle(c).outlineStyle), 'none');
  // The ring is the accent red (#8c2f1b) and meets 3:1 against the map's paper.
  const c = at(after, 400, 1);
  assert.ok(Math.abs(c[0] - 0x8c) < 24 && Math.abs(c[1] - 0x2f) < 24, `the ring is the accent colour (${[...c]})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the focus ring keeps its colour in forced colours (a high-contrast theme would paint it as Canvas)', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 800, height: 600 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.keyboard.press('Tab');
  await page.waitForTimeout(200);
  const after = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 3 } })).data;  // the top strip
  // The map's colours are never forced, so the ring keeps the accent (#8c2f1b) that is seen against them.
  assert.equal(await page.$eval('#ring-t', (r) => getComputedStyle(r).backgroundColor), 'rgb(140, 47, 27)');
  let seen = 0;
  for (let i = 0; i < after.length; i += 4) seen += Math.abs(after[i] - 0x8c) + Math.abs(after[i + 1] - 0x2f) + Math.abs(after[i + 2] - 0x1b) < 30;
  assert.ok(seen > 0.9 * 800, `the top edge is painted in the accent (${seen} of 800 px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('T gives the keys to the timeline: Space on Play, arrows to the step buttons, Esc back', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1024, height: 700 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('t');
  await page.waitForFunction(() => atlas.state().keys === 'timeline', null, { timeout: 15000 });
  await page.keyboard.press('Space');  // the first control, Play, has the keyboard at once
  await page.waitForFunction(() => atlas.state().playing, null, { timeout: 15000 });
  await page.keyboard.press('Space');  // the same control, now labelled Pause
  await page.waitForFunction(() => !atlas.state().playing, null, { timeout: 15000 });
  const { event: at, day } = await page.evaluate(() => atlas.state());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');  // Play → ◀ → ▶
  await page.keyboard.press('Space');
  await page.waitForFunction((e) => atlas.state().event !== e, at, { timeout: 15000 });
  const s = await page.evaluate(() => atlas.state());
  assert.ok(s.day > day, `▶ stepped forward (${at} → ${s.event})`);
  assert.equal(s.keys, 'timeline');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => atlas.state().keys === 'map', null, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('prefers-reduced-motion: no autoplay, and camera moves are instant', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(env.url + '?autoplay=1');
  await page.waitForFunction(() => window.atlas && atlas.ready);
  await page.waitForTimeout(500);
  assert.equal((await page.evaluate(() => atlas.state())).playing, false);
  await page.evaluate(() => atlas.go({ event: 'daras-siege' }));
  await page.waitForFunction(() => atlas.state().event === 'daras-siege');
  assert.equal((await page.evaluate(() => atlas.state())).flying, false);
  await context.close();
});

test('crisp at device pixel ratio 3', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 400, height: 700, dpr: 3 });
  const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
  assert.deepEqual(size, [1200, 2100]);
  const stats = pixelStats(decodePng(await page.screenshot()));
  assert.ok(stats.colours > 60 && stats.coverage > 0.05);
  assert.deepEqual(errors, []);
  await context.close();
});
