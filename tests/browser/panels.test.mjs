// Browser tests of panels and timeline: a Demands row moves date and map, play advances, idle draws nothing, layouts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { start, openPage } from './harness.mjs';
import { decodePng, pixelStats } from './png.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const settle = (page) => page.waitForFunction(() => !atlas.state().flying, null, { timeout: 10000 });
// Clicks a named control where the last frame drew it (waiting for it to appear, e.g. after a tab switch);
// a control scrolled out of sight is first brought into view with the wheel, as a reader would.
async function clickTarget(page, name) {
  await page.waitForFunction((n) => !!atlas.targets()[n], name, { timeout: 5000 }).catch(() => {});
  let t = (await page.evaluate(() => atlas.targets()))[name];
  assert.ok(t, `control ${name} is drawn`);
  const height = page.viewportSize().height;
  for (let i = 0; i < 20 && t[1] + t[3] > height - 4; i++) {
    await page.mouse.move(t[0] + t[2] / 2, height - 60);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(250);
    t = (await page.evaluate(() => atlas.targets()))[name];
  }
  // A table settles its column widths (and so its rows' heights) over its first frames: click once still.
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(120);
    const again = (await page.evaluate(() => atlas.targets()))[name];
    if (again && again.join() === t.join()) break;
    t = again || t;
  }
  const panelBefore = (await page.evaluate(() => atlas.state())).panel;
  await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
  await page.waitForTimeout(150);
  // A tab must open its panel: on a loaded machine a first click right after the page opened has been
  // seen to be lost (under investigation), so a tab is clicked again, up to twice, as a reader would.
  for (let i = 0; name.startsWith('tab:') && i < 2; i++) {
    const opened = await page.waitForFunction((p) => atlas.state().panel !== p, panelBefore, { timeout: 3000 }).then(() => true, () => false);
    if (opened) break;
    await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
  }
}

