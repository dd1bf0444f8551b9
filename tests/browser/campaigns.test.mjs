// Browser tests of campaigns loaded at run time: ?campaign=, atlas.go({campaign}), postMessage, bad files, font chunks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage } from './harness.mjs';
import { decodePng, pixelStats } from './png.mjs';

const SEQUEL = 'khusrau-belisarius-541';
const sequelText = readFileSync(`assets/campaigns/${SEQUEL}.json`, 'utf8');
let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const state = (page) => page.evaluate(() => atlas.state());
const noticeShown = (page) => page.evaluate(() => !document.getElementById('notice').hidden && document.getElementById('notice-text').textContent);
// Console errors but the browser's own line for a 404 the test asked for.
const realErrors = (errors) => errors.filter((e) => !/status of 404/.test(e));
// Serves `body` as campaigns/<id>.json (a file the build does not have).
const serving = (id, body) => (context) => context.route(`**/campaigns/${id}.json`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`?campaign= opens the 541 sequel at ${width}x${height}: its title, its geography, the link's event`, async () => {
    const requests = [];
    const { page, context, errors, foreign } = await openPage(env.browser, `${env.url}?campaign=${SEQUEL}&event=petra-siege`, {
      width, height, setup: (c) => c.on('request', (r) => requests.push(new URL(r.url()).pathname)) });
    const s = await state(page);
    assert.equal(s.campaign, SEQUEL);
    assert.equal(s.event, 'petra-siege', 'the link\'s event is applied in the campaign it names');
    assert.equal(s.problem, '');
    assert.match(await page.title(), /^Campaign Atlas — Khusrau in Lazica, Belisarius in Mesopotamia, 541$/);
    assert.match(await page.getAttribute('#canvas', 'aria-label'), /Lazica/);
    assert.ok(requests.includes(`/campaigns/${SEQUEL}.geo.bin`), 'its own geography is fetched');
    await page.waitForFunction(() => !atlas.state().flying, null, { timeout: 30000 });
    const at = (await state(page)).place_px;
    assert.ok(at && at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height, `Petra is on screen (${at})`);
    assert.match(page.url(), /campaign=khusrau-belisarius-541/, 'the address keeps naming the campaign');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    assert.equal(await noticeShown(page), false);
    await context.close();
  });
}

test('the 541 map is drawn and follows the events of both armies: Belisarius before Nisibis, Khusrau at Petra', async () => {
  const { page, context } = await openPage(env.browser, `${env.url}?campaign=${SEQUEL}`);
  const shot = async () => pixelStats(decodePng(await page.screenshot()));
  const before = await page.screenshot();
  await page.evaluate(() => atlas.go({ event: 'march-on-nisibis' }));
  await page.waitForFunction(() => atlas.state().event === 'march-on-nisibis' && !atlas.state().flying, null, { timeout: 30000 });
  await page.evaluate(() => atlas.go({ event: 'petra-siege' }));
  await page.waitForFunction(() => atlas.state().event === 'petra-siege' && !atlas.state().flying, null, { timeout: 30000 });
  const after = await page.screenshot();
  assert.notDeepEqual(before, after, 'the map changed with the date');
  assert.ok((await shot()).colours > 50, 'a drawn map, not a blank canvas');
  await context.close();
});

test('atlas.go({campaign}) switches and back; a bad name or a missing file leaves the shown campaign usable', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url);
  const builtin = (await state(page)).campaign;
  let r = await page.evaluate((id) => atlas.go({ campaign: id, event: 'petra-surrenders' }), SEQUEL);
  assert.deepEqual(r, { ok: true, campaign: SEQUEL });
  let s = await state(page);
  assert.equal(s.campaign, SEQUEL);
  assert.equal(s.event, 'petra-surrenders');
  assert.match(page.url(), new RegExp(`#campaign=${SEQUEL}&`), 'the hash names the campaign for a reload or a shared link');

  r = await page.evaluate(() => atlas.go({ campaign: 'Not a name!' }));
  assert.equal(r.ok, false);
  assert.match(r.error, /is not a campaign name/);
  assert.match(await noticeShown(page), /is not a campaign name.*still shows the campaign it showed before/);
  assert.equal((await state(page)).campaign, SEQUEL, 'nothing changed');

  r = await page.evaluate(() => atlas.go({ campaign: 'no-such-campaign' }));
  assert.equal(r.ok, false);
  assert.match(await noticeShown(page), /campaigns\/no-such-campaign\.json was not found/);
  await page.click('#notice-close');
  assert.equal(await noticeShown(page), false, 'the notice can be dismissed');
  await page.evaluate(() => atlas.go({ event: 'gubazes-submits' }));
  await page.waitForFunction(() => atlas.state().event === 'gubazes-submits', null, { timeout: 20000 });

  r = await page.evaluate((id) => atlas.go({ campaign: id }), builtin);
  assert.equal(r.ok, true);
  assert.equal((await state(page)).campaign, builtin);
  const list = await page.evaluate(() => atlas.campaigns());
  assert.deepEqual(list.map((c) => c.id).sort(), [builtin, SEQUEL].sort(), 'atlas.campaigns() lists the manifest');
  assert.deepEqual(realErrors(errors), []);
  await context.close();
});

