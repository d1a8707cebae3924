/** The search page's state in the URL (?q=…&sort=date&type=…), so a search can be shared and restored. */
import { FACETS } from './facets.ts';
import type { Filters, SearchOptions } from './rank.ts';

export interface SearchState extends SearchOptions {
  q: string;
}

export function readState(url: URL): SearchState {
  const p = url.searchParams;
  const filters: Filters = {};
  for (const k of FACETS) {
    const v = p.getAll(k).filter(Boolean);
    if (v.length) filters[k] = v;
  }
  return { q: p.get('q') ?? '', sort: p.get('sort') === 'date' ? 'date' : 'relevance', filters };
}

export function writeState(base: URL, s: SearchState): URL {
  const url = new URL(base.pathname, base.origin);
  if (s.q) url.searchParams.set('q', s.q);
  if (s.sort === 'date') url.searchParams.set('sort', 'date');
  for (const k of FACETS) for (const v of s.filters[k] ?? []) url.searchParams.append(k, v);
  return url;
}

