/**
 * `node scripts/screenshot.ts <path> [out.png] [--dark] [--mobile] [--top] [--at=<css selector>]`: builds nothing;
 * serves dist/ and saves a full-page screenshot of one page, to look at what readers see; with --top, only the
 * first screen (what is above the fold); with --at, only the screen that shows that element (e.g. --at=#chart-map),
 * as a reader scrolled to it would see it.
 */
import { serve } from './lib/serve.ts';
import { launch } from './lib/launch.ts';
import { DIST } from './lib/site.ts';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--') && !a.startsWith('--at=')));
const at = args.find((a) => a.startsWith('--at='))?.slice('--at='.length);
const [target = '/', out = 'screenshot.png'] = args.filter((a) => !a.startsWith('--'));
const dist = DIST;
const site = await serve(dist);
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: flags.has('--mobile') ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    colorScheme: flags.has('--dark') ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.goto(site.url + target, { waitUntil: 'networkidle' });
  if (at) {
    await page.locator(at).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: out });
  } else await page.screenshot({ path: out, fullPage: !flags.has('--top') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await site.close();
}
