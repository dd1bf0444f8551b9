// Browser tests of a network that fails the page: the wasm reset, refused or stalled, a sandboxed iframe, a lost campaign.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// Opens the page with campaign-atlas.wasm answered by `wasm(route)`; `timeout` (ms) shortens the page's
// download limit (window.atlasTimeout, set before the page's script runs). Uncaught errors are collected.
async function broken(wasm, { timeout, url = env.url } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 640 } });
  if (timeout) await context.addInitScript((ms) => { window.atlasTimeout = ms; }, timeout);
  await context.route('**/campaign-atlas.wasm', wasm);
  const page = await context.newPage();
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.atlas && window.atlas.error, null, { timeout: 15000 });
  const seconds = (Date.now() - t0) / 1000;
  assert.equal(await page.isVisible('#error'), true, 'the error state is shown');
  assert.equal(await page.isVisible('#loading'), false, 'not the loading state');
  return { context, page, uncaught, seconds, text: await page.textContent('#error') };
}

test('a reset connection for the wasm shows the error state at once, with no uncaught rejection', async () => {
  const { context, uncaught, seconds, text } = await broken((route) => route.abort('connectionreset'));
  assert.match(text, /could not be shown.*campaign-atlas\.wasm could not be downloaded.*Reloading the page may help/s);
  assert.ok(seconds < 5, `shown after ${seconds} s`);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('an offline wasm download (internet disconnected) shows the error state', async () => {
  const { context, uncaught, text } = await broken((route) => route.abort('internetdisconnected'));
  assert.match(text, /campaign-atlas\.wasm could not be downloaded/);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('HTTP 500 for the wasm names the server\'s answer', async () => {
  const { context, uncaught, text } = await broken((route) => route.fulfill({ status: 500, body: 'oops' }));
  assert.match(text, /campaign-atlas\.wasm could not be downloaded: the server answered 500/);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('a wasm download that never ends is given up after the time limit', async () => {
  const { context, uncaught, seconds, text } = await broken(() => {}, { timeout: 1500 });  // never fulfilled
  assert.match(text, /did not arrive within 1\.5 s/);
  assert.ok(seconds >= 1.4 && seconds < 8, `shown after ${seconds} s`);
  assert.deepEqual(uncaught, []);
  await context.close();
});

// A host page (same server) with the map in <iframe sandbox="…">.
async function sandboxed(flags) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  await context.route('**/sandbox-host.html', (route) => route.fulfill({ contentType: 'text/html', body:
    `<!doctype html><title>Host</title><iframe id="atlas" sandbox="${flags}" src="index.html?embed=1" style="width:900px;height:600px"></iframe>` }));
  const page = await context.newPage();
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  await page.goto(env.url + 'sandbox-host.html');
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && (window.atlas.ready || window.atlas.error), null, { timeout: 30000 });
  return { context, frame, uncaught };
}

test('in <iframe sandbox="allow-scripts"> the map says the embed needs allow-same-origin (not a spinner forever)', async () => {
  const { context, frame, uncaught } = await sandboxed('allow-scripts');
  assert.equal(await frame.evaluate(() => window.origin), 'null', 'an opaque origin');
  assert.equal(await frame.isVisible('#error'), true);
  assert.match(await frame.textContent('#error'), /sandbox="allow-scripts allow-same-origin"/);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('with the sandbox flags README documents, the framed map loads', async () => {
  const { context, frame, uncaught } = await sandboxed('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads');
  assert.equal(await frame.evaluate(() => window.atlas.error), null);
  assert.equal(await frame.evaluate(() => window.atlas.ready), true);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('a campaign whose download is reset gives a notice; the built-in campaign stays usable', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 640 } });
  await context.route('**/campaigns/khusrau-belisarius-541.json', (route) => route.abort('connectionreset'));
  const page = await context.newPage();
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  await page.goto(env.url + '?campaign=khusrau-belisarius-541');
  await page.waitForFunction(() => window.atlas && window.atlas.ready && window.atlas.notice, null, { timeout: 30000 });
  assert.match(await page.evaluate(() => atlas.notice), /khusrau-belisarius-541\.json could not be downloaded/);
  assert.equal(await page.evaluate(() => atlas.error), null);
  assert.equal(await page.isVisible('#notice'), true);
  assert.deepEqual(uncaught, []);
  await context.close();
});

// The program compiles as it streams in, which needs the content type application/wasm; a host that
// serves it as anything else still gets the map, compiled from the whole download.
test('a host that serves the wasm as application/octet-stream still shows the map', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 640 } });
  await context.route('**/campaign-atlas.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const page = await context.newPage();
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(String(e)));
  await page.goto(env.url);
  await page.waitForFunction(() => window.atlas && (window.atlas.ready || window.atlas.error), null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.atlas.error), null);
  assert.ok(await page.evaluate(() => window.atlas.framesDrawn) >= 1);
  assert.deepEqual(uncaught, []);
  await context.close();
});

// The page's first script makes the GL context (at once, while the wasm compiles) and that context is the check.
for (const [what, stub, message] of [
  ['no WebGL2 in the browser', () => { delete window.WebGL2RenderingContext; HTMLCanvasElement.prototype.getContext = () => null; },
    /does not offer WebGL2.*Firefox, Chrome, Edge or Safari/s],
  ['WebGL2 refused for the map', () => { const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, attrs) { return this.id === 'canvas' ? null : get.call(this, kind, attrs); }; },
    /could not start WebGL2/],
]) {
  test(`${what}: the error state says so, with no uncaught error`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 640 } });
    await context.addInitScript(stub);
    const page = await context.newPage();
    const uncaught = [];
    page.on('pageerror', (e) => uncaught.push(String(e)));
    await page.goto(env.url);
    await page.waitForFunction(() => window.atlas && window.atlas.error, null, { timeout: 15000 });
    assert.match(await page.textContent('#error'), message);
    assert.equal(await page.isVisible('#loading'), false, 'not the loading state');
    assert.deepEqual(uncaught, []);
    await context.close();
  });
}
