/**
 * The one place pages get content from (loaded once per build by load-atlas.ts, which fails the
 * build on broken references since Astro only logs them). It answers typed questions:
 * `get(ref)`, `label(ref, lang)`, `href(ref, lang)`, `list(name, lang)` (sorted for the locale)
 * and `referrers(ref, from)` (who points at this record). A missing record is a
 * `ContentIntegrityError` naming the reference, never an `undefined` crash later.
 */
import type { CollectionEntry } from 'astro:content';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { countryName } from '../lib/format.ts';
import { recordUrl } from '../lib/urls.ts';
import { ContentIntegrityError, walkRefs } from './integrity.ts';
import { COLLECTIONS, REGISTRY, RELATABLE, definitionOf, type CollectionName, type LabelContext, type Ref, type RelatableCollection } from './registry.ts';
import type { RateTable } from './money.ts';
import type { SourcePolicy } from './source-policy.ts';

export type Entry<N extends CollectionName> = CollectionEntry<N>;
export type Company = Entry<'companies'>;
export type Round = Entry<'funding'>;
export type Regulation = Entry<'regulations'>;
export type Article = Entry<'articles'>;
export type Translation = CollectionEntry<'translations'>;

export type Entries = { [N in CollectionName]: Entry<N>[] };

/** `en/some-slug` → `some-slug`. */
export const articleSlug = (a: Article): string => a.id.slice(a.id.indexOf('/') + 1);
export const articleLang = (a: Article): Locale => (a.id.startsWith('es/') ? 'es' : 'en');

/** An article in a language's listing; `translated` is false where another language stands in. */
export interface ListedArticle {
  article: Article;
  translated: boolean;
}

const key = (collection: string, id: string) => `${collection}/${id}`;

export class Atlas {
  readonly rates: RateTable;
  readonly #entries: Entries;
  readonly #byKey = new Map<string, Entry<CollectionName>>();
  readonly #translations: Map<string, Translation>;
  /** `collection/id` of a target → the records that reference it, by their collection. */
  readonly #referrers = new Map<string, Map<CollectionName, { entry: Entry<CollectionName>; field: string }[]>>();
  readonly #lists = new Map<string, Entry<CollectionName>[]>();
  readonly #articles = new Map<Locale, ListedArticle[]>();
  /** `lang` → record key → the articles whose `related` block names it, built once per language. */
  readonly #mentions = new Map<Locale, Map<string, ListedArticle[]>>();
  readonly #labels = new Map<string, string>();
  readonly #contexts = new Map<Locale, LabelContext>();
  /** `name:lang` → each entry's position in `list(name, lang)`. */
  readonly #positions = new Map<string, Map<Entry<CollectionName>, number>>();

  /** Sites that may not be cited; old citations of them still being replaced are flagged on pages. */
  readonly sourcePolicy: SourcePolicy;

  constructor(entries: Entries, translations: Translation[], rates: RateTable, sourcePolicy: SourcePolicy = { blocked: [], unfit: [], pending: [] }) {
    this.#entries = entries;
    this.rates = rates;
    this.sourcePolicy = sourcePolicy;
    this.#translations = new Map(translations.map((t) => [t.id, t]));
    for (const name of COLLECTIONS) {
      for (const entry of entries[name]) {
        this.#byKey.set(key(name, entry.id), entry);
        for (const r of walkRefs(entry.data)) {
          const target = key(r.collection, r.id);
          const byCollection = this.#referrers.get(target) ?? new Map();
          this.#referrers.set(target, byCollection);
          const list = byCollection.get(name) ?? [];
          byCollection.set(name, list);
          // A record naming the same target twice (lead and participant) is listed once.
          if (!list.some((x: { entry: Entry<CollectionName> }) => x.entry === entry)) list.push({ entry, field: r.field });
        }
      }
    }
  }

  has(ref: Ref<CollectionName>): boolean {
    return this.#byKey.has(key(ref.collection, ref.id));
  }

  get<N extends CollectionName>(ref: Ref<N>): Entry<N> {
    const found = this.#byKey.get(key(ref.collection, ref.id));
    if (!found) throw new ContentIntegrityError([{ file: `content/${REGISTRY[ref.collection].folder}/`, field: '(reference)', message: `"${ref.collection}/${ref.id}" does not exist` }]);
    return found as Entry<N>;
  }

  /** Every record of a collection, in file order. */
  all<N extends CollectionName>(name: N): Entry<N>[] {
    return this.#entries[name];
  }

  /** A collection's records in its registry order, names collated for the locale. */
  list<N extends CollectionName>(name: N, lang: Locale): Entry<N>[] {
    const k = `${name}:${lang}`;
    const cached = this.#lists.get(k);
    if (cached) return cached as Entry<N>[];
    const order = definitionOf(name).order;
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const labelled = this.#entries[name].map((e) => ({ e, label: this.label({ collection: name, id: e.id }, lang) }));
    labelled.sort((a, b) => {
      if (order.by === 'newest') {
        const d = order.date(b.e.data).getTime() - order.date(a.e.data).getTime();
        if (d) return d;
        const tie = (order.tie?.(a.e.data) ?? 0) - (order.tie?.(b.e.data) ?? 0);
        if (tie) return tie;
      }
      return collator.compare(a.label, b.label) || a.e.id.localeCompare(b.e.id);
    });
    const sorted = labelled.map((x) => x.e);
    this.#lists.set(k, sorted);
    return sorted;
  }

