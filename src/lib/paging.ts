/**
 * Index pages in pages of a fixed size, with jump links: A–Z for lists ordered by name, years for
 * lists ordered by date. /<segment>/ is page 1, /<segment>/page/<n>/ the others; a jump link
 * leads to the page that holds the first entry of its letter or year, and to that entry's anchor.
 * The whole list is never on one page, so an index stays within the page-weight budget at any size.
 */

/** Entries per page (a round is a table row, a company a card: the same count stays within budget). */
export const PAGE_SIZE = 100;

export const pageCount = (total: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

/** The entries on page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** /companies/ → /companies/ for page 1, /companies/page/3/ for page 3. */
export const pageHref = (base: string, page: number): string => (page === 1 ? base : `${base}page/${page}/`);

/** A letter (accents removed, A–Z; anything else is "#") for lists in name order. */
export function letterOf(label: string): string {
  const c = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(c) ? c : '#';
}

export interface Jump {
  /** The letter or year. */
  key: string;
  /** The page its first entry is on. */
  page: number;
  /** The anchor id of its first entry. */
  id: string;
  /** Its first entry's position in the whole list. */
  index: number;
}

/** The anchor id of an entry that opens its letter or year. */
export const jumpId = (key: string): string => `from-${key === '#' ? 'other' : key.toLowerCase()}`;

/**
 * One jump per distinct key, in list order, where the key changes: the list must already be in
 * that order (names sorted by the locale's collator group accented and plain letters together).
 */
export function jumps<T>(items: readonly T[], keyOf: (item: T) => string, size = PAGE_SIZE): Jump[] {
  const out: Jump[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, page: Math.floor(i / size) + 1, id: jumpId(key), index: i });
  });
  return out;
}
