/**
 * The collections whose index pages are paged (src/lib/paging.ts) — every collection that can grow
 * to thousands of records — and what a jump link groups them by: the first letter of the name for
 * lists in name order, the year for lists newest first.
 */
import type { Atlas, Entry } from '../domain/atlas.ts';
import { REGISTRY } from '../domain/registry.ts';
import type { Locale } from '../i18n/index.ts';
import { jumps, letterOf, PAGE_SIZE, type Jump } from './paging.ts';

export const PAGED_COLLECTIONS = ['companies', 'funding', 'investors', 'people', 'models'] as const;
export type PagedCollection = (typeof PAGED_COLLECTIONS)[number];
export const isPaged = (collection: string): collection is PagedCollection => (PAGED_COLLECTIONS as readonly string[]).includes(collection);

/** Entries per page: rounds are table rows that cite their source, so fewer of them fit the weight budget. */
export const pageSize = (collection: PagedCollection): number => (collection === 'funding' ? 50 : PAGE_SIZE);

function jumpKey(atlas: Atlas, collection: PagedCollection, lang: Locale): (entry: Entry<PagedCollection>) => string {
  const order = REGISTRY[collection].order;
  if (order.by === 'label') return (e) => letterOf(atlas.label(e, lang));
  const date = order.date as (data: Entry<PagedCollection>['data']) => Date;
  return (e) => String(date(e.data).getUTCFullYear());
}

const computed = new WeakMap<Atlas, Map<string, Jump[]>>();
/**
 * A collection's jump links (A–Z or by year) in a language, computed once per build: every page of
 * its index and the search page show them, and a scan of the whole list per page would grow with
 * the square of the collection.
 */
export function indexJumps(atlas: Atlas, collection: PagedCollection, lang: Locale): Jump[] {
  let byKey = computed.get(atlas);
  if (!byKey) computed.set(atlas, (byKey = new Map()));
  const k = `${collection}:${lang}`;
  let list = byKey.get(k);
  if (!list) byKey.set(k, (list = jumps(atlas.list(collection, lang), jumpKey(atlas, collection, lang), pageSize(collection))));
  return list;
}
