// The editor's page (issue #17): a new campaign is asked for its title and dates (none invented), gets a place by
// a click on the map, a longer route and an event; the checker's message for the event's missing source is seen and
// fixed; the download loads in the reader. A long summary wraps in its field on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { start, openPage, WEB_ROOT } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// Until the editor has drawn the frames its last input asked for (no new frame twice in a row, 0.4 s apart).
async function settle(page) {
  let last = -1, quiet = 0;
  for (let i = 0; i < 100 && quiet < 2; i++) {
    await page.waitForTimeout(400);
    const frames = await page.evaluate(() => window.atlas.framesDrawn);
    quiet = frames === last ? quiet + 1 : 0;
    last = frames;
  }
}

// The document once `ok(doc)` holds (a slow machine's frames take a while), or the assertion's failure.
async function documentWhen(page, ok, message) {
  let doc;
  for (let i = 0; i < 40; i++) {
    doc = JSON.parse(await page.evaluate(() => window.atlas.text()));
    if (ok(doc)) return doc;
    await page.waitForTimeout(250);
  }
  assert.fail(`${message}: ${JSON.stringify(doc).slice(0, 400)}`);
}

// Clicks a control the last frame marked (ui::mark_item: CSS px on the canvas), `dx, dy` from its centre.
async function click(page, name, dx = 0, dy = 0) {
  await page.waitForFunction((n) => !!window.atlas.targets()[n], name, { timeout: 10000 }).catch(() => {});
  const t = (await page.evaluate(() => window.atlas.targets()))[name];
  assert.ok(t, `control ${name} is drawn`);
  const canvas = await page.locator('#canvas').boundingBox();
  await page.mouse.click(canvas.x + t[0] + t[2] / 2 + dx, canvas.y + t[1] + t[3] / 2 + dy);
  await settle(page);
}

async function type(page, field, text) {
  await click(page, field);
  await page.keyboard.type(text);
  await settle(page);
}

// A shortcut as a person presses it: the modifiers held until the key has been seen.
async function shortcut(page, modifiers, key) {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key);
  await settle(page);
  for (const m of modifiers.reverse()) await page.keyboard.up(m);
  await settle(page);
}

// The problems once `ok(list)` holds, or the assertion's failure.
async function problemsWhen(page, ok, message) {
  let list;
  for (let i = 0; i < 40; i++) {
    list = await page.evaluate(() => window.atlas.problems());
    if (ok(list)) return list;
    await page.waitForTimeout(250);
  }
  assert.fail(`${message}: ${JSON.stringify(list)}`);
}

// The forms scrolled (the wheel over them) until the control `name` is on the canvas whole.
async function scrollIntoCanvas(page, name) {
  const canvas = await page.locator('#canvas').boundingBox();
  for (let i = 0; i < 12; i++) {
    const t = (await page.evaluate(() => window.atlas.targets()))[name];
    if (t && t[1] + t[3] <= canvas.height - 4) return;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height - 20);
    await page.mouse.wheel(0, 120);
    await settle(page);
  }
}

// The new-campaign form filled in and Create pressed.
async function createCampaign(page, title, start, end) {
  await settle(page);  // the layout measures its tools and problems over the first frames: click where it came to rest
  await type(page, 'new:title', title);
  await type(page, 'new:start', start);
  await type(page, 'new:end', end);
  await click(page, 'new:create');
}

const documentNow = async (page) => JSON.parse(await page.evaluate(() => window.atlas.text()));
const problems = (page) => page.evaluate(() => window.atlas.problems());
async function clickProblem(page, match) {
  const list = await problems(page);
  const k = list.findIndex((p) => match.test(p.path));
  assert.ok(k >= 0, `a problem at ${match} among ${JSON.stringify(list)}`);
  await click(page, 'problem:' + k);
}

