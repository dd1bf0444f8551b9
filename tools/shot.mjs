// Takes a screenshot of the served web build in headless chromium: node tools/shot.mjs OUT.png [WxH] [dpr] [query]
import { start, openPage } from '../tests/browser/harness.mjs';

const [out = 'shot.png', size = '1280x800', dpr = '1', query = ''] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const env = await start();
try {
  const { page, errors } = await openPage(env.browser, env.url + (query ? `?${query.replace(/^\?/, '')}` : ''), { width, height, dpr: Number(dpr) });
  await page.waitForTimeout(Number(process.env.SHOT_WAIT || 300));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`, errors.length ? `console errors: ${errors.join(' | ')}` : '');
} finally {
  await env.stop();
}
