// Browser tests of the map as a guest in a host page: Back leaves the post after any number of steps,
// only the parent page gives commands (and only from ?host= if named), oversized commands are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// A host page from the same server with the map in an iframe (`src`), after a first page to go Back to.
async function host(src = 'index.html?embed=1') {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.url + 'embed-example.html#before');  // the page the reader came from
  await page.evaluate((s) => {
    document.body.innerHTML = '<h1>A post</h1><iframe id="atlas" style="width:900px;height:600px" src="' + s + '"></iframe>';
  }, src);
  await page.evaluate(() => history.pushState(null, '', location.pathname + '#the-post'));
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && window.atlas.ready, null, { timeout: 30000 });
  return { context, page, frame, errors };
}
const event = (frame) => frame.evaluate(() => atlas.state().event);

test('framed, the map\'s steps never add to the host\'s history: Back leaves the post in one press', async () => {
  const { context, page, frame, errors } = await host();
  const length = await page.evaluate(() => history.length);
  const box = await page.locator('#atlas').boundingBox();
  await page.mouse.click(box.x + box.width * 0.8, box.y + 80);  // the map takes the keys
  for (let i = 0; i < 30; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(40); }
  await frame.waitForFunction(() => atlas.state().event !== '', null, { timeout: 10000 });
  await page.waitForTimeout(500);
  assert.ok((await event(frame)) !== '', 'the reader stepped through the story');
  assert.equal(await page.evaluate(() => history.length), length, 'no history entries were added');
  await page.goBack();
  assert.match(page.url(), /#before$/, 'one Back leaves the post');
  assert.deepEqual(errors, []);
  await context.close();
});

test('only the parent page drives the map: a sibling frame\'s commands are ignored', async () => {
  const { context, page, frame } = await host();
  const before = await event(frame);
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');  // an ad or a comment widget beside the map
    sibling.id = 'sibling';
    document.body.appendChild(sibling);
  });
  // Run in the sibling itself (the host page's CSP refuses `new Function`, which this once used).
  const sibling = await (await page.waitForSelector('#sibling')).contentFrame();
  await sibling.evaluate(() => parent.document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:goto', event: 'daras-siege' }, '*'));
  await page.waitForTimeout(800);
  assert.equal(await event(frame), before, 'the sibling was not obeyed');
  await page.evaluate(() => document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:goto', event: 'daras-siege' }, '*'));
  await frame.waitForFunction(() => atlas.state().event === 'daras-siege', null, { timeout: 10000 });
  await context.close();
});

test('?host= names the only origin the map obeys', async () => {
  const { context, page, frame } = await host('index.html?embed=1&host=https://myblog.example');
  const before = await event(frame);
  await page.evaluate(() => document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:goto', event: 'daras-siege' }, '*'));
  await page.waitForTimeout(800);
  assert.equal(await event(frame), before, 'a parent from another origin is not obeyed');
  await context.close();
});

test('an oversized command is refused before it reaches the map', async () => {
  const { context, page, frame, errors } = await host();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const heap = await frame.evaluate(() => Module.HEAP8.length);
  const t0 = Date.now();
  await page.evaluate(() => document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:goto', event: 'x'.repeat(20e6) }, '*'));
  await page.waitForTimeout(500);
  assert.ok(Date.now() - t0 < 3000, 'no stall');
  assert.equal(await frame.evaluate(() => Module.HEAP8.length), heap, 'the wasm memory did not grow');
  assert.ok(warnings.some((w) => /atlas:goto ignored: event longer than 256 characters/.test(w)), warnings.join(' | '));
  assert.equal(await frame.evaluate(() => atlas.go({ date: '540-06-01&' + 'x'.repeat(5000) }).then((r) => r.ok)), true);
  assert.ok(warnings.some((w) => /a command of \d+ characters was ignored/.test(w)), 'atlas.go caps a long query too');
  assert.deepEqual(errors, []);
  await context.close();
});
