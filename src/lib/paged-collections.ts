/**
 * The collections whose index pages are paged (src/lib/paging.ts) — every collection that can grow
 * to thousands of records — and what a jump link groups them by: the first letter of the name for
 * lists in name order, the year for lists newest first.
 */
import type { Atlas, Entry } from '../domain/atlas.ts';
import { REGISTRY } from '../domain/registry.ts';
import type { Locale } from '../i18n/index.ts';
import { letterOf, PAGE_SIZE } from './paging.ts';

export const PAGED_COLLECTIONS = ['companies', 'funding', 'investors', 'people', 'models'] as const;
export type PagedCollection = (typeof PAGED_COLLECTIONS)[number];

/** Entries per page: rounds are table rows that cite their source, so fewer of them fit the weight budget. */
export const pageSize = (collection: PagedCollection): number => (collection === 'funding' ? 50 : PAGE_SIZE);

export function jumpKey(atlas: Atlas, collection: PagedCollection, lang: Locale): (entry: Entry<PagedCollection>) => string {
  const order = REGISTRY[collection].order;
  if (order.by === 'label') return (e) => letterOf(atlas.label(e, lang));
  const date = order.date as (data: Entry<PagedCollection>['data']) => Date;
  return (e) => String(date(e.data).getUTCFullYear());
}
