/**
 * When records were last checked against their sources (the `checked` field), and which ones are
 * due: never checked, or checked more than a year before a given day. Used by record pages,
 * /data/ and `npm run report:stale`.
 */
import type { EntryLike } from './integrity.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { recordFile } from './registry.ts';

/** A record's `checked` date, if it has one (any record's data can be passed). */
export function checkedDate(data: unknown): Date | undefined {
  const value = data && typeof data === 'object' && 'checked' in data ? data.checked : undefined;
  return value instanceof Date ? value : undefined;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export interface Stale {
  file: string;
  checked?: Date;
}

/** Records never checked, or last checked more than a year before `today`, oldest first. */
export function staleRecords(entries: Partial<Record<CollectionName, readonly EntryLike[]>>, today: Date): Stale[] {
  const out: Stale[] = [];
  for (const c of COLLECTIONS) {
    for (const e of entries[c] ?? []) {
      const checked = checkedDate(e.data);
      if (!checked || today.getTime() - checked.getTime() > YEAR_MS) out.push({ file: e.filePath ?? recordFile(c, e.id), ...(checked ? { checked } : {}) });
    }
  }
  return out.sort((a, b) => (a.checked?.getTime() ?? 0) - (b.checked?.getTime() ?? 0) || a.file.localeCompare(b.file));
}
