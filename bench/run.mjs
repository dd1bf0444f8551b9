// Benchmark: download size, time to ready, frame CPU time, idle frames and memory (web), native frame and load times,
// and the atlas side by side with two reference maps of the same geography (Leaflet, MapLibre; bench/ref/, issue #16), also
// over an emulated slow link (first picture and ready against Leaflet: the poster is for readers on one).
// Run it with bench/run (which builds first). Prints the tables; writes build/bench/results.json and a timestamped copy.
// Not part of tools/test: the figures are for comparing runs, the goals are what the team works towards.
// --loads N (cold loads per page, at least 7; default 9), --quick (3 loads, 1 pan, 20 s of autoplay: for development),
// --shots (screenshots of the three pages at ready: build/bench/shot-<page>.png).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../tools/serve.mjs';

const WEB_ROOT = 'build/wasm/web';
const NATIVE = 'build/native-release/campaign-atlas';
const LOAD_BENCH = 'build/native-release/bench/load_bench';
const OUT_DIR = 'build/bench';
const REF_DIR = join(OUT_DIR, 'ref');  // the reference pages, their libraries and data: served under /ref/
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const QUICK = process.argv.includes('--quick'), SHOTS = process.argv.includes('--shots');
const LOADS = QUICK ? 3 : Math.max(7, Number(arg('--loads', 9)));
const PANS = QUICK ? 1 : 3;  // the scripted pan runs in the last PANS rounds of cold loads; the median is reported
const TOUR_SECONDS = QUICK ? 20 : 120;
const LOAD_AT_START = loadavg()[0];  // other work on the machine skews the figures: recorded with them
const GOALS = { gzip_total_bytes: 300 * 1000, ready_ms: 500, frame_median_ms: 1, idle_fps: 0,
  pan_fps_vs_maplibre: 2, zoom_fps_vs_maplibre: 2, ready_vs_leaflet: 1, first_picture_vs_leaflet_ready: 0.5 };
const PAGES = [  // loaded in turn, round after round (interleaved), each in a fresh context (cold cache)
  { name: 'atlas', path: '', label: 'Campaign Atlas' },
  { name: 'leaflet', path: 'ref/leaflet.html', label: 'Leaflet 1.9 (canvas)', noZoom: true },  // its zoom is a CSS animation: no frames to count
  { name: 'maplibre', path: 'ref/maplibre.html', label: 'MapLibre GL 4.7' },
];
const PAN = { x: 560, y: 420, moves: 120, step: [4, 2] };  // in the atlas's open map area at 1280x800; out 60 moves and back
// A trackpad's zoom at PAN's point: a wheel event of `delta` px every `every_ms`, first `lead` in, then `steps` timed ones
// in legs of `leg` out and in (1.7x each way: never at the zoom's limits).
const ZOOM = { delta: 15, every_ms: 16, lead: 20, steps: 160, leg: 16 };

// The browser tests' flags (tests/browser/harness.mjs), plus exact JS heap figures.
const FLAGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-default-apps', '--disable-domain-reliability', '--metrics-recording-only',
  '--enable-precise-memory-info'];
const VIEWPORT = { width: 1280, height: 800 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const log = (s) => process.stderr.write(`bench: ${s}\n`);

// Records, inside the page, the performance.now() (ms since navigation) at which window.atlas.ready turns true,
// and the time spent in WebGL getParameter (a synchronous round trip to the GPU process for some queries).
function hookReady() {
  const P = WebGL2RenderingContext.prototype, getParameter = P.getParameter;
  window.__benchGetParameterMs = 0;
  P.getParameter = function (p) {
    const t = performance.now();
    try { return getParameter.call(this, p); } finally { window.__benchGetParameterMs += performance.now() - t; }
  };
  let atlasObj;
  Object.defineProperty(window, 'atlas', {
    configurable: true,
    get() { return atlasObj; },
    set(v) {
      atlasObj = v;
      let ready = v.ready;
      Object.defineProperty(v, 'ready', { configurable: true, enumerable: true, get() { return ready; },
        set(r) { if (r && !ready) window.__benchReadyMs = performance.now(); ready = r; } });
    },
  });
}

async function newPage(browser, hook) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  if (hook) await context.addInitScript(hook);
  const page = await context.newPage();
  const errors = [], fetched = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { const u = new URL(r.url()); if (u.protocol.startsWith('http') && u.hostname !== '127.0.0.1') errors.push(`request to another host: ${r.url()}`); });
  page.on('requestfinished', (r) => { const u = new URL(r.url()); if (u.protocol.startsWith('http')) fetched.push(u.pathname); });
  return { context, page, errors, fetched };
}