test('?campaign= of a missing or malformed file: a message naming the file and line, and the built-in map', async () => {
  for (const [id, body, expected] of [
    ['no-such-campaign', null, /campaigns\/no-such-campaign\.json was not found on this site\. The map shows the campaign built into it instead/],
    ['broken-comma', '{\n  "format": "campaign-atlas/2",\n  "id": "broken-comma",,\n}', /campaigns\/broken-comma\.json:3:\d+/],
    ['no-events', sequelText.replace(`"id": "${SEQUEL}"`, '"id": "no-events"').replace('"events"', '"events-x"'), /campaigns\/no-events\.json.*events/],
    ['two-problems', sequelText.replace(`"id": "${SEQUEL}"`, '"id": "two-problems"').replace(/"title": "Khusrau in[^"]*"/, '"title": 541').replace('"kind": "siege"', '"kind": "seige"'),
     /two-problems\.json:5:\d+: title: .*\(and 1 more problem: `campaign-atlas check .*two-problems\.json` lists them all\)/],
  ]) {
    const { page, context, errors } = await openPage(env.browser, `${env.url}?campaign=${id}`, body ? { setup: serving(id, body) } : {});
    const text = await noticeShown(page);
    assert.match(text, expected);
    const s = await state(page);
    assert.notEqual(s.campaign, id);
    assert.ok(s.campaign, 'the built-in campaign is shown');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas', 'the notice takes no focus: Tab reaches the map first');
    assert.deepEqual(realErrors(errors), []);
    await context.close();
  }
});

test('a host page switches the embedded campaign with postMessage and hears of a failure', async () => {
  const { page, context } = await openPage(env.browser, env.url + 'embed-example.html', { width: 1100, height: 800, waitReady: false });
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && window.atlas.ready, null, { timeout: 30000 });
  // On hearing of a failure the host asks at once for the state: the map that still shows answers it.
  await page.evaluate(() => {
    window.atlasErrors = []; window.stateAfterError = null;
    addEventListener('message', (e) => {
      const atlasFrame = document.getElementById('atlas').contentWindow;
      if (e.data && e.data.type === 'atlas:error') { atlasErrors.push(e.data.error); atlasFrame.postMessage({ type: 'atlas:get-state' }, location.origin); }
      if (e.data && e.data.type === 'atlas:state' && atlasErrors.length) stateAfterError = e.data.state;
    });
  });
  const post = (m) => page.evaluate((msg) => document.getElementById('atlas').contentWindow.postMessage(msg, location.origin), m);
  await post({ type: 'atlas:goto', campaign: SEQUEL, event: 'tigris-crossed' });
  await page.waitForFunction(() => window.lastAtlasState && window.lastAtlasState.event === 'tigris-crossed', null, { timeout: 20000 });
  assert.equal(await frame.evaluate(() => atlas.state().campaign), SEQUEL);
  await post({ type: 'atlas:goto', campaign: 'missing-one' });
  await page.waitForFunction(() => window.atlasErrors.length > 0, null, { timeout: 20000 });
  assert.match(await page.evaluate(() => window.atlasErrors[0]), /missing-one\.json was not found/);
  assert.equal(await frame.evaluate(() => atlas.state().campaign), SEQUEL);
  await page.waitForFunction(() => window.stateAfterError, null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.stateAfterError.campaign), SEQUEL);
  await context.close();
});

test('a campaign in Greek letters fetches the Greek font chunk once, before it is shown', async () => {
  const greek = sequelText.replace(`"id": "${SEQUEL}"`, '"id": "greek-title"').replace(/"title": "[^"]*"/, '"title": "Πέτρα καὶ Νίσιβις"');
  const requests = [];
  const { page, context, errors } = await openPage(env.browser, `${env.url}?campaign=greek-title`, {
    setup: async (c) => { await serving('greek-title', greek)(c); c.on('request', (r) => requests.push(new URL(r.url()).pathname)); } });
  assert.equal((await state(page)).campaign, 'greek-title');
  assert.equal(await page.title(), 'Campaign Atlas — Πέτρα καὶ Νίσιβις');
  assert.deepEqual(requests.filter((p) => p.startsWith('/fonts/greek')).sort(), ['/fonts/greek-italic.otf', '/fonts/greek-regular.otf']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the default page fetches no campaign file and no font chunk', async () => {
  const requests = [];
  const { context } = await openPage(env.browser, env.url, { setup: (c) => c.on('request', (r) => requests.push(new URL(r.url()).pathname)) });
  assert.deepEqual(requests.filter((p) => p.startsWith('/campaigns/') || p.startsWith('/fonts/')), []);
  await context.close();
});