test('make a campaign in the editor and read it in the reader', async () => {
  const { page, context, errors, foreign } = await openPage(env.browser, new URL('editor.html', env.url).href);
  assert.equal(await page.evaluate(() => window.atlas.error), null);
  // The first document is unfinished: the form asks for the dates, the checker lists them as missing.
  assert.ok((await page.evaluate(() => window.atlas.targets()))['new:start'], 'the new-campaign form is open');
  const unfinished = await documentNow(page);
  assert.equal(unfinished.start, '', 'no invented start');
  assert.ok(!JSON.stringify(unfinished).includes('0001-'), 'no year-1 placeholder');
  assert.ok((await problems(page)).some((p) => p.path === 'start' && /is not a date/.test(p.message)), 'the checker lists the missing start');
  // A start of the wrong form is refused as typed; Create makes nothing until it is a date.
  await type(page, 'new:title', 'The Tagus raid');
  await type(page, 'new:start', '540-03-01');
  await type(page, 'new:end', '0540-06-30');
  await click(page, 'new:create');
  assert.equal((await documentNow(page)).start, '', 'Create is refused while the start is not a date');
  await click(page, 'new:start');
  await page.keyboard.press('Home');
  await page.keyboard.type('0');
  await settle(page);
  await click(page, 'new:create');
  const before = await documentWhen(page, (d) => d.start === '0540-03-01', 'Create makes the campaign with the dates typed');
  assert.equal(before.end, '0540-06-30');
  assert.equal(before.title, 'The Tagus raid');
  assert.equal(before.forces[0].route[0].date, '0540-03-01');
  assert.ok(before.view.west < before.places[0].lon && before.places[0].lon < before.view.east, 'framed on the map\'s area');
  assert.deepEqual(await problemsWhen(page, (l) => l.length === 0, 'no problem'), [], 'the campaign with the author\'s dates passes the check');

  await click(page, 'tool:add-place');
  await click(page, 'editor-map', 150, -60);
  let doc = await documentWhen(page, (d) => d.places.length === before.places.length + 1, 'a click on the map adds a place');
  const place = doc.places.at(-1);
  assert.equal(place.name, `New place ${doc.places.length}`);
  assert.ok(Math.abs(place.lat - before.places[0].lat) > 0.1 && place.lon > before.places[0].lon, 'where it was clicked: north-east of the first');

  await click(page, 'tool:extend-route');
  await click(page, 'editor-map', 200, 40);
  doc = await documentWhen(page, (d) => d.forces[0].route.length === before.forces[0].route.length + 1, 'a click extends the army\'s route');

  await click(page, 'section:events');
  await click(page, 'add-row:events');
  doc = await documentWhen(page, (d) => d.events.length === before.events.length + 1, 'Add makes an event');
  const event = doc.events.findIndex((e) => !before.events.some((b) => b.id === e.id));
  await type(page, `field:events[${event}].summary`, 'The army sets out.');
  const missing = (await problemsWhen(page, (l) => l.some((p) => p.path === `events[${event}].sources`), 'the checker asks for the event\'s source'))
    .find((p) => p.path === `events[${event}].sources`);
  assert.match(missing.message, /at least 1/);

  // Fixing it: the problem opens the event's sources, one is added (the first source, picked) and its passage typed.
  await clickProblem(page, new RegExp(`^events\\[${event}\\]\\.sources$`));
  await click(page, `add:events[${event}].sources`);
  await clickProblem(page, /passage$/);
  await type(page, `field:events[${event}].sources[0].passage`, 'Book 1, chapter 2');
  await problemsWhen(page, (l) => !l.some((p) => p.path.startsWith(`events[${event}]`)), 'the event has no problem left');
  assert.equal((await documentNow(page)).events[event].sources[0].source, before.sources[0].id);

  // The rest the checker asks for: the place's modern name and role, the new last waypoint's date.
  await clickProblem(page, /^places\[\d+\]\.modern$/);
  await type(page, `field:places[${doc.places.length - 1}].modern`, 'A modern town');
  await clickProblem(page, /^places\[\d+\]\.role$/);
  await type(page, `field:places[${doc.places.length - 1}].role`, 'Where the army camps.');
  const last = doc.forces[0].route.length - 1;
  await clickProblem(page, /^forces\[0\]\.route\[\d+\]/);
  await click(page, `add-field:forces[0].route[${last}].date`);
  await type(page, `field:forces[0].route[${last}].date`, before.end);
  await problemsWhen(page, (l) => !l.some((p) => !p.warning), 'no error left');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const id = before.id;
  assert.equal(download.suggestedFilename(), `${id}.json`);
  const saved = readFileSync(await download.path(), 'utf8');
  assert.equal(saved, await page.evaluate(() => window.atlas.text()), 'the download is the document as saved');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();

  // The reader opens campaigns of its folder by id (?campaign=): the download goes there.
  const file = join(WEB_ROOT, 'campaigns', `${id}.json`);
  writeFileSync(file, saved);
  try {
    const reader = await openPage(env.browser, new URL(`index.html?campaign=${id}`, env.url).href);
    assert.equal(await reader.page.evaluate(() => window.atlas.error), null);
    const state = await reader.page.evaluate(() => window.atlas.state());
    assert.equal(state.campaign, id, 'the reader shows the campaign made in the editor');
    assert.equal(state.problem, '');
    assert.ok(await reader.page.evaluate(() => Object.keys(window.atlas.targets()).some((k) => k.startsWith('place:new-place'))), 'with the new place on its map');
    assert.deepEqual(reader.errors, []);
    await reader.context.close();
  } finally { rmSync(file, { force: true }); }
});

