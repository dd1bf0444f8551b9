// Browser tests of the map's names: at phone, tablet and desktop sizes no two names overlap, and a
// place's name is never nearer another place's marker than its own (from atlas.targets()).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const SIZES = [[320, 568, 2], [390, 844, 2], [768, 1024, 1], [1280, 800, 1]];
const STATES = ['', '#event=sura-razed', '#event=hierapolis-pays', '#event=antioch-sacked', '#event=daras-siege'];

const overlap = (a, b) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
const distance = (a, b) => Math.hypot(Math.max(a[0] - (b[0] + b[2]), 0, b[0] - (a[0] + a[2])),
  Math.max(a[1] - (b[1] + b[3]), 0, b[1] - (a[1] + a[3])));

test('names never overlap, and each is nearer its own place than any other', async () => {
  for (const [width, height, dpr] of SIZES) {
    const { page, context, errors } = await openPage(env.browser, env.url, { width, height, dpr });
    for (const hash of STATES) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForTimeout(200);
      await page.waitForFunction(() => !atlas.state().flying, null, { timeout: 10000 });
      await page.waitForTimeout(250);
      const t = await page.evaluate(() => atlas.targets());
      const where = `${width}x${height} ${hash || 'first view'}`;
      const labels = Object.entries(t).filter(([k]) => k.startsWith('label:'));
      const markers = Object.entries(t).filter(([k]) => k.startsWith('marker:'));
      const named = labels.filter(([k]) => k.startsWith('label:place:')).length;  // a phone's first view is crowded
      assert.ok(named >= (width < 700 && !hash ? 2 : 5), `${where}: places are named (${named})`);
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++)
          assert.ok(!overlap(labels[i][1], labels[j][1]), `${where}: ${labels[i][0]} overlaps ${labels[j][0]}`);
      for (const [name, box] of labels.filter(([k]) => k.startsWith('label:place:'))) {
        const id = name.slice('label:place:'.length);
        const own = t['marker:' + id];
        assert.ok(own, `${where}: ${id} has a marker`);
        for (const [other, m] of markers)
          if (other !== 'marker:' + id)
            assert.ok(distance(box, m) >= distance(box, own) - 0.5, `${where}: ${name} is nearer ${other} than its own marker`);
      }
      const hash_event = hash.split('=')[1];
      if (hash_event) {
        const place = await page.evaluate(() => atlas.state().place_px);
        if (place) assert.ok(labels.some(([k]) => k.startsWith('label:place:') && distance(t[k], [place[0] - 1, place[1] - 1, 2, 2]) < 40),
          `${where}: the place the story is at is named`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
