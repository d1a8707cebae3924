/**
 * Search records: every page a reader can find, as data (name, kind, type label, summary, key
 * facts, facets, date, URL), built from the registry and the Atlas. The search page's client
 * reads them from a JSON file per language (src/pages/[...lang]/search/records.json.ts) to pin
 * exact name matches, render record results and count filters without fetching Pagefind
 * fragments; the no-JavaScript A–Z index is rendered from the same list.
 */
import type { Atlas } from '../domain/atlas.ts';
import { COLLECTIONS, REGISTRY, definitionOf, type CollectionName, type Ref } from '../domain/registry.ts';
import { localePath, type Locale } from '../i18n/index.ts';
import type { Facets } from './facets.ts';
import type { NamedRecord } from './rank.ts';

export interface SearchRecord extends NamedRecord {
  /** The type as a reader sees it (also the Pagefind `type` filter value). */
  type: string;
  summary?: string;
  facts?: string;
  /** Filter values, as on the page's Pagefind filters. */
  facets: Facets & { type: string };
  /** YYYY-MM-DD, for sorting by date. */
  date?: string;
  /** The page's Pagefind result id, added after indexing (src/integrations/pagefind.ts). */
  pf?: string;
}

/** A record's search filters: its type and the registry's facets. */
export function searchFacets(atlas: Atlas, ref: Ref<CollectionName>, lang: Locale): SearchRecord['facets'] {
  const d = definitionOf(ref.collection);
  const ctx = atlas.context(lang);
  const data = atlas.get(ref).data;
  return { type: ctx.t(d.type), ...(d.facets?.(data, ctx) ?? {}) };
}

function record(atlas: Atlas, ref: Ref<CollectionName>, lang: Locale): SearchRecord {
  const d = definitionOf(ref.collection);
  const ctx = atlas.context(lang);
  const data = atlas.get(ref).data;
  const summary = d.summary?.(data, ctx);
  const facts = d.facts?.(data, ctx);
  const date = d.sortDate?.(data);
  return {
    title: atlas.label(ref, lang),
    url: atlas.href(ref, lang),
    kind: d.kind,
    priority: d.priority,
    type: ctx.t(d.type),
    ...(summary ? { summary } : {}),
    ...(facts ? { facts } : {}),
    facets: searchFacets(atlas, ref, lang),
    ...(date ? { date } : {}),
  };
}

/** Every record of every collection, collection by collection in registry order. */
export function searchRecords(atlas: Atlas, lang: Locale): { collection: CollectionName; records: SearchRecord[] }[] {
  return COLLECTIONS.map((collection) => {
    const entries = collection === 'articles' ? atlas.articles(lang).map((a) => a.article) : atlas.list(collection, lang);
    return { collection, records: entries.map((e) => record(atlas, { collection, id: e.id }, lang)) };
  });
}

/**
 * Indexed pages that are not records (the About page, the glossary page whose terms are anchors),
 * so that every page Pagefind can return is known to the search page with its type.
 */
export function pageRecords(atlas: Atlas, lang: Locale): SearchRecord[] {
  const { t } = atlas.context(lang);
  const page = (title: string, path: string, type: string): SearchRecord => ({ title, url: localePath(lang, path), kind: 'page', priority: 1, type, facets: { type } });
  return [page(t('nav.about'), '/about/', t('type.page')), page(t('glossary.title'), `/${REGISTRY.glossary.segment}/`, t(REGISTRY.glossary.type))];
}
