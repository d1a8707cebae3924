/** The search page's pipeline run in Node: Pagefind's own JS on the built index, then src/search/rank.ts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../../scripts/lib/site.ts';
import { localePath, type Locale } from '../../src/i18n/index.ts';
import { pagefindFor, sitePath, type PagefindHit } from '../../src/search/pagefind-node.ts';
import { arrange, recordsById, type SearchOptions } from '../../src/search/rank.ts';
import { MAX_QUERY_WORDS, nameBucket, nameWords, pinsFrom, quickOrder, shardKey, type NameList, type ShownRecord } from '../../src/search/shards.ts';
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

const json = <T>(lang: Locale, file: string): T => JSON.parse(readFileSync(path.join(DIST, localePath(lang, `/search/${file}`)), 'utf8')) as T;

/**
 * A first query as the search page runs it (src/search/client.ts): the `main` bundle, pins from
 * the name lists of the query's words, each result from its result shard. Result URLs in order;
 * a result with no record in its shard (a page shown from its fragment) as `pagefind:<id>`.
 */
export async function quickSearch(lang: Locale, q: string, limit = 10): Promise<string[]> {
  const pf = await pagefindFor(DIST, lang, ['main']);
  const res = await pf.search(q);
  const lists = nameWords(q).slice(0, MAX_QUERY_WORDS).map((w) => json<Record<string, NameList>>(lang, `n/${nameBucket(w)}.json`)[w] ?? { c: true, r: [] });
  return quickOrder(pinsFrom(q, lists), res.results.map((r) => r.id)).slice(0, limit).map((item) => {
    if (typeof item !== 'string') return item.url;
    let shard: ShownRecord[] = [];
    try {
      shard = json<ShownRecord[]>(lang, `r/${shardKey(item)}.json`);
    } catch {
      // No record's id starts so: the page is shown from its fragment.
    }
    return shard.find((r) => r.pf === item)?.url ?? `pagefind:${item}`;
  });
}

/** Result URLs in the order the search page shows them once filters or the date order are open. */
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