async function waitReady(page) {
  await page.waitForFunction(() => window.atlas && (window.atlas.ready || window.atlas.error), null, { timeout: 60000 });
  const error = await page.evaluate(() => window.atlas.error);
  if (error) throw new Error(`the page failed: ${error}`);
}

// The reference pages, their libraries (from node_modules) and the atlas's geography as GeoJSON, into REF_DIR.
function prepareRefs() {
  rmSync(REF_DIR, { recursive: true, force: true });
  mkdirSync(join(REF_DIR, 'lib'), { recursive: true });
  execFileSync('python3', ['bench/export_geojson.py', 'assets/campaigns/khusrau-540.json', join(REF_DIR, 'geo.geojson')], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (const f of ['leaflet.html', 'maplibre.html', 'common.js']) copyFileSync(join('bench/ref', f), join(REF_DIR, f));
  for (const f of ['leaflet/dist/leaflet.js', 'leaflet/dist/leaflet.css', 'maplibre-gl/dist/maplibre-gl.js', 'maplibre-gl/dist/maplibre-gl.css'])
    copyFileSync(join('node_modules', f), join(REF_DIR, 'lib', basename(f)));
}

// The scripted pan, the same for every page: mouse down at PAN, 60 awaited moves of PAN.step px out and 60 back.
// Frames are the pictures the page really drew (the atlas's framesDrawn, the references' BENCH.frames), not rAF ticks.
async function pan(page, atlas) {
  if (atlas) await page.waitForFunction(() => !window.atlas.state().flying, null, { timeout: 10000 });
  await sleep(1000);  // settle
  const frames = () => page.evaluate(() => (window.atlas ? window.atlas.framesDrawn : window.BENCH.frames));
  await page.mouse.move(PAN.x, PAN.y);
  await page.mouse.down();
  const f0 = await frames(), t0 = performance.now();
  for (let i = 1; i <= PAN.moves; ++i) {
    const k = i <= PAN.moves / 2 ? i : PAN.moves - i;
    await page.mouse.move(PAN.x + PAN.step[0] * k, PAN.y + PAN.step[1] * k);
  }
  const seconds = (performance.now() - t0) / 1000;
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));  // the last move's picture
  const drawn = (await frames()) - f0;
  await page.mouse.up();
  return { moves: PAN.moves, seconds, frames: drawn, fps: drawn / seconds };
}

// The scripted zoom, the same for the atlas and MapLibre: ZOOM's wheel events dispatched in the page, so each page
// draws as fast as it can while they come. Frames as for the pan.
async function zoom(page, atlas) {
  if (atlas) await page.waitForFunction(() => !window.atlas.state().flying, null, { timeout: 10000 });
  await sleep(1000);  // settle, as before the pan
  if (atlas) await page.focus('#canvas');  // its wheel zooms once the map is active (cooperative gestures)
  return page.evaluate(({ x, y, delta, every_ms, lead, steps, leg }) => new Promise((done) => {
    const el = document.elementFromPoint(x, y), frames = () => (window.atlas ? window.atlas.framesDrawn : window.BENCH.frames);
    const wheel = (dy) => el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaMode: 0, deltaY: dy }));
    let k = 0, f0 = 0, t0 = 0;
    const id = setInterval(() => {
      if (k === lead) f0 = frames(), t0 = performance.now();
      wheel(k < lead || Math.floor((k - lead) / leg) % 2 ? -delta : delta);
      if (++k < lead + steps) return;
      clearInterval(id);
      requestAnimationFrame(() => requestAnimationFrame(() => {  // the last event's picture
        const seconds = (performance.now() - t0) / 1000, drawn = frames() - f0;
        done({ events: steps, seconds, frames: drawn, fps: drawn / seconds });
      }));
    }, every_ms);
  }), { x: PAN.x, y: PAN.y, ...ZOOM });
}