// The wide layout's panel lists the demands as blocks; the blog layout's is wide enough for the table.
for (const [w, h, form] of [[1280, 800, 'list'], [760, 1000, 'table']]) {
  test(`clicking a Demands row (${form}, ${w}x${h}) sets the date and flies the map to the place`, async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, { width: w, height: h });
    const before = await page.evaluate(() => atlas.state());
    await clickTarget(page, 'tab:Demands');
    await page.waitForFunction(() => Object.keys(atlas.targets()).some((k) => k.startsWith('demand:')), null, { timeout: 15000 });
    const listed = !!(await page.evaluate(() => atlas.targets()))['demands-direction'];
    assert.equal(listed, form === 'list', `the demands are shown as a ${form}`);
    await clickTarget(page, 'demand:beroea-burned');
    await page.waitForFunction(() => atlas.state().event === 'beroea-burned', null, { timeout: 15000 });
    await settle(page);
    const after = await page.evaluate(() => atlas.state());
    assert.equal(after.event, 'beroea-burned');
    assert.notEqual(after.date, before.date);
    assert.ok(Math.abs(after.camera.lon - before.camera.lon) + Math.abs(after.camera.lat - before.camera.lat) > 0.05, 'the camera moved');
    const [px, py] = after.place_px, [cx, cy] = after.clear_centre_px;
    assert.ok(Math.hypot(px - cx, py - cy) < 40, `Beroea is centred in the clear map area (${px},${py} vs ${cx},${cy})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a decision of Justinian\'s moves the date to it and the map to where the army then was', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1280, height: 800 });
  await clickTarget(page, 'tab:Justinian');
  const before = await page.evaluate(() => atlas.state());
  await clickTarget(page, 'decision:refuse-ratify');
  await page.waitForFunction(() => atlas.state().date === '0540-09-10', null, { timeout: 15000 });
  await settle(page);
  const after = await page.evaluate(() => atlas.state());
  assert.equal(after.playing, false);
  assert.ok(Math.abs(after.camera.lon - before.camera.lon) + Math.abs(after.camera.lat - before.camera.lat) > 0.05, 'the camera moved');
  assert.match(await page.evaluate(() => location.hash), /0540-09-10|event=/, 'the hash follows');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hovering a city shows its fate so far; clicking it selects its events', async () => {
  const campaign = JSON.parse(readFileSync('assets/campaigns/khusrau-540.json', 'utf8'));
  const atAntioch = campaign.events.filter((e) => e.place === 'antioch').map((e) => e.id);
  assert.ok(atAntioch.length > 0);
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1280, height: 800 });
  await page.evaluate(() => atlas.go({ view: '36.7,36.1,1.5' }));  // Antioch and Beroea in view, apart
  await settle(page);
  await page.waitForFunction(() => !!atlas.targets()['place:beroea'], null, { timeout: 15000 });
  const b = (await page.evaluate(() => atlas.targets()))['place:beroea'];
  await page.mouse.move(b[0] + b[2] / 2, b[1] + b[3] / 2);
  await page.waitForFunction(() => !!atlas.targets()['tooltip:beroea'], null, { timeout: 15000 });
  await clickTarget(page, 'place:antioch');
  await page.waitForFunction((ids) => ids.includes(atlas.state().event), atAntioch, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the open panel follows the selection: an event chosen elsewhere scrolls into view', async () => {
  const { page, context } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1280, height: 800 });
  // The tab, clicked again if a busy machine's first frames swallowed the click (the panel lays out then).
  for (let i = 0; i < 3; i++) {
    await clickTarget(page, 'tab:Sieges');
    const shown = await page.waitForFunction(() => !!atlas.targets()['siege:daras-siege'], null, { timeout: 5000 }).then(() => true, () => false);
    if (shown) break;
  }
  assert.ok((await page.evaluate(() => atlas.targets()))['siege:daras-siege'], 'the Sieges panel lists Daras');
  const below = (await page.evaluate(() => atlas.targets()))['siege:daras-siege'];
  assert.ok(below[1] > 800, `Daras starts out of sight (${below})`);
  await page.evaluate(() => atlas.go({ event: 'daras-siege' }));  // as a host page or the timeline would
  await page.waitForFunction(() => { const t = atlas.targets()['siege:daras-siege']; return t && t[1] >= 0 && t[1] + t[3] <= 800; },
    null, { timeout: 15000 });
  await context.close();
});

test('the event card sends the reader to the Sources panel where the accounts differ', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=antioch-sacked', { width: 1280, height: 800 });
  assert.equal((await page.evaluate(() => atlas.targets()))['sources-differ'], undefined, 'Sources is not open yet');
  await clickTarget(page, 'compare-sources');
  await page.waitForFunction(() => !!atlas.targets()['sources-differ'], null, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a narrow panel lists the demands as blocks, sortable both ways', async () => {
  const { page, context } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1100, height: 800 });
  await clickTarget(page, 'tab:Demands');
  const order = () => page.evaluate(() => Object.entries(atlas.targets()).filter(([k]) => k.startsWith('demand:'))
    .sort((a, b) => a[1][1] - b[1][1]).map(([k]) => k));
  await page.waitForFunction(() => Object.keys(atlas.targets()).some((k) => k.startsWith('demand:')), null, { timeout: 15000 });
  const byDate = await order();
  assert.ok(byDate.length >= 8, `rows: ${byDate}`);
  await clickTarget(page, 'demands-direction');  // descending
  await page.waitForFunction((first) => {
    const t = Object.entries(atlas.targets()).filter(([k]) => k.startsWith('demand:')).sort((a, b) => a[1][1] - b[1][1]);
    return t.length && t[0][0] !== first;
  }, byDate[0], { timeout: 15000 });
  assert.deepEqual(await order(), [...byDate].reverse(), 'the same rows, latest first');
  await context.close();
});

test('on a phone the open sheet never covers the selected place: the map keeps it in view', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=beroea-burned', { width: 390, height: 844, dpr: 2 });
  await settle(page);
  const near = (s) => Math.hypot(s.place_px[0] - s.clear_centre_px[0], s.place_px[1] - s.clear_centre_px[1]);
  const closed = await page.evaluate(() => atlas.state());
  assert.ok(near(closed) < 40, `Beroea centred with the sheet closed (${closed.place_px} vs ${closed.clear_centre_px})`);
  await clickTarget(page, 'sheet');
  await page.waitForFunction((y) => atlas.state().clear_centre_px[1] < y - 50, closed.clear_centre_px[1], { timeout: 15000 });
  const open = await page.evaluate(() => atlas.state());
  assert.ok(near(open) < 40, `and with it open (${open.place_px} vs ${open.clear_centre_px})`);
  await page.keyboard.press('Escape');  // Esc closes the sheet
  await page.waitForFunction((y) => atlas.state().clear_centre_px[1] > y + 50, open.clear_centre_px[1], { timeout: 15000 });
  assert.ok(near(await page.evaluate(() => atlas.state())) < 40);
  assert.deepEqual(errors, []);
  await context.close();
});

test('play advances the date and pause stops it', async () => {
  const { page, context } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  const d0 = (await page.evaluate(() => atlas.state())).day;
  await clickTarget(page, 'play');
  await page.waitForTimeout(1200);
  const s1 = await page.evaluate(() => atlas.state());
  assert.equal(s1.playing, true);
  assert.ok(s1.day > d0 + 2, `the date advanced (${d0} -> ${s1.day})`);
  await clickTarget(page, 'play');
  await page.waitForFunction(() => !atlas.state().playing, null, { timeout: 15000 });
  const d2 = (await page.evaluate(() => atlas.state())).day;
  await page.waitForTimeout(500);
  assert.equal((await page.evaluate(() => atlas.state())).day, d2);
  await context.close();
});

test('an idle map draws no frames', async () => {
  const { page, context } = await openPage(env.browser, env.url, { width: 1024, height: 700 });
  // Let start-up frames settle (a busy machine draws them slowly): until none came for 600 ms.
  for (let last = -1, i = 0; i < 20; i++) {
    const n = await page.evaluate(() => atlas.framesDrawn);
    if (n === last) break;
    last = n;
    await page.waitForTimeout(600);
  }
  const n0 = await page.evaluate(() => atlas.framesDrawn);
  await page.waitForTimeout(1500);
  const n1 = await page.evaluate(() => atlas.framesDrawn);
  assert.equal(n1 - n0, 0, `frames drawn while idle: ${n1 - n0}`);
  await page.mouse.move(300, 300);
  await page.waitForTimeout(300);
  assert.ok(await page.evaluate(() => atlas.framesDrawn) > n1, 'input wakes it up');
  await context.close();
});

for (const [name, width, height] of [['wide', 1280, 800], ['blog', 700, 450], ['phone', 360, 640]]) {
  test(`the ${name} layout draws map and panels`, async () => {
    const { page, context, errors } = await openPage(env.browser, env.url + '#event=antioch-sacked', { width, height });
    await settle(page);
    const state = await page.evaluate(() => atlas.state());
    assert.equal(state.layout, name);
    mkdirSync('build/test-results', { recursive: true });
    const shot = await page.screenshot({ path: `build/test-results/layout-${name}.png` });
    const stats = pixelStats(decodePng(shot));
    assert.ok(stats.colours > 60 && stats.coverage > 0.05, `drawn: ${stats.colours} colours`);
    const [px, py] = state.place_px, [cx, cy] = state.clear_centre_px, [l, t, r, b] = state.clear_px;
    assert.ok(px > l + 24 && px < r - 24 && py > t + 24 && py < b - 24, 'the event\'s place is not under a panel');
    // Centred, unless that would show past the geography's edge (a short, wide embed near a coast).
    if (name !== 'blog') assert.ok(Math.hypot(px - cx, py - cy) < 40, 'the event\'s place is at the centre');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the keyboard reaches into the panels: 3 opens Demands, arrows and Space pick a row, Esc gives the keys back', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 1280, height: 800 });
  const state = () => page.evaluate(() => atlas.state());
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await page.waitForFunction(() => atlas.state().keys === 'panels', null, { timeout: 15000 });
  await page.waitForFunction(() => document.getElementById('atlas-live').textContent.includes('Keyboard in the panels'));
  await page.waitForFunction(() => Object.keys(atlas.targets()).some((k) => k.startsWith('demand:')), null, { timeout: 15000 });
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');  // from the tab bar down into the rows
  await page.keyboard.press('Space');
  await page.waitForFunction(() => atlas.state().event !== 'sura-razed', null, { timeout: 15000 });
  const picked = await state();
  assert.ok((await page.evaluate(() => Object.keys(atlas.targets()))).includes('demand:' + picked.event),
    `Space picked a Demands row (${picked.event})`);
  assert.equal(picked.keys, 'panels', 'the keys stay in the panel');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => atlas.state().keys === 'map', null, { timeout: 15000 });
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((e) => atlas.state().event !== e, picked.event, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the date is never cut: in full where it fits, the month shortened or on the scrubber row where not', async () => {
  for (const width of [300, 320, 390, 700, 1280]) {
    const { page, context, errors } = await openPage(env.browser, env.url + '?embed=1#date=540-09-30', { width, height: 450 });
    await page.waitForFunction(() => !!atlas.targets().date && !!atlas.targets().scrubber, null, { timeout: 10000 });
    const t = await page.evaluate(() => atlas.targets());
    const [x, y, w, h] = t.date, [sx, sy, sw, sh] = t.scrubber;
    assert.ok(x >= 0 && x + w <= width - 4, `${width} px: the date (${x}+${w}) fits the width`);
    const overlaps = x < sx + sw && sx < x + w && y < sy + sh && sy < y + h;
    assert.ok(!overlaps, `${width} px: the date does not run into the scrubber`);
    assert.ok(sw >= 60, `${width} px: the scrubber keeps a usable width (${sw})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the key opens from its button on the map, lists what the map draws, and closes again', async () => {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    const { page, context, errors } = await openPage(env.browser, env.url + '#event=antioch-sacked', { width, height });
    await settle(page);
    assert.equal((await page.evaluate(() => atlas.targets()))['legend:entries'], undefined, 'closed at first');
    const before = await page.screenshot();
    await clickTarget(page, 'legend');
    await page.waitForFunction(() => !!atlas.targets()['legend:entries'], null, { timeout: 5000 });
    const [x, y, w, h] = (await page.evaluate(() => atlas.targets()))['legend:entries'];
    assert.ok(x >= 0 && x + w <= width && y >= 0 && h > 100, `${width} px: the key's entries are on screen (${x},${y},${w},${h})`);
    assert.notDeepEqual(await page.screenshot(), before, 'the key is drawn');
    const key = await page.$$eval('#atlas-text h2', (hs) => {
      const h = hs.find((x) => x.textContent === 'Key to the map');
      return h ? [...h.nextElementSibling.querySelectorAll('li')].map((li) => li.textContent) : [];
    });
    assert.ok(key.some((k) => /band's width is the gold and silver carried/.test(k)), key.join(' / '));
    assert.ok(key.some((k) => k === 'Symbol: razed.'), 'the fates that occur are explained');
    await clickTarget(page, 'legend');
    await page.waitForFunction(() => !atlas.targets()['legend:entries'], null, { timeout: 5000 });
    await page.focus('#canvas');
    await page.keyboard.press('k');  // the keyboard opens it too
    await page.waitForFunction(() => !!atlas.targets()['legend:entries'], null, { timeout: 5000 });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('playing, the map follows the action: each event is framed where the reader can see it', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800 });
  // From the event before each, with the map looking far away (the tour stays on a card for its reading time).
  for (const [from, id] of [['sura-captives-pledge', 'hierapolis-pays'], ['antioch-payment-forbidden', 'antioch-sacked']]) {
    await page.evaluate((e) => atlas.go({ event: e, view: '44.0,33.5,1.5' }), from);
    await settle(page);
    await page.evaluate(() => atlas.play(true));
    await page.waitForFunction((e) => atlas.state().event === e, id, { timeout: 30000 });
    await page.waitForFunction(() => !atlas.state().flying, null, { timeout: 15000 });
    const s = await page.evaluate(() => atlas.state());
    assert.equal(s.event, id, 'the tour is still on the card when the camera has arrived');
    const [px, py] = s.place_px, [l, t, r, b] = s.clear_px;
    assert.ok(px > l + 20 && px < r - 20 && py > t + 20 && py < b - 20, `${id} is in view (${px}, ${py})`);
    await page.evaluate(() => atlas.play(false));
  }
  assert.deepEqual(errors, []);
  await context.close();
});
