// Browser tests of the paced tour: each card is stopped on long enough to read, time never runs back,
// the tour ends on the whole campaign and its summary, a swipe across the phone's sheet steps, and every
// step with the arrow keys lands on its event's start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const settle = (page) => page.waitForFunction(() => !atlas.state().flying, null, { timeout: 10000 });
const state = (page) => page.evaluate(() => atlas.state());

test('the tour stays on each card long enough to read it, and time never runs back', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=edessa-letter', { width: 1280, height: 800 });
  await settle(page);
  await page.evaluate(() => atlas.play(true));
  const seen = [];  // [event, date, ms]
  const t0 = Date.now();
  while (Date.now() - t0 < 40000) {
    const s = await state(page);
    seen.push([s.event, s.day, Date.now() - t0]);
    if (s.event === 'constantina-pays') break;
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => atlas.play(false));
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i][1] >= seen[i - 1][1], `time runs forward (${seen[i - 1][1]} → ${seen[i][1]})`);
  const on = seen.filter(([e]) => e === 'carrhae-refused');
  assert.ok(on.length > 0, 'the tour reached Carrhae');
  const shown = on[on.length - 1][2] - on[0][2];
  const still = on.filter(([, d]) => d === on[0][1]);  // the date stands still while the card is read
  const reading = still[still.length - 1][2] - still[0][2];
  assert.ok(reading >= 2500, `the Carrhae card (13 words, 3 s to read) stood ${reading} ms (shown ${shown} ms in all)`);
  assert.equal(seen[seen.length - 1][0], 'constantina-pays', 'then the tour moves on');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tour ends on the whole campaign and its summary, and Play starts it again', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=return-to-persia', { width: 1280, height: 800 });
  await settle(page);
  const fitted = await page.evaluate(() => atlas.state().camera.zoom);
  await page.evaluate(() => atlas.play(true));
  await page.waitForFunction(() => atlas.state().ended, null, { timeout: 45000 });
  await settle(page);
  const s = await state(page);
  assert.equal(s.playing, false);
  assert.equal(s.event, '', 'nothing is selected: the card is the campaign');
  assert.ok(s.camera.zoom <= Math.max(0.05, fitted), `the camera shows the whole campaign (zoom ${s.camera.zoom})`);
  assert.ok((await page.evaluate(() => atlas.targets()))['tour-ended'], 'the card says the campaign has ended');
  const live = await page.evaluate(() => document.getElementById('atlas-live').textContent);
  assert.match(live, /^The end of the campaign\. /);
  await page.evaluate(() => atlas.play(true));
  await page.waitForFunction(() => !atlas.state().ended && atlas.state().playing, null, { timeout: 5000 });
  assert.ok((await state(page)).date.endsWith('-03-01'), 'Play at the end starts from the first day');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, a swipe across the sheet steps to the next and previous event', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + '#event=sura-razed', { width: 390, height: 844, dpr: 2 });
  await settle(page);
  const cdp = await context.newCDPSession(page);
  const touch = async (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const swipe = async (x0, x1, y) => {
    await touch('touchStart', x0, y);
    for (let i = 1; i <= 6; i++) { await touch('touchMove', x0 + (x1 - x0) * i / 6, y); await page.waitForTimeout(30); }
    await touch('touchEnd');
    await page.waitForTimeout(300);
  };
  const sheet = (await page.evaluate(() => atlas.targets())).sheet;
  assert.ok(sheet, 'the sheet is drawn');
  const y = sheet[1] + sheet[3] / 2;
  await touch('touchStart', 200, y);  // a tap first: an embed the reader has not tapped lets the page scroll
  await touch('touchEnd');
  await page.waitForTimeout(300);
  const first = (await state(page)).event;
  await swipe(330, 90, y);
  const next = (await state(page)).event;
  assert.notEqual(next, first, 'a swipe to the left goes to the next event');
  assert.equal(next, 'sura-captives-pledge');
  await swipe(90, 330, y);
  assert.equal((await state(page)).event, first, 'a swipe to the right goes back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('stepping with the arrow keys lands on each event at its start, and never moves time back', async () => {
  for (const file of ['khusrau-540', 'khusrau-belisarius-541']) {
    const hash = file === 'khusrau-540' ? '' : '?campaign=' + file;
    const { page, context, errors } = await openPage(env.browser, env.url + hash, { width: 1280, height: 800 });
    const events = await page.evaluate(async (f) => (await (await fetch('campaigns/' + f + '.json')).json()).events
      .map((e) => [e.id, e.date_start]), file);
    await page.focus('#canvas');
    let last = '';
    for (const [i, [id, start]] of events.entries()) {
      await page.keyboard.press(i === 0 ? 'Home' : 'ArrowRight');  // Home: the first event
      await page.waitForFunction((e) => atlas.state().event === e, id, { timeout: 5000 });
      const s = await page.evaluate(() => atlas.state());
      assert.equal(s.date, start, `${file}: ${id} is shown at its start`);
      assert.ok(s.date >= last, `${file}: time does not run back at ${id}`);
      last = s.date;
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
