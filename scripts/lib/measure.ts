/** Measures the first search query in Chromium: requests and bytes on the wire, time to results. */
import { launch } from './launch.ts';
import { serveNginx } from './nginx.ts';

export const SEARCH_BUDGET = { requests: 12, bytes: 150 * 1024, ms: 1000 };

export interface SearchCost {
  requests: number;
  bytes: number;
  /** From the call that types the query (Playwright's fill, which itself takes some 0.2 s) to the results. */
  ms: number;
  /** Inside the page: from the input event to the results (performance.now() both times). */
  pageMs: number;
  results: number;
  detail: { url: string; bytes: number }[];
  pageLoad: { requests: number; bytes: number; pagefind: number };
}

export async function measureSearch(dist: string, pagePath: string, query: string): Promise<SearchCost> {
  const site = await serveNginx(dist);
  const browser = await launch();
  try {
    // A fresh context has an empty cache. Playwright reports the requests of the page and of
    // Pagefind's web worker alike; sizes are bytes on the wire (headers and compressed body).
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: { url: string; bytes: Promise<number>; phase: 'load' | 'query' }[] = [];
    let phase: 'load' | 'query' = 'load';
    context.on('requestfinished', (r) => {
      // Chromium fetches the favicon lazily, whenever it likes: not part of what search costs.
      if (new URL(r.url()).pathname.startsWith('/favicon')) return;
      seen.push({ url: r.url(), phase, bytes: r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize) });
    });
    await page.goto(site.url + pagePath, { waitUntil: 'networkidle' });
    const loaded = seen.filter((r) => r.phase === 'load');
    const pageLoad = {
      requests: loaded.length,
      bytes: (await Promise.all(loaded.map((r) => r.bytes))).reduce((a, b) => a + b, 0),
      pagefind: loaded.filter((r) => r.url.includes('/pagefind/')).length,
    };
    phase = 'query';
    await page.evaluate(() => {
      document.querySelector('#q')?.addEventListener('input', () => ((window as unknown as { typedAt?: number }).typedAt ??= performance.now()), { capture: true });
    });
    const start = Date.now();
    // The whole query at once: one input event, one search. Typed key by key, the searches for
    // its prefixes fire or not depending on how fast the machine types against the debounce, and
    // each loads other index chunks: bytes that measure the machine, not the site.
    await page.locator('#q').fill(query);
    const shownAt = await page.waitForFunction(() => document.querySelectorAll('.results li:not([hidden])').length > 0 && !document.querySelector('atlas-search[aria-busy]') && performance.now());
    const ms = Date.now() - start;
    const pageMs = Math.round(((await shownAt.jsonValue()) as number) - ((await page.evaluate(() => (window as unknown as { typedAt?: number }).typedAt)) ?? Number.NaN));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const queried = seen.filter((r) => r.phase === 'query');
    const detail = await Promise.all(queried.map(async (r) => ({ url: new URL(r.url).pathname, bytes: await r.bytes })));
    const results = await page.locator('.results li:not([hidden])').count();
    await context.close();
    return { requests: detail.length, bytes: detail.reduce((n, d) => n + d.bytes, 0), ms, pageMs, results, detail, pageLoad };
  } finally {
    await browser.close();
    await site.close();
  }
}
