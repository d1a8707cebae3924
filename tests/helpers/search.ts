/** The search page's pipeline run in Node: Pagefind's own JS on the built index, then src/search/rank.ts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../../scripts/lib/site.ts';
import { localePath, type Locale } from '../../src/i18n/index.ts';
import { pagefindFor, sitePath, type PagefindHit } from '../../src/search/pagefind-node.ts';
import { arrange, recordsById, type SearchOptions } from '../../src/search/rank.ts';
import type { SearchRecord } from '../../src/search/records.ts';

const cache = new Map<Locale, SearchRecord[]>();
export function searchRecords(lang: Locale): SearchRecord[] {
  let list = cache.get(lang);
  if (!list) {
    list = JSON.parse(readFileSync(path.join(DIST, localePath(lang, '/search/records.json')), 'utf8')) as SearchRecord[];
    cache.set(lang, list);
  }
  return list;
}

/** Result URLs in the order the search page shows them. */
export async function rankedSearch(lang: Locale, q: string, opts: Partial<SearchOptions> = {}, limit = 10): Promise<string[]> {
  const pf = await pagefindFor(DIST, lang);
  const res = await pf.search(q);
  const records = searchRecords(lang);
  return arrange(q, res.results.map((r) => r.id), records, recordsById(records), { filters: {}, sort: 'relevance', ...opts }).slice(0, limit);
}



/** Pagefind's own hits (url as a site path, meta, excerpt, filters), in its order. */
export async function search(lang: Locale, q: string, opts: Record<string, unknown> = {}, limit = 10): Promise<PagefindHit[]> {
  const pf = await pagefindFor(DIST, lang);
  const res = await pf.search(q, opts);
  const hits = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
  return hits.map((h) => ({ ...h, url: sitePath(DIST, h.url) }));
}