  /** What the registry's functions may ask of the Atlas, for one locale. */
  context(lang: Locale): LabelContext {
    let ctx = this.#contexts.get(lang);
    if (!ctx) {
      ctx = { lang, t: useTranslations(lang), label: (ref) => this.label(ref, lang), company: (ref) => this.get(ref).data, country: (code) => countryName(code, lang) };
      this.#contexts.set(lang, ctx);
    }
    return ctx;
  }

  /** The name a reader knows a record by, in a language. */
  label(ref: Ref<CollectionName>, lang: Locale): string {
    const k = `${ref.collection}/${ref.id}:${lang}`;
    const cached = this.#labels.get(k);
    if (cached !== undefined) return cached;
    const entry = this.get(ref);
    const label = definitionOf(ref.collection).label(entry.data, this.context(lang));
    this.#labels.set(k, label);
    return label;
  }

  /** The record's page (or anchor) in a language. */
  href(ref: Ref<CollectionName>, lang: Locale): string {
    const id = ref.collection === 'articles' ? ref.id.slice(ref.id.indexOf('/') + 1) : ref.id;
    return recordUrl(ref.collection, id, lang);
  }

  /**
   * Records of collection `from` that reference `target`, in the order `list(from, lang)` gives,
   * optionally only through `field` (e.g. "company", "founders", "acquisition.by").
   */
  referrers<N extends CollectionName>(target: Ref<CollectionName>, from: N, lang: Locale, field?: string): Entry<N>[] {
    const list = this.#referrers.get(key(target.collection, target.id))?.get(from) ?? [];
    const hits = field ? list.filter((x) => x.field === field || x.field.startsWith(`${field}.`) || x.field.startsWith(`${field}[`)) : list;
    // Registry order (newest rounds first, names A–Z), as lists show them; sorting only the hits
    // keeps a record page's cost independent of the size of the collection.
    const k = `${from}:${lang}`;
    let positions = this.#positions.get(k);
    if (!positions) {
      positions = new Map(this.list(from, lang).map((e, i) => [e, i]));
      this.#positions.set(k, positions);
    }
    const at = positions;
    return [...new Set(hits.map((x) => x.entry))].sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0)) as Entry<N>[];
  }

  /** Articles in a language; where one is missing in that language, the other stands in (flagged). */
  articles(lang: Locale): ListedArticle[] {
    const cached = this.#articles.get(lang);
    if (cached) return cached;
    const bySlug = new Map<string, Partial<Record<Locale, Article>>>();
    for (const a of this.#entries.articles) {
      const slot = bySlug.get(articleSlug(a)) ?? {};
      slot[articleLang(a)] = a;
      bySlug.set(articleSlug(a), slot);
    }
    const out: ListedArticle[] = [];
    for (const slot of bySlug.values()) {
      const own = slot[lang];
      const stand = own ?? slot.en ?? slot.es;
      if (stand) out.push({ article: stand, translated: own !== undefined });
    }
    out.sort((x, y) => y.article.data.published.getTime() - x.article.data.published.getTime() || x.article.id.localeCompare(y.article.id));
    this.#articles.set(lang, out);
    return out;
  }

  /** Articles whose `related` block names this record. */
  articlesMentioning(lang: Locale, target: Ref<RelatableCollection>): ListedArticle[] {
    let index = this.#mentions.get(lang);
    if (!index) {
      // One pass over the article files (either language's `related` block counts, as for
      // referrers) instead of a scan per record page; lists keep the newest-first order.
      const listedBySlug = new Map(this.articles(lang).map((l) => [articleSlug(l.article), l]));
      const slugsNaming = new Map<string, Set<string>>();
      for (const a of this.#entries.articles) {
        for (const ref of relatedRecords(a.data.related)) {
          const k = key(ref.collection, ref.id);
          slugsNaming.set(k, (slugsNaming.get(k) ?? new Set()).add(articleSlug(a)));
        }
      }
      index = new Map();
      const order = new Map(this.articles(lang).map((l, i) => [l, i]));
      for (const [k, slugs] of slugsNaming) {
        const list = [...slugs].flatMap((slug) => listedBySlug.get(slug) ?? []);
        index.set(k, list.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)));
      }
      this.#mentions.set(lang, index);
    }
    return index.get(key(target.collection, target.id)) ?? [];
  }

  /**
   * The MDX body to show for a record of an `mdx-twin` collection in a language: the Spanish
   * file when there is one, else the English original, flagged so the page shows a notice.
   */
  body<T extends Company | Regulation>(entry: T, lang: Locale): { entry: T | Translation; translated: boolean } {
    if (lang === 'en') return { entry, translated: true };
    const tr = this.#translations.get(key(entry.collection, entry.id));
    return tr && tr.body?.trim() ? { entry: tr, translated: true } : { entry, translated: false };
  }
}

/** Every record named in a `related` block, in registry order. */
export function relatedRecords(related: Partial<Record<RelatableCollection, readonly Ref[] | undefined>> | undefined): Ref<RelatableCollection>[] {
  return RELATABLE.flatMap((c) => (related?.[c] ?? []).map((r) => ({ collection: c, id: r.id })));
}
