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
