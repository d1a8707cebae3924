/**
 * `node scripts/measure-search.ts`: the cost of search as a first-time reader sees it. Serves
 * dist/ on localhost with nginx and the production configuration (precompressed files, the real
 * headers: scripts/lib/nginx.ts), opens /search/ in headless Chromium
 * with a cold cache, types a query and measures what the first query transfers, how many
 * requests it makes and how long results take to appear. Prints the figures; exits 1 when a
 * budget is exceeded.
 */
import { measureSearch, SEARCH_BUDGET } from './lib/measure.ts';
import { DIST } from './lib/site.ts';

const dist = DIST;
let failed = false;
for (const [pagePath, query] of [['/search/', 'mistral'], ['/es/search/', 'regulacion'], ['/search/', 'funding']] as const) {
  const m = await measureSearch(dist, pagePath, query);
  const over = m.bytes > SEARCH_BUDGET.bytes || m.requests > SEARCH_BUDGET.requests || m.ms > SEARCH_BUDGET.ms;
  failed ||= over;
  console.log(
    `${pagePath}?q=${query}: before typing ${m.pageLoad.requests} requests, ${(m.pageLoad.bytes / 1024).toFixed(1)} KB (${m.pageLoad.pagefind} to Pagefind); ` +
      `first query ${m.requests} requests, ${(m.bytes / 1024).toFixed(1)} KB, results in ${m.ms} ms from typing (${m.pageMs} ms from the input event, in the page), ${m.results} shown${over ? '  OVER BUDGET' : ''}`,
  );
  for (const r of m.detail) console.log(`    ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  ${r.url}`);
}
console.log(`budget: ≤ ${SEARCH_BUDGET.requests} requests, ≤ ${SEARCH_BUDGET.bytes / 1024} KB, ≤ ${SEARCH_BUDGET.ms} ms`);
process.exit(failed ? 1 : 0);