test('on the map: a drag is one undoable step, a click on a leg inserts a waypoint, Delete removes it', async () => {
  const { page, context, errors } = await openPage(env.browser, new URL('editor.html', env.url).href);
  await createCampaign(page, 'Drag test', '0540-03-01', '0540-06-30');
  const before = await documentWhen(page, (d) => d.start === '0540-03-01', 'created');
  const canvas = await page.locator('#canvas').boundingBox();
  const place = (await page.evaluate(() => window.atlas.targets()))['edit-place:0'];
  const x = canvas.x + place[0] + place[2] / 2, y = canvas.y + place[1] + place[3] / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) { await page.mouse.move(x + 10 * i, y + 5 * i); await page.waitForTimeout(80); }
  await page.mouse.up();
  let doc = await documentWhen(page, (d) => d.places[0].lon > before.places[0].lon && d.places[0].lat < before.places[0].lat,
                               'the place went east and south');
  await settle(page);
  await shortcut(page, ['Control'], 'z');
  assert.deepEqual(await documentWhen(page, (d) => d.places[0].lat === before.places[0].lat, 'undo'), before, 'one undo takes back the whole drag');
  await shortcut(page, ['Control', 'Shift'], 'z');
  assert.deepEqual((await documentWhen(page, (d) => d.places[0].lat === doc.places[0].lat, 'redo')).places[0], doc.places[0], 'and redo brings it back');

  await click(page, 'tool:extend-route');
  await click(page, 'editor-map', 160, 60);
  await click(page, 'tool:select');
  const [a, b] = await page.evaluate(() => { const t = window.atlas.targets(); return [t['waypoint:1'], t['waypoint:2']]; });
  await page.mouse.click(canvas.x + (a[0] + b[0] + a[2]) / 2, canvas.y + (a[1] + b[1] + a[3]) / 2);  // the leg's middle
  doc = await documentWhen(page, (d) => d.forces[0].route.length === 4, 'a click on the leg inserts a waypoint');
  await settle(page);
  assert.ok(doc.forces[0].route[2].lat !== undefined && doc.forces[0].route[3].lat !== undefined);
  await page.keyboard.press('Delete');
  await documentWhen(page, (d) => d.forces[0].route.length === 3, 'Delete removes the chosen waypoint');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an edit is kept in this browser and offered back after a reload', async () => {
  const { page, context } = await openPage(env.browser, new URL('editor.html', env.url).href);
  await createCampaign(page, 'Copy test', '0540-03-01', '0540-06-30');
  await click(page, 'tool:add-place');
  await click(page, 'editor-map', -120, 50);
  const text = await page.evaluate(() => window.atlas.text());
  await page.waitForFunction(() => (localStorage.getItem('campaign-atlas-editor:copy') || '').includes('New place'), null, { timeout: 5000 });
  await page.reload();
  await page.waitForFunction(() => window.atlas && window.atlas.ready && window.atlas.notice, null, { timeout: 30000 });
  assert.match(await page.evaluate(() => window.atlas.notice), /kept a copy/);
  await page.click('#restore');
  await settle(page);
  assert.equal(await page.evaluate(() => window.atlas.text()), text, 'restored whole');
  // New campaign: the form opens (the document stays until Create), then a fresh template, and the copy kept
  // so far stays until the new campaign is changed.
  await page.click('#new');
  await settle(page);
  assert.ok((await page.evaluate(() => window.atlas.text())).includes('New place'), 'the form alone changes nothing');
  await createCampaign(page, 'Second', '-0217-04-01', '-0217-10-31');
  assert.equal((await documentWhen(page, (d) => d.title === 'Second', 'a new campaign')).start, '-0217-04-01', 'a date BC');
  assert.ok(!(await page.evaluate(() => window.atlas.text())).includes('New place'), 'a new campaign');
  await page.waitForTimeout(1500);
  assert.ok((await page.evaluate(() => localStorage.getItem('campaign-atlas-editor:copy'))).includes('New place'), 'the earlier work is still kept');
  await context.close();
});