// A slow mobile link, emulated by Chromium (CDP): what the poster is for (the wasm takes seconds to arrive).
const SLOW_LINK = { kbit_per_s: 1600, latency_ms: 150 };  // Chrome DevTools' "Fast 3G"
const SLOW_LOADS = QUICK ? 1 : 3;

// One cold load of a page: ready, first picture, JS heap; the pan or the zoom when asked; over SLOW_LINK when `slow`.
async function coldLoad(browser, base, p, withPan, slow = false, withZoom = false) {
  const atlas = p.name === 'atlas';
  const { context, page, errors, fetched } = await newPage(browser, atlas ? hookReady : null);
  try {
    if (slow) {
      const cdp = await context.newCDPSession(page), bytes = SLOW_LINK.kbit_per_s * 1000 / 8;
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_LINK.latency_ms, downloadThroughput: bytes, uploadThroughput: bytes });
    }
    await page.goto(base + p.path);
    let ready, first;
    if (atlas) {
      await waitReady(page);
      [ready, first] = await page.evaluate(() => [window.__benchReadyMs, performance.getEntriesByName('atlas:first-picture')[0]?.startTime]);
    } else {
      await page.waitForFunction(() => window.benchReady !== undefined, null, { timeout: 60000 });
      [ready, first] = await page.evaluate(() => [window.benchReady, window.benchFirstPaint]);
    }
    const js = await page.evaluate(() => performance.memory ? performance.memory.usedJSHeapSize : null);
    if (SHOTS && !withPan) await page.screenshot({ path: join(OUT_DIR, `shot-${p.name}.png`) });
    const panned = withPan ? await pan(page, atlas) : null;
    const zoomed = withZoom ? await zoom(page, atlas) : null;
    if (errors.length) log(`${p.name}: console errors: ${errors.join(' | ')}`);
    return { ready, first, js, pan: panned, zoom: zoomed, files: [...new Set(fetched)] };
  } finally {
    await context.close();
  }
}

