// Shared set-up for browser tests: serves the wasm build on 127.0.0.1 and drives Debian's chromium.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../tools/serve.mjs';

export const WEB_ROOT = process.env.ATLAS_WEB_ROOT || 'build/wasm/web';

const FLAGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-default-apps', '--disable-domain-reliability', '--metrics-recording-only'];

export async function start() {
  const { server, url } = await serve(WEB_ROOT, { port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS,
  });
  return { server, url, browser, async stop() { await browser.close(); server.close(); } };
}

// Opens a page, records console errors and every request that leaves 127.0.0.1.
// `setup(context)` runs before the page opens (e.g. to route a broken file).
export async function openPage(browser, url, { width = 1280, height = 800, dpr = 1, waitReady = true, setup } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  if (setup) await setup(context);
  const page = await context.newPage();
  const errors = [], foreign = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { const u = new URL(r.url()); if (!['127.0.0.1', ''].includes(u.hostname) && u.protocol !== 'data:') foreign.push(r.url()); });
  await page.goto(url);
  if (waitReady) await page.waitForFunction(() => window.atlas && (window.atlas.ready || window.atlas.error), null, { timeout: 30000 });
  return { page, context, errors, foreign };
}

export const userDataDir = () => mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
