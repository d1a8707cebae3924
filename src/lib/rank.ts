/**
 * Name-first ranking for site search. Pagefind ranks by body text, so a long company profile can
 * lose to a short page that repeats the word; readers typing a name expect that record first.
 * These pure functions pin records whose name matches the query, ahead of Pagefind's results.
 * Used by the search page's script and tested in Node.
 */

export interface NamedRecord {
  title: string;
  url: string;
  /** Record type key: company, investor, person, funding, model, regulation, glossary, article. */
  kind: string;
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

/** Records that are things with names come before texts that mention them. */
const KIND_PRIORITY: Record<string, number> = {
  company: 8, investor: 7, regulation: 7, person: 6, model: 5, funding: 3, glossary: 3, article: 2,
};

export function pinnedMatches(query: string, records: NamedRecord[], max = 3): NamedRecord[] {
  return records
    .map((r) => ({ r, score: nameScore(query, r.title) }))
    .filter((x) => x.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (KIND_PRIORITY[b.r.kind] ?? 0) - (KIND_PRIORITY[a.r.kind] ?? 0) ||
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
