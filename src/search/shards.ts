/**
 * A first query's data, in small files: so that what a reader downloads to see the first results
 * does not grow with the Atlas (issue #13: ≤ 150 KB and ≤ 12 requests at 24,000 pages).
 *
 * - **Result shards** (`/search/r/<key>.json`): for each page of the main bundle, its name, type,
 *   facts and summary, filed under the first two characters of its Pagefind result id, which are
 *   hex digits. A page of results fetches at most one small file per result, whatever the size of
 *   the site.
 * - **Name lists** (`/search/n/<bucket>.json`): for every word of every record's name, the records
 *   whose name has that word, best first for that word alone and cut at NAME_CAP; words are spread
 *   over 256 buckets by a hash. A query fetches one bucket per word and pins exact name matches
 *   from them, as `pinnedMatches` did over every record. A list that was cut says so (`c: false`):
 *   pins are then taken from a complete list of another word of the query when there is one.
 *
 * The whole record list (/search/records.json) is fetched only when the reader filters or sorts by
 * date. A leaf module apart from rank.ts: the search page's client bundles it.
 */
import { nameScore, normalise, pinnedMatches, type NamedRecord } from './rank.ts';

/** What a result shows: the name, type, facts and summary (no facets, no date). */
export interface ShownRecord extends NamedRecord {
  type: string;
  summary?: string;
  facts?: string;
  /** The page's Pagefind result id. */
  pf: string;
}

/** One word's records in a name bucket; `c` is false when the list was cut at NAME_CAP. */
export interface NameList {
  c: boolean;
  r: ShownRecord[];
}

/** Records kept per name word: enough for any pin, small enough for a first query. */
export const NAME_CAP = 24;
/** Words of a query looked up for pins (each is a request). */
export const MAX_QUERY_WORDS = 3;

/** The result shard of a Pagefind result id ("en_3a4b5c6" → "3a"). */
export function shardKey(pf: string): string {
  const hash = pf.slice(pf.indexOf('_') + 1);
  if (!/^[0-9a-f]{2}/.test(hash)) throw new Error(`not a Pagefind result id: ${pf}`);
  return hash.slice(0, 2);
}

/** The bucket of a normalised name word: FNV-1a over its UTF-16 code units, 256 buckets. */
export function nameBucket(word: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 0xff).toString(16).padStart(2, '0');
}

/** The distinct words of a name or query, normalised as nameScore compares them. */
export function nameWords(s: string): string[] {
  return [...new Set(normalise(s).split(' ').filter(Boolean))];
}

/** The fields a result needs, from a full search record. */
export function shown(r: ShownRecord): ShownRecord {
  const { title, url, kind, priority, type, summary, facts, pf } = r;
  return { title, url, kind, ...(priority === undefined ? {} : { priority }), type, ...(summary ? { summary } : {}), ...(facts ? { facts } : {}), pf };
}

/** Result shards: key → the records whose result id starts with it (records that are pages). */
export function resultShards(records: readonly ShownRecord[]): Map<string, ShownRecord[]> {
  const out = new Map<string, ShownRecord[]>();
  for (const r of records) {
    if (r.url.includes('#')) continue;
    const key = shardKey(r.pf);
    out.set(key, [...(out.get(key) ?? []), shown(r)]);
  }
  return out;
}

/** Name buckets: bucket → word → its records, best pin for that word first, cut at NAME_CAP. */
export function nameBuckets(records: readonly ShownRecord[]): Map<string, Record<string, NameList>> {
  const byWord = new Map<string, ShownRecord[]>();
  for (const r of records) for (const w of nameWords(r.title)) byWord.set(w, [...(byWord.get(w) ?? []), r]);
  const out = new Map<string, Record<string, NameList>>();
  for (const [word, list] of byWord) {
    const best = pinnedMatches(word, list, NAME_CAP) as ShownRecord[];
    // pinnedMatches keeps names that match the word alone; a name has it as a word, so all do.
    const bucket = nameBucket(word);
    const lists = out.get(bucket) ?? {};
    lists[word] = { c: list.length <= NAME_CAP, r: best.map(shown) };
    out.set(bucket, lists);
  }
  return out;
}

/**
 * The exact name matches to pin for a query, from the name lists of its words (`lists[i]` is the
 * list of `words[i]`, empty and complete when no name has the word). When one word's list is
 * complete, every name with all the query's words is in it; otherwise the cut lists are all there is.
 */
export function pinsFrom(query: string, lists: readonly NameList[], max = 3): ShownRecord[] {
  const complete = lists.filter((l) => l.c);
  const pool = complete.length ? complete.reduce((a, b) => (a.r.length <= b.r.length ? a : b)).r : lists.flatMap((l) => l.r);
  const unique = [...new Map(pool.map((r) => [r.url, r])).values()];
  return pinnedMatches(query, unique, max).filter((r) => nameScore(query, r.title) > 0) as ShownRecord[];
}

/**
 * The first query's order: pinned records, then Pagefind's results (by id) that are not pinned.
 * Each item is a pinned record or a result id to show from its shard (or its fragment).
 */
export function quickOrder(pins: readonly ShownRecord[], ids: readonly string[]): (ShownRecord | string)[] {
  const pinnedPages = new Set(pins.filter((p) => !p.url.includes('#')).map((p) => p.pf));
  return [...pins, ...ids.filter((id) => !pinnedPages.has(id))];
}
