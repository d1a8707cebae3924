/**
 * The one place pages get content from. Loads every collection once per build, fails the build
 * on broken references (Astro only logs them), and precomputes the cross-links between records
 * so that pages do not each scan every collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale, Translate } from '../i18n/index.ts';
import { RELATABLE, type RelatableCollection } from '../schemas/common.ts';
import { checkReferences, ContentIntegrityError } from './integrity.ts';
import { RateTable } from './money.ts';

export type Company = CollectionEntry<'companies'>;
export type Person = CollectionEntry<'people'>;
export type Investor = CollectionEntry<'investors'>;
export type Round = CollectionEntry<'funding'>;
export type Model = CollectionEntry<'models'>;
export type Regulation = CollectionEntry<'regulations'>;
export type Term = CollectionEntry<'glossary'>;
export type Article = CollectionEntry<'articles'>;
export type Translation = CollectionEntry<'translations'>;

export interface Atlas {
  companies: Company[];
  people: Person[];
  investors: Investor[];
  rounds: Round[];
  models: Model[];
  regulations: Regulation[];
  glossary: Term[];
  /** Published articles (drafts are dropped from production builds), newest first. */
  articles: Article[];
  translations: Map<string, Translation>;
  /** ECB euro reference rates, for sums across currencies. */
  rates: RateTable;
  byId: {
    companies: Map<string, Company>;
    people: Map<string, Person>;
    investors: Map<string, Investor>;
    funding: Map<string, Round>;
    models: Map<string, Model>;
    regulations: Map<string, Regulation>;
    glossary: Map<string, Term>;
  };
  roundsByCompany: Map<string, Round[]>;
  modelsByCompany: Map<string, Model[]>;
  roundsByInvestor: Map<string, Round[]>;
  regulationsByCompany: Map<string, Regulation[]>;
  companiesFoundedBy: Map<string, Company[]>;
  acquisitionsByInvestor: Map<string, Company[]>;
}

const newest = (a: { data: { announced: Date } }, b: { data: { announced: Date } }) =>
  b.data.announced.getTime() - a.data.announced.getTime() || 0;

function group<T, K>(items: T[], keys: (item: T) => K[]): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = m.get(k);
      if (list) list.push(item);
      else m.set(k, [item]);
    }
  }
  return m;
}

const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'en');

async function load(): Promise<Atlas> {
  const [companies, people, investors, rounds, models, regulations, glossary, allArticles, translations, rates] = await Promise.all([
    getCollection('companies'),
    getCollection('people'),
    getCollection('investors'),
    getCollection('funding'),
    getCollection('models'),
    getCollection('regulations'),
    getCollection('glossary'),
    getCollection('articles'),
    getCollection('translations'),
    getCollection('rates'),
  ]);
  const problems = checkReferences({ companies, people, investors, funding: rounds, models, regulations, glossary, articles: allArticles });
  if (problems.length) throw new ContentIntegrityError(problems);

  const articles = allArticles
    .filter((a) => !(import.meta.env.PROD && a.data.draft))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
  rounds.sort((a, b) => newest(a, b) || a.id.localeCompare(b.id));
  models.sort((a, b) => b.data.released.getTime() - a.data.released.getTime() || a.id.localeCompare(b.id));
  companies.sort(byName);
  people.sort(byName);
  investors.sort(byName);
  regulations.sort((a, b) => a.data.shortName.en.localeCompare(b.data.shortName.en, 'en'));
  glossary.sort((a, b) => a.data.term.en.localeCompare(b.data.term.en, 'en'));

  const index = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  return {
    companies,
    people,
    investors,
    rounds,
    models,
    regulations,
    glossary,
    articles,
    translations: index(translations),
    rates: new RateTable(rates.map((r) => r.data)),
    byId: {
      companies: index(companies),
      people: index(people),
      investors: index(investors),
      funding: index(rounds),
      models: index(models),
      regulations: index(regulations),
      glossary: index(glossary),
    },
    roundsByCompany: group(rounds, (r) => [r.data.company.id]),
    modelsByCompany: group(models, (m) => [m.data.company.id]),
    roundsByInvestor: group(rounds, (r) => [...r.data.leadInvestors, ...r.data.investors].map((i) => i.id)),
    regulationsByCompany: group(regulations, (r) => r.data.companies.map((c) => c.id)),
    companiesFoundedBy: group(companies, (c) => c.data.founders.map((p) => p.id)),
    acquisitionsByInvestor: group(companies, (c) => {
      const by = c.data.acquisition?.by;
      return by && 'investor' in by ? [by.investor.id] : [];
    }),
  };
}

