/**
 * What `npm run report:sources` prints: per collection, how many records have a primary or press
 * source and how many rest on secondary sources only; the blocked citations still to replace;
 * and the most-cited domains. Pure, so a test checks it on the fixture content.
 */
import type { EntryLike } from './integrity.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { blockedCitations, sourcesIn, type SourcePolicy } from './source-policy.ts';

export interface SourceReport {
  collections: { collection: CollectionName; records: number; primaryOrPress: number; secondaryOnly: number; none: number }[];
  blocked: { file: string; field: string; url: string }[];
  domains: { domain: string; citations: number }[];
}

export function sourceReport(entries: Partial<Record<CollectionName, readonly EntryLike[]>>, policy: SourcePolicy): SourceReport {
  const domains = new Map<string, number>();
  const collections = COLLECTIONS.map((collection) => {
    const list = entries[collection] ?? [];
    let primaryOrPress = 0;
    let secondaryOnly = 0;
    let none = 0;
    for (const e of list) {
      const sources = [...sourcesIn(e.data)];
      for (const s of sources) {
        const host = new URL(s.url).hostname.replace(/^www\./, '');
        domains.set(host, (domains.get(host) ?? 0) + 1);
      }
      if (sources.length === 0) none++;
      else if (sources.some((s) => s.kind === 'primary' || s.kind === 'press')) primaryOrPress++;
      else secondaryOnly++;
    }
    return { collection, records: list.length, primaryOrPress, secondaryOnly, none };
  });
  return {
    collections,
    blocked: blockedCitations(entries, policy).map(({ file, field, url }) => ({ file, field, url })),
    domains: [...domains].map(([domain, citations]) => ({ domain, citations })).sort((a, b) => b.citations - a.citations || a.domain.localeCompare(b.domain)),
  };
}
