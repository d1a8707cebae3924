/**
 * Ranking and filtering for site search, used by the search page's script and by the tests alike.
 * Name-first ranking: Pagefind ranks by body text, so a long company profile can
 * lose to a short page that repeats the word; readers typing a name expect that record first.
 * These pure functions pin records whose name matches the query, ahead of Pagefind's results.
 * Used by the search page's script and tested in Node.
 */

import { FACETS, type Facet } from './facets.ts';
import type { SearchRecord } from './records.ts';

export interface NamedRecord {
  title: string;
  url: string;
  /** Record type key: company, investor, person, funding, model, regulation, glossary, article. */
  kind: string;
  /** Pin priority of the kind (src/domain/registry.ts): names of things before texts. */
  priority?: number;
}

/** Lower case, no accents, punctuation folded to spaces: "Timothée  Lacroix" → "timothee lacroix". */
export function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How strongly a record's name answers the query, 0 when it does not. */
export function nameScore(query: string, title: string): number {
  const q = normalise(query);
  const t = normalise(title);
  if (!q || !t) return 0;
  const extra = Math.min(t.length - q.length, 19);
  if (t === q) return 100;
  if (t.startsWith(`${q} `)) return 80 - extra;
  if (` ${t} `.includes(` ${q} `)) return 60 - extra;
  const words = q.split(' ');
  const titleWords = new Set(t.split(' '));
  if (words.length > 1 && words.every((w) => titleWords.has(w))) return 40 - extra;
  return 0;
}

/** Records that are things with names come before texts that mention them (the registry's priorities). */
const priority = (r: NamedRecord): number => r.priority ?? 0;

export function pinnedMatches(query: string, records: NamedRecord[], max = 3): NamedRecord[] {
  return records
    .map((r) => ({ r, score: nameScore(query, r.title) }))
    .filter((x) => x.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        priority(b.r) - priority(a.r) ||
        a.r.title.length - b.r.title.length ||
        a.r.title.localeCompare(b.r.title),
    )
    .slice(0, max)
    .map((x) => x.r);
}

/** Pinned URLs first, then the search engine's order, without duplicates. */
export function mergeRanked(pinned: string[], ranked: string[]): string[] {
  const seen = new Set(pinned);
  return [...pinned, ...ranked.filter((u) => !seen.has(u))];
}

export type Filters = Partial<Record<Facet, string[]>>;
export interface SearchOptions {
  filters: Filters;
  sort: 'relevance' | 'date';
}

const valuesOf = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Does a record pass every chosen filter (any of the chosen values within a facet)? */
export function passes(facets: SearchRecord['facets'], filters: Filters): boolean {
  return FACETS.every((k) => {
    const chosen = filters[k];
    return !chosen?.length || valuesOf(facets[k]).some((v) => chosen.includes(v));
  });
}

/** How many of the records have each value of each facet. */
export function facetCounts(records: readonly SearchRecord[]): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((k) => [k, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const r of records) for (const k of FACETS) for (const v of valuesOf(r.facets[k])) counts[k].set(v, (counts[k].get(v) ?? 0) + 1);
  return counts;
}

/** The key of a Pagefind result that is no record: shown from its fragment. */
export const unknownKey = (id: string) => `pagefind:${id}`;

/**
 * The search page's result order: Pagefind's results (by id, in its order) filtered by the
 * records' facets, sorted by date if asked, with exact name matches pinned first when there is
 * no filter and no date sort. Returns record URLs, or `pagefind:<id>` for results with no record.
 */
export function arrange(query: string, ids: readonly string[], records: readonly SearchRecord[], byPf: ReadonlyMap<string, SearchRecord>, opts: SearchOptions): string[] {
  const found = ids.map((id) => ({ id, record: byPf.get(id) }));
  const filtered = Object.values(opts.filters).some((v) => v?.length);
  // A page with no record has no facets: it cannot pass a filter.
  const kept = found.filter((f) => (f.record ? passes(f.record.facets, opts.filters) : !filtered));
  if (opts.sort === 'date') kept.sort((a, b) => (b.record?.date ?? '').localeCompare(a.record?.date ?? ''));
  const pin = opts.sort === 'relevance' && !filtered;
  const pins = pin ? pinnedMatches(query, [...records]).map((r) => r.url) : [];
  return mergeRanked(pins, kept.map((f) => f.record?.url ?? unknownKey(f.id)));
}

/** Result id → record, for the records that are pages of their own (not anchors within a page). */
export function recordsById(records: readonly SearchRecord[]): Map<string, SearchRecord> {
  const byPf = new Map<string, SearchRecord>();
  for (const r of records) if (r.pf && !r.url.includes('#')) byPf.set(r.pf, r);
  return byPf;
}