let cached: Promise<Atlas> | undefined;
export function getAtlas(): Promise<Atlas> {
  return (cached ??= load());
}

/** `en/some-slug` → `some-slug`. */
export const articleSlug = (a: Article): string => a.id.split('/').slice(1).join('/');
export const articleLang = (a: Article): Locale => (a.id.startsWith('es/') ? 'es' : 'en');

/** Articles in a language; where a Spanish one is missing, the English one stands in (flagged). */
export function articlesFor(atlas: Atlas, lang: Locale): { article: Article; translated: boolean }[] {
  const own = new Map(atlas.articles.filter((a) => articleLang(a) === lang).map((a) => [articleSlug(a), a]));
  const out: { article: Article; translated: boolean }[] = [];
  for (const a of atlas.articles.filter((x) => articleLang(x) === 'en')) {
    const mine = own.get(articleSlug(a));
    out.push(mine ? { article: mine, translated: true } : { article: a, translated: lang === 'en' });
  }
  // Articles written only in Spanish still appear (as untranslated) in English.
  for (const a of atlas.articles.filter((x) => articleLang(x) === 'es')) {
    if (!atlas.articles.some((x) => articleLang(x) === 'en' && articleSlug(x) === articleSlug(a))) {
      out.push({ article: a, translated: lang === 'es' });
    }
  }
  return out.sort((x, y) => y.article.data.published.getTime() - x.article.data.published.getTime());
}

/** Articles whose `related` block names this record. */
export function articlesMentioning(atlas: Atlas, lang: Locale, collection: keyof Article['data']['related'], id: string) {
  return articlesFor(atlas, lang).filter(({ article }) => article.data.related[collection]?.some((r) => r.id === id));
}

/**
 * The MDX body to show for a company profile or regulation explainer in a language: the Spanish
 * file when there is one, else the English original, flagged so the page shows a notice.
 */
export function bodyFor<T extends Company | Regulation>(
  atlas: Atlas,
  collection: 'companies' | 'regulations',
  entry: T,
  lang: Locale,
): { entry: T | Translation; translated: boolean } {
  if (lang === 'en') return { entry, translated: true };
  const tr = atlas.translations.get(`${collection}/${entry.id}`);
  return tr && tr.body?.trim() ? { entry: tr, translated: true } : { entry, translated: false };
}

/** The name a reader knows a record by, in the page's language. */
export function recordLabel(atlas: Atlas, collection: RelatableCollection, id: string, t: Translate, lang: Locale): string {
  switch (collection) {
    case 'glossary':
      return atlas.byId.glossary.get(id)!.data.term[lang];
    case 'regulations':
      return atlas.byId.regulations.get(id)!.data.shortName[lang];
    case 'funding': {
      const r = atlas.byId.funding.get(id)!.data;
      return t('funding.roundOf', { stage: t(`stage.${r.stage}`), company: atlas.byId.companies.get(r.company.id)!.data.name });
    }
    default:
      return atlas.byId[collection].get(id)!.data.name;
  }
}

/** Every record named in a `related` block, in collection order. */
export function relatedRecords(related: Partial<Record<RelatableCollection, { id: string }[] | undefined>> | undefined) {
  return RELATABLE.flatMap((c) => (related?.[c] ?? []).map((r) => ({ collection: c, id: r.id })));
}
