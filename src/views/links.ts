/** A link to a record as views hand it to pages: its label and its URL in the page's language. */
import type { Atlas } from '../domain/atlas.ts';
import type { CollectionName, Ref } from '../domain/registry.ts';
import type { Locale } from '../i18n/index.ts';

export interface Link {
  href: string;
  label: string;
}

export function link(atlas: Atlas, ref: Ref<CollectionName>, lang: Locale): Link {
  return { href: atlas.href(ref, lang), label: atlas.label(ref, lang) };
}

/** Links to records, without duplicates, sorted by label for the locale. */
export function sortedLinks(atlas: Atlas, refs: readonly Ref<CollectionName>[], lang: Locale): Link[] {
  const seen = new Map(refs.map((r) => [`${r.collection}/${r.id}`, r]));
  const collator = new Intl.Collator(lang);
  return [...seen.values()].map((r) => link(atlas, r, lang)).sort((a, b) => collator.compare(a.label, b.label));
}
