// Browser tests of the shipped pages' Content-Security-Policy: nothing the map does is refused, injected script is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// Every securitypolicyviolation of the page and its frames, from before their first script.
const watch = (context) => context.addInitScript(() => {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
});
const policy = (page) => page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);

test('the map\'s page has a strict policy and breaks none of it: load, a panel, play, Save image', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url, { width: 1280, height: 800, setup: watch });
  const csp = await policy(page);
  assert.ok(csp, 'a Content-Security-Policy meta');
  for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "img-src data:"]) assert.ok(csp.includes(d), d);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='(;|$)/, 'the one inline script by its hash');
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/]{43}='(;|$)/, 'the one inline style by its hash');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|%/);
  assert.equal(await page.evaluate(() => atlas.error), null);
  await page.evaluate(() => atlas.go({ panel: 'sources' }));
  await page.waitForFunction(() => atlas.state().panel === 'sources', null, { timeout: 10000 });
  await page.evaluate(() => atlas.play(true));
  await page.waitForFunction(() => atlas.state().playing, null, { timeout: 10000 });
  await page.waitForTimeout(800);
  await page.evaluate(() => atlas.play(false));
  const t = (await page.evaluate(() => atlas.targets()))['save-image'];
  assert.ok(t, 'the Save image button is drawn');
  const download = page.waitForEvent('download', { timeout: 15000 });
  await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
  assert.match((await download).suggestedFilename(), /\.png$/);
  await page.waitForFunction(() => !!atlas.targets().locator, null, { timeout: 10000 });  // the overview was fetched
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an injected inline script, an inline handler and eval are refused', async () => {
  const { page, context } = await openPage(env.browser, env.url, { setup: watch });
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.appendChild(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.injected = true');
    img.src = 'data:,';
    document.body.appendChild(img);
    // Later, as the page's own code: DevTools' evaluation itself is let off the eval check.
    return new Promise((resolve) => setTimeout(() => {
      let evaluated = false;
      try { evaluated = (0, eval)('true'); } catch (_) {}
      resolve({ injected: !!window.injected, evaluated });
    }, 300));
  });
  assert.deepEqual(ran, { injected: false, evaluated: false });
  const v = await page.evaluate(() => window.violations);
  assert.ok(v.some((x) => x.startsWith('script-src-elem inline')), `the script refused: ${v}`);
  assert.ok(v.some((x) => x.startsWith('script-src-attr inline')), `the handler refused: ${v}`);
  assert.ok(v.some((x) => x.startsWith('script-src eval')), `eval refused: ${v}`);
  assert.equal(await page.evaluate(() => atlas.error), null, 'the map carries on');
  await context.close();
});

test('the example article has a policy too, and its map and scrolling script run under it', async () => {
  const { page, context, errors } = await openPage(env.browser, env.url + 'embed-example.html', { width: 1100, height: 800, waitReady: false, setup: watch });
  const csp = await policy(page);
  assert.match(csp || '', /default-src 'self'; script-src 'sha256-[A-Za-z0-9+/]{43}='; style-src 'sha256-/);
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && window.atlas.ready, null, { timeout: 30000 });
  await page.evaluate(() => {  // the second section read: it moves the map, and the status line says so
    const box = document.querySelector('.atlas'), s = document.querySelectorAll('section')[1];
    window.scrollTo(0, s.getBoundingClientRect().top + scrollY - box.offsetHeight - 24);
  });
  await page.waitForFunction(() => /^The map shows /.test(document.getElementById('atlas-status').textContent), null, { timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(await frame.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});