async function web(base) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    // Cold loads, interleaved: atlas, leaflet, maplibre, atlas, … (a fresh context, empty cache, each time).
    const pages = Object.fromEntries(PAGES.map((p) => [p.name, { ready_ms: [], first_ms: [], js_heap_bytes: [], pans: [], zooms: [], files: null }]));
    for (let i = 0; i < LOADS; ++i) {
      for (const p of PAGES) {
        const r = await coldLoad(browser, base, p, i >= LOADS - PANS), o = pages[p.name];
        o.ready_ms.push(r.ready); o.first_ms.push(r.first); o.js_heap_bytes.push(r.js);
        if (r.pan) o.pans.push(r.pan);
        o.files = o.files || r.files;
      }
      log(`round ${i + 1}/${LOADS}: ready ${PAGES.map((p) => `${p.name} ${pages[p.name].ready_ms[i].toFixed(0)} ms`).join(', ')}` +
        (i >= LOADS - PANS ? `; pan ${PAGES.map((p) => `${p.name} ${pages[p.name].pans.at(-1).fps.toFixed(1)} fps`).join(', ')}` : ''));
    }
    // The zoom in loads of its own (after a pan the atlas zooms faster: whatever the pan warmed up, a reader who
    // zooms first has not), interleaved, after the settle the pan has.
    for (let i = 0; i < PANS; ++i)
      for (const p of PAGES.filter((q) => !q.noZoom)) {
        const r = await coldLoad(browser, base, p, false, false, true);
        pages[p.name].zooms.push(r.zoom);
      }
    log(`zoom: ${PAGES.filter((p) => !p.noZoom).map((p) => `${p.name} ${pages[p.name].zooms.map((z) => z.fps.toFixed(1)).join(', ')} fps`).join('; ')}`);
    const readyMs = pages.atlas.ready_ms;
    // The atlas and Leaflet again over the slow link, interleaved (not the goals' condition: what readers on one see).
    const slow = { atlas: { ready_ms: [], first_ms: [] }, leaflet: { ready_ms: [], first_ms: [] } };
    for (let i = 0; i < SLOW_LOADS; ++i)
      for (const p of PAGES.filter((q) => q.name in slow)) {
        const r = await coldLoad(browser, base, p, false, true);
        slow[p.name].ready_ms.push(r.ready); slow[p.name].first_ms.push(r.first);
      }
    log(`slow link: ready atlas ${slow.atlas.ready_ms.map((v) => v.toFixed(0)).join(', ')} ms (first picture ${slow.atlas.first_ms.map((v) => v.toFixed(0)).join(', ')}), Leaflet ${slow.leaflet.ready_ms.map((v) => v.toFixed(0)).join(', ')} ms`);

    // One more load: idle frames, then the whole campaign at normal speed, then idle again; memory throughout.
    const { context, page, errors } = await newPage(browser, hookReady);
    await page.goto(base);
    await waitReady(page);
    const idle = async () => {
      await page.waitForFunction(() => !window.atlas.state().flying, null, { timeout: 10000 });
      await sleep(1000);  // the few frames after the last change
      const a = await page.evaluate(() => window.atlas.framesDrawn);
      await sleep(3000);
      const b = await page.evaluate(() => window.atlas.framesDrawn);
      return (b - a) / 3;
    };
    const memory = () => page.evaluate(() => ({
      wasm: window.Module && window.Module.HEAP8 ? window.Module.HEAP8.length : null,
      js: performance.memory ? performance.memory.usedJSHeapSize : null }));
    const peak = { wasm: 0, js: 0 };
    const sample = async () => { const m = await memory(); peak.wasm = Math.max(peak.wasm, m.wasm || 0); peak.js = Math.max(peak.js, m.js || 0); };
    await sample();
    const idleAfterLoad = await idle();
    // The paced tour at normal speed lasts about 7 minutes (it stops on each card to be read): two are enough.
    log(`idle after load: ${idleAfterLoad} frames/s; playing the first ${TOUR_SECONDS} s of the tour…`);
    const t0 = Date.now();
    const [framesBefore, syncBefore] = await page.evaluate(() => [window.atlas.framesDrawn, window.__benchGetParameterMs]);
    await page.evaluate(() => window.atlas.play(true));
    await page.waitForFunction(() => window.atlas.state().playing, null, { timeout: 10000 });
    while (await page.evaluate(() => window.atlas.state().playing) && Date.now() - t0 < TOUR_SECONDS * 1000) {
      await sample();
      await sleep(1000);
    }
    await page.evaluate(() => window.atlas.play(false));
    const playSeconds = (Date.now() - t0) / 1000;
    const [framesAfter, syncAfter] = await page.evaluate(() => [window.atlas.framesDrawn, window.__benchGetParameterMs]);
    const playFrames = framesAfter - framesBefore;
    const getParameterMsPerFrame = (syncAfter - syncBefore) / Math.max(1, playFrames);
    const stats = await page.evaluate(() => window.atlas.stats());  // over the last 2048 frames at most (FrameStats)
    await sample();
    const idleAfterPlay = await idle();
    await sample();
    if (errors.length) log(`console errors during autoplay: ${errors.join(' | ')}`);
    await context.close();
    return { chromium: browser.version(), loads: LOADS, ready_ms: readyMs, files: pages.atlas.files, pages, slow,
      autoplay: { seconds: playSeconds, frames: playFrames, stats, get_parameter_ms_per_frame: getParameterMsPerFrame }, idle_fps: { after_load: idleAfterLoad, after_autoplay: idleAfterPlay },
      peak_wasm_memory_bytes: peak.wasm, peak_js_heap_bytes: peak.js };
  } finally {
    await browser.close();
  }
}