// At a few frames a second a person's Ctrl+Z can be over (Ctrl up too) before the next frame: the modifier
// is taken from the same queue as the key, so the frame still sees Ctrl with Z.
test('a Ctrl+Z whose four key events all come before the next frame still undoes', async () => {
  const { page, context, errors } = await openPage(env.browser, new URL('editor.html', env.url).href);
  await createCampaign(page, 'Undo test', '0540-03-01', '0540-06-30');
  const before = await documentWhen(page, (d) => d.start === '0540-03-01', 'created');
  await click(page, 'tool:add-place');
  await click(page, 'editor-map', 40, 40);
  await click(page, 'tool:select');
  const added = await documentWhen(page, (d) => d.places.length === before.places.length + 1, 'a place added');
  await page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    canvas.focus();
    const key = (type, k, code, ctrl) => canvas.dispatchEvent(new KeyboardEvent(type, { key: k, code, keyCode: code === 'KeyZ' ? 90 : 17, ctrlKey: ctrl, bubbles: true, cancelable: true }));
    key('keydown', 'Control', 'ControlLeft', true);
    key('keydown', 'z', 'KeyZ', true);
    key('keyup', 'z', 'KeyZ', true);
    key('keyup', 'Control', 'ControlLeft', false);
  });
  const undone = await documentWhen(page, (d) => d.places.length === before.places.length, 'the quick Ctrl+Z undid the place');
  assert.equal(undone.places.length, added.places.length - 1);
  assert.deepEqual(errors, []);
  await context.close();
});

// On a phone the forms are under the map, and a long summary wraps in a box as tall as its lines: read and
// edited without scrolling sideways (ImGui 1.86's multiline field has no wrap of its own).
test('on a phone a 300-character summary wraps in its field under the map', async () => {
  const { page, context, errors } = await openPage(env.browser, new URL('editor.html', env.url).href, { width: 390, height: 844 });
  await createCampaign(page, 'Phone test', '0540-03-01', '0540-06-30');
  await documentWhen(page, (d) => d.start === '0540-03-01', 'created');
  await click(page, 'section:events');
  await click(page, 'row:events[0]');
  const summary = 'The army left the camp at dawn, crossed the river by the old Roman bridge and marched south along the ' +
    'valley for three days, burning the villages that would not pay, until the garrison of the fortress came out to meet ' +
    'it on the plain below the hills, where the two armies camped in sight of each other.';
  assert.ok(summary.length >= 290);
  await click(page, 'larger-forms');
  await scrollIntoCanvas(page, 'field:events[0].summary');
  await click(page, 'field:events[0].summary');
  await shortcut(page, ['Control'], 'a');
  await page.keyboard.press('Delete');
  await settle(page);
  await page.keyboard.type(summary);
  await settle(page);
  await documentWhen(page, (d) => d.events[0].summary === summary, 'the summary is stored as typed, its blanks blanks');
  // An edit in the middle (after "old "), with the soft breaks around it: still the author's text.
  await shortcut(page, ['Control'], 'Home');
  for (let i = 0; i < 'The army left the camp at dawn, crossed the river by the old '.length; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(60);  // one key a frame or so: a slow machine's frames miss none
  }
  await settle(page);
  await page.keyboard.type('stone ');
  await settle(page);
  const edited = summary.replace('the old Roman', 'the old stone Roman');
  await documentWhen(page, (d) => d.events[0].summary === edited, 'a word typed mid-text lands in place');
  await click(page, 'section:campaign');  // the field no longer edited: shown wrapped all the same
  await click(page, 'section:events');
  await scrollIntoCanvas(page, 'field:events[0].summary');
  const t = await page.evaluate(() => window.atlas.targets());
  const field = t['field:events[0].summary'], map = t['editor-map'];
  assert.ok(field, 'the summary field is drawn');
  assert.ok(field[0] >= 0 && field[0] + field[2] <= 390, `the field is within the phone's width: ${field}`);
  assert.ok(field[3] >= 8 * 16, `the field is as tall as its wrapped lines (8 or more): ${field[3]} px`);
  assert.ok(map[1] + map[3] <= field[1], 'the forms are under the map, not over it');
  assert.deepEqual(errors, []);
  await context.close();
});
