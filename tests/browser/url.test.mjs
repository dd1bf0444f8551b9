// Browser tests of the deep link's warnings: what the README promises is said in the console, and a long
// query of tracking tags never costs the hash its deep link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// Opens `query` and returns the console's warnings and the state once the map is ready.
async function open(query) {
  const warnings = [];
  const { page, context, errors } = await openPage(env.browser, env.url + query, {
    setup: async (ctx) => { ctx.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }); },
  });
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => atlas.state());
  await context.close();
  assert.deepEqual(errors, []);
  return { warnings, state };
}

test('an unknown chapter, a date outside the campaign and a zoom beyond the range are each warned of', async () => {
  const chapter = await open('index.html?chapter=nope');
  assert.ok(chapter.warnings.includes('Campaign Atlas: chapter nope ignored: no such chapter in this campaign'), chapter.warnings.join(' | '));

  const late = await open('index.html?date=541-03-01');
  assert.ok(late.warnings.some((w) => /date 541-03-01 is outside the campaign \(540-\d\d-\d\d to 540-12-31\): shown at its end/.test(w)),
    late.warnings.join(' | '));
  assert.equal(late.state.date, '0540-12-31');

  const zoom = await open('index.html?view=38,35,9');
  assert.ok(zoom.warnings.some((w) => /view zoom 9\.00 is beyond this map's range \(-?\d\.\d\d to 4\.58 here\): shown at 4\.58/.test(w)),
    zoom.warnings.join(' | '));
  assert.ok(Math.abs(zoom.state.camera.zoom - 4.58) < 0.02, 'shown at the nearest end: ' + zoom.state.camera.zoom);

  const fine = await open('index.html?view=38,35,2&date=540-06-20');
  assert.deepEqual(fine.warnings.filter((w) => /Campaign Atlas/.test(w)), []);
});

test('a query of tracking tags over 2,048 characters is dropped alone: the hash still opens its event', async () => {
  const tags = 'utm_source=newsletter&utm_campaign=' + 'x'.repeat(2100);
  const { warnings, state } = await open('index.html?' + tags + '#event=antioch-sacked');
  assert.equal(state.event, 'antioch-sacked');
  assert.ok(warnings.some((w) => /URL query ignored: \d+ characters, longer than 2048/.test(w)), warnings.join(' | '));
  const short = await open('index.html?utm_source=x&fbclid=y#event=antioch-sacked');
  assert.equal(short.state.event, 'antioch-sacked');
  assert.deepEqual(short.warnings.filter((w) => /Campaign Atlas/.test(w)), [], 'tracking tags are skipped quietly');
});

// The reader's view through a collapsed iframe: squeezed to one pixel and opened again, the map shows what
// it showed, and the hash never holds a view clamped to the strip.
test('a deep link\'s view survives its iframe collapsing to a strip and opening again', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.url + 'embed-example.html');
  await page.evaluate(() => {
    document.body.innerHTML = '<iframe id="atlas" style="width:1280px;height:800px;border:0" src="index.html#event=antioch-sacked"></iframe>';
  });
  const frame = await (await page.waitForSelector('#atlas')).contentFrame();
  await frame.waitForFunction(() => window.atlas && window.atlas.ready && !atlas.state().flying, null, { timeout: 30000 });
  await page.waitForTimeout(600);
  const view = () => frame.evaluate(() => ({ camera: atlas.state().camera, hash: location.hash }));
  const before = await view();
  for (const [w, h] of [[1280, 1], [1, 800], [1280, 0], [300, 1]]) {
    await page.evaluate(([w, h]) => { const f = document.getElementById('atlas'); f.style.width = w + 'px'; f.style.height = h + 'px'; }, [w, h]);
    await page.waitForTimeout(400);
    const squeezed = await view();
    assert.equal(squeezed.hash, before.hash, `at ${w}x${h} the hash keeps the reader's view`);
  }
  await page.evaluate(() => { const f = document.getElementById('atlas'); f.style.width = '1280px'; f.style.height = '800px'; });
  await page.waitForTimeout(600);
  const after = await view();
  for (const k of ['lon', 'lat', 'zoom'])
    assert.ok(Math.abs(after.camera[k] - before.camera[k]) < 0.01, `${k}: ${before.camera[k]} → ${after.camera[k]}`);
  assert.equal(after.hash, before.hash);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a command the program has no memory for is refused with a warning, and the map goes on', async () => {
  const warnings = [];
  const { page, context, errors } = await openPage(env.browser, env.url, {
    setup: async (ctx) => { ctx.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }); },
  });
  await page.evaluate(() => {
    const real = Module._malloc;
    Module._malloc = () => 0;  // what emmalloc answers when the memory cannot grow
    atlas.go({ event: 'truce-agreed' });
    Module._malloc = real;
  });
  assert.ok(warnings.some((w) => /a command was ignored: the map is out of memory/.test(w)), warnings.join(' | '));
  await page.evaluate(() => atlas.go({ event: 'truce-agreed' }));
  await page.waitForFunction(() => atlas.state().event === 'truce-agreed', null, { timeout: 10000 });
  assert.deepEqual(errors, []);
  await context.close();
});