function sizes(files) {
  const rows = files.map((path) => {
    const f = path === '/' ? 'index.html' : path.slice(1);
    const raw = readFileSync(f.startsWith('ref/') ? join(REF_DIR, f.slice(4)) : join(WEB_ROOT, f));
    return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return { files: rows, raw_total: rows.reduce((s, r) => s + r.raw, 0), gzip_total: rows.reduce((s, r) => s + r.gzip, 0) };
}

function nativeFrames() {
  const out = execFileSync('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', NATIVE, '--autoplay', '--frames', '600', '--stats', '--size', '1280x800'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop());
}

function loadTimes() {
  return JSON.parse(execFileSync(LOAD_BENCH, [process.cwd(), '200'], { encoding: 'utf8' }).trim());
}

function git() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return commit + (dirty ? '+changes' : '');
  } catch { return 'unknown'; }
}

// --- run -------------------------------------------------------------------------------------------
prepareRefs();
const { server, url } = await serve(WEB_ROOT, { port: 0, mounts: { '/ref/': REF_DIR } });
let w;
try {
  log(`${LOADS} interleaved cold loads each of ${PAGES.map((p) => url + p.path).join(', ')} in headless Chromium…`);
  w = await web(url);
} finally {
  server.close();
}
const size = sizes(w.files);
log('native: 600 autoplay frames at 1280x800 under Xvfb…');
const native = nativeFrames();
const load = loadTimes();
const compare = Object.fromEntries(PAGES.map((p) => {
  const o = w.pages[p.name], z = p.name === 'atlas' ? size : sizes(o.files), ok = (xs) => xs.filter((x) => x !== undefined && x !== null);
  return [p.name, { gzip_bytes: z.gzip_total, raw_bytes: z.raw_total, files: z.files, ready_ms_median: median(o.ready_ms), ready_ms: o.ready_ms,
    first_picture_ms_median: ok(o.first_ms).length ? median(ok(o.first_ms)) : null, first_picture_ms: o.first_ms,
    js_heap_bytes_median: median(ok(o.js_heap_bytes)), pan_fps_median: median(o.pans.map((x) => x.fps)),
    pan_seconds_median: median(o.pans.map((x) => x.seconds)), pans: o.pans,
    zoom_fps_median: o.zooms.length ? median(o.zooms.map((x) => x.fps)) : null, zooms: o.zooms }];
}));
const [A, L, M] = [compare.atlas, compare.leaflet, compare.maplibre];
const ratios = { pan_fps_vs_maplibre: A.pan_fps_median / M.pan_fps_median, zoom_fps_vs_maplibre: A.zoom_fps_median / M.zoom_fps_median, pan_fps_vs_leaflet: A.pan_fps_median / L.pan_fps_median,
  pan_seconds_vs_maplibre: A.pan_seconds_median / M.pan_seconds_median, ready_vs_leaflet: A.ready_ms_median / L.ready_ms_median,
  ready_vs_maplibre: A.ready_ms_median / M.ready_ms_median, first_picture_vs_leaflet_ready: A.first_picture_ms_median / L.ready_ms_median };

const results = {
  date: new Date().toISOString(), commit: git(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, load_average_1min: { start: LOAD_AT_START, end: loadavg()[0] }, node: process.version, chromium: w.chromium },
  goals: GOALS, download: size,
  web: { ready_ms_median: median(w.ready_ms), ready_ms: w.ready_ms, loads: w.loads, autoplay: w.autoplay, idle_fps: w.idle_fps,
         peak_wasm_memory_bytes: w.peak_wasm_memory_bytes, peak_js_heap_bytes: w.peak_js_heap_bytes },
  native: { frames: native, data: load },
  compare: { loads_per_page: LOADS, pans_per_page: PANS, pan: PAN, zoom: ZOOM, pages: compare, ratios },
  slow_link: { link: SLOW_LINK, loads_per_page: SLOW_LOADS, pages: w.slow,
    first_picture_vs_leaflet_ready: median(w.slow.atlas.first_ms) / median(w.slow.leaflet.ready_ms),
    ready_vs_leaflet: median(w.slow.atlas.ready_ms) / median(w.slow.leaflet.ready_ms) },
};

// --- the table ---------------------------------------------------------------------------------------
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
const ms = (n) => `${n.toFixed(2)} ms`;
const met = (ok) => (ok ? 'yes' : 'NO');
const rows = [['Measure', 'Figure', 'Goal', 'Met']];
for (const f of size.files) rows.push([`download ${f.file} (raw / gzip -9)`, `${kb(f.raw)} / ${kb(f.gzip)}`, '', '']);
rows.push(['download total (raw / gzip -9)', `${kb(size.raw_total)} / ${kb(size.gzip_total)}`, '≤ 300 KB gzip', met(size.gzip_total <= GOALS.gzip_total_bytes)]);
rows.push([`navigation → atlas.ready, median of ${w.loads} cold loads`, `${results.web.ready_ms_median.toFixed(0)} ms (${Math.min(...w.ready_ms).toFixed(0)}–${Math.max(...w.ready_ms).toFixed(0)})`, '≤ 500 ms', met(results.web.ready_ms_median <= GOALS.ready_ms)]);
const s = w.autoplay.stats;
rows.push([`web frame CPU in App::frame, autoplay, the tour's first ${w.autoplay.seconds.toFixed(0)} s (${w.autoplay.frames} frames)`, `median ${ms(s.median_ms)}, p95 ${ms(s.p95_ms)}, max ${ms(s.max_ms)}`, '≤ 1 ms median', met(s.median_ms <= GOALS.frame_median_ms)]);
rows.push(['  of which blocked in WebGL getParameter (GPU sync), mean', ms(w.autoplay.get_parameter_ms_per_frame), '', '']);
rows.push(['web draw calls per frame (last frame)', String(s.draw_calls), '', '']);
rows.push(['web UI triangles per frame (last frame)', String(s.ui_triangles), '', '']);
rows.push(['idle frames/s, 3 s without input, after load', w.idle_fps.after_load.toFixed(2), '0', met(w.idle_fps.after_load === 0)]);
rows.push(['idle frames/s, 3 s without input, after autoplay', w.idle_fps.after_autoplay.toFixed(2), '0', met(w.idle_fps.after_autoplay === 0)]);
rows.push(['peak wasm memory (Module.HEAP8.length)', mib(w.peak_wasm_memory_bytes), '', '']);
rows.push(['peak JS heap (usedJSHeapSize)', mib(w.peak_js_heap_bytes), '', '']);
const x = (r) => `${r.toFixed(2)}×`;
rows.push(['pan frames/s, atlas / MapLibre (same run)', x(ratios.pan_fps_vs_maplibre), '≥ 2×', met(ratios.pan_fps_vs_maplibre >= GOALS.pan_fps_vs_maplibre)]);
rows.push(['zoom frames/s, atlas / MapLibre (same run)', x(ratios.zoom_fps_vs_maplibre), '≥ 2×', met(ratios.zoom_fps_vs_maplibre >= GOALS.zoom_fps_vs_maplibre)]);
rows.push(['pan frames/s, atlas / Leaflet', x(ratios.pan_fps_vs_leaflet), '', '']);
rows.push(['pan wall time, atlas / MapLibre', x(ratios.pan_seconds_vs_maplibre), '', '']);
rows.push(['ready, atlas / Leaflet (medians)', x(ratios.ready_vs_leaflet), '≤ 1×', met(ratios.ready_vs_leaflet <= GOALS.ready_vs_leaflet)]);
rows.push(['ready, atlas / MapLibre (medians)', x(ratios.ready_vs_maplibre), '', '']);
rows.push(['first picture of the atlas / Leaflet ready', x(ratios.first_picture_vs_leaflet_ready), '≤ 0.5×', met(ratios.first_picture_vs_leaflet_ready <= GOALS.first_picture_vs_leaflet_ready)]);
const sl = results.slow_link, linkName = `${SLOW_LINK.kbit_per_s / 1000} Mbit/s, ${SLOW_LINK.latency_ms} ms`;
rows.push([`slow link (${linkName}, ${SLOW_LOADS} loads): first picture of the atlas / Leaflet ready`, `${x(sl.first_picture_vs_leaflet_ready)} (${median(w.slow.atlas.first_ms).toFixed(0)} / ${median(w.slow.leaflet.ready_ms).toFixed(0)} ms)`, '', '']);
rows.push([`slow link: ready, atlas / Leaflet`, `${x(sl.ready_vs_leaflet)} (${median(w.slow.atlas.ready_ms).toFixed(0)} / ${median(w.slow.leaflet.ready_ms).toFixed(0)} ms)`, '', '']);
rows.push(['native frame CPU, 600 autoplay frames 1280x800 (Xvfb, llvmpipe)', `median ${ms(native.median_ms)}, p95 ${ms(native.p95_ms)}, ${native.draw_calls} draw calls`, '', '']);
rows.push([`native load + validate campaign (${kb(load.campaign_bytes)}), median of ${load.runs}`, `${load.campaign_load_us.toFixed(0)} µs`, '', '']);
rows.push([`native parse geography (${kb(load.geography_bytes)}), median of ${load.runs}`, `${load.geography_parse_us.toFixed(0)} µs`, '', '']);
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => cell.padEnd(widths[c])).join(' | ').trimEnd();
const side = [['Page (1280x800, SwiftShader)', 'gzip -9', 'ready median (min–max)', 'first picture', 'pan frames/s', 'pan wall time', 'zoom frames/s', 'JS heap']];
for (const p of PAGES) {
  const c = compare[p.name];
  side.push([p.label, kb(c.gzip_bytes), `${c.ready_ms_median.toFixed(0)} ms (${Math.min(...c.ready_ms).toFixed(0)}–${Math.max(...c.ready_ms).toFixed(0)})`,
    c.first_picture_ms_median === null ? '—' : `${c.first_picture_ms_median.toFixed(0)} ms`, c.pan_fps_median.toFixed(1),
    `${c.pan_seconds_median.toFixed(1)} s`, c.zoom_fps_median === null ? '—' : c.zoom_fps_median.toFixed(1), mib(c.js_heap_bytes_median)]);
}
console.log(`Campaign Atlas benchmark — ${results.date}, commit ${results.commit}, ${results.machine.cpus} CPUs (load ${LOAD_AT_START.toFixed(1)} at start), Chromium ${w.chromium}`);
console.log(line(rows[0]));
console.log(widths.map((n) => '-'.repeat(n)).join('-|-'));
for (const r of rows.slice(1)) console.log(line(r));
const sw = side[0].map((_, c) => Math.max(...side.map((r) => r[c].length)));
const sline = (r) => r.map((cell, c) => (c ? cell.padStart(sw[c]) : cell.padEnd(sw[c]))).join(' | ');
console.log(`\nSide by side: ${LOADS} interleaved cold loads per page; pan = ${PAN.moves} awaited mouse moves (${PAN.step.join('/')} px each, out and back), median of ${PANS};
zoom = ${ZOOM.steps} wheel events of ${ZOOM.delta} px every ${ZOOM.every_ms} ms dispatched in the page (a trackpad), in legs of ${ZOOM.leg} out and in, in ${PANS} cold loads of its own, median`);
console.log(sline(side[0]));
console.log(sw.map((n) => '-'.repeat(n)).join('-|-'));
for (const r of side.slice(1)) console.log(sline(r));
console.log(`Same geography (bench/export_geojson.py), palette and view. Frames drawn: atlas framesDrawn; Leaflet 'move' events (the canvas is
moved by CSS while dragging, redrawn at moveend; its zoom is a CSS animation, not counted); MapLibre 'render' events. First picture: atlas mark atlas:first-picture; Leaflet the
end of the canvas's first redraw with the layers (= its ready); MapLibre the first 'render' after a data tile loaded (ready: first 'idle').
Labels: Leaflet tooltips, MapLibre HTML markers (no glyph server for MapLibre's own text).`);

mkdirSync(OUT_DIR, { recursive: true });
const json = JSON.stringify(results, null, 2) + '\n';
const stamp = results.date.replace(/[-:]/g, '').replace(/\..*/, '');
writeFileSync(join(OUT_DIR, 'results.json'), json);
writeFileSync(join(OUT_DIR, `results-${stamp}.json`), json);
console.log(`results: ${OUT_DIR}/results.json and ${OUT_DIR}/results-${stamp}.json`);
