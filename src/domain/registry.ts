/**
 * The collection registry: what each collection of the Atlas is, in one place. Its folder and
 * file format under content/, its URL segment, its search kind and pin priority, its labels, how
 * a record is named and sorted in each locale, its search facets and its open-data columns.
 *
 * Everything that loops over collections derives from this module: Astro's loaders
 * (content.config.ts), the editors' validator (content-files.ts), the reference checker, URLs,
 * navigation, breadcrumbs, the A–Z index, home counts, search records and ranking, /data/, the
 * weight report and the tests' route lists. Adding a collection means one entry here, one schema
 * and its pages; `tests/unit/registry.test.ts` fails when a consumer misses an entry.
 *
 * Plain TypeScript with no Astro runtime import, so Node scripts and unit tests can use it.
 */
import type { z } from 'astro/zod';
import type { Locale, Translate } from '../i18n/index.ts';
import type { UIKey } from '../i18n/en.ts';
import type { Facets } from '../search/facets.ts';
import type { Money, RefFactory, Source } from '../schemas/common.ts';
import { formatAnnounced, formatDate, formatMoney, isoAnnounced } from '../lib/format.ts';
import { fundingKind } from '../charts/chart-data.ts';
import { makeCompanySchema } from '../schemas/company.ts';

type CompanyData = z.output<ReturnType<typeof makeCompanySchema>>;
import { makePersonSchema } from '../schemas/person.ts';
import { investorSchema } from '../schemas/investor.ts';
import { makeFundingSchema } from '../schemas/funding.ts';
import { makeModelSchema } from '../schemas/model.ts';
import { makeRegulationSchema } from '../schemas/regulation.ts';
import { makeObligationSchema } from '../schemas/obligation.ts';
import { makeGlossarySchema } from '../schemas/glossary.ts';
import { makeArticleSchema } from '../schemas/article.ts';

import { COLLECTIONS, RELATABLE, type CollectionName, type Ref, type RelatableCollection } from './collections.ts';

export { COLLECTIONS, RELATABLE };
export type { CollectionName, Ref, RelatableCollection };

/**
 * What a collection's functions may ask of the rest of the Atlas: the label of another record
 * (a round is named after its company), translations and formatting for the page's locale.
 */
export interface LabelContext {
  lang: Locale;
  t: Translate;
  label(ref: Ref<CollectionName>): string;
  /** The data of a company (a round's or a model's, for its country and sectors). */
  company(ref: Ref<'companies'>): CompanyData;
  country(code: string): string;
}

/**
 * How the files of a collection are laid out under content/:
 * - `yaml`: one `<slug>.yaml` per record;
 * - `mdx-twin`: `<slug>.mdx` (data and English body) with an optional `<slug>.es.mdx` Spanish body;
 * - `mdx-per-locale`: `en/<slug>.mdx` and `es/<slug>.mdx`, linked by their slug.
 */
export type FileFormat = 'yaml' | 'mdx-twin' | 'mdx-per-locale';

export type Column<D> = { [name: string]: (data: D, id: string) => unknown };

// The per-record functions are written as methods: their parameters are then checked
// bivariantly, so any entry is also a `Definition<z.ZodType>` (see `definitionOf`).
interface Definition<S extends z.ZodType> {
  /** Folder under content/. */
  folder: string;
  format: FileFormat;
  /** URL segment: /<segment>/<slug>/ (the Spanish edition adds /es/). */
  segment: string;
  /** Records are anchors on the index page (/<segment>/#<slug>) rather than pages of their own. */
  anchorsOnly?: boolean;
  /**
   * Where search finds the records' pages (src/search/bundles.ts): `main`, Pagefind's index that a
   * first query loads, or `more`, the bundle of the many short records (rounds, investors, people)
   * whose full text is searched once the reader filters or sorts; their names are always found.
   */
  searchBundle: 'main' | 'more';
  /** Search kind (the `data-kind` of results) and its pin priority: names of things before texts. */
  kind: string;
  priority: number;
  /** Dictionary keys: index page title and introduction, singular type, home-page count noun. */
  title: UIKey;
  intro: UIKey;
  type: UIKey;
  count: UIKey;
  /** Section label: main navigation and breadcrumbs (the index page's short name). */
  section: UIKey;
  /** Place in the main navigation (lower first); absent = not in the navigation. */
  nav?: number;
  schema: (ref: RefFactory) => S;
  /** The name a reader knows the record by, in a language. */
  label(data: z.output<S>, ctx: LabelContext): string;
  /** One line under the name in lists and search results. */
  summary?(data: z.output<S>, ctx: LabelContext): string | undefined;
  /** Key facts in lists and search results (country, amount and date…). */
  facts?(data: z.output<S>, ctx: LabelContext): string | undefined;
  /**
   * Default order of the collection's lists: by label in the locale, or by a date, newest first;
   * on the same date, a lower `tie` first (then the label).
   */
  order: { by: 'label' } | { by: 'newest'; date(data: z.output<S>): Date; tie?(data: z.output<S>): number };
  /** Search filters (besides the type, which every record has). */
  facets?(data: z.output<S>, ctx: LabelContext): Facets;
  /** A date to sort search results by, YYYY-MM-DD. */
  sortDate?(data: z.output<S>): string;
  /** Open data: the file name under /data/ and its columns (JSON keeps nesting; CSV flattens). */
  openData: { dataset: string; columns: Column<z.output<S>> };
  /**
   * The record another record's slug must start with (a round's file is named after its
   * company: `lovable-series-a-2025.yaml`), so a file saved under the wrong name is caught.
   */
  fileNamedAfter?(data: z.output<S>): Ref<CollectionName>;
}

const day = (d: Date | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);
const ids = (refs: readonly { id: string }[] | undefined): string[] => (refs ?? []).map((r) => r.id);
export const sourcesColumn = (sources: readonly Source[]) =>
  sources.map((s) => ({ url: s.url, publisher: s.publisher, ...(s.via ? { via: s.via } : {}), kind: s.kind, title: s.title, published: s.published === 'undated' ? 'undated' : day(s.published) }));
const money = (m: Money | 'undisclosed' | undefined) => (m === undefined ? null : m === 'undisclosed' ? 'undisclosed' : { value: m.value, currency: m.currency });
const yearOf = (founded: string | number) => String(founded).slice(0, 4);
const firstMilestone = (milestones: readonly { date: Date }[]): Date => {
  const [first] = milestones;
  // The schema requires at least one milestone; this only guards the type.
  if (!first) throw new Error('a regulation needs at least one milestone');
  return first.date;
};

/** Keeps each entry's functions typed by its own schema. */
const define = <S extends z.ZodType>(d: Definition<S>): Definition<S> => d;

export const REGISTRY = {
  articles: define({
    folder: 'articles', format: 'mdx-per-locale', segment: 'articles', searchBundle: 'main', kind: 'article', priority: 2,
    title: 'articles.title', intro: 'articles.intro', type: 'type.article', section: 'nav.articles', count: 'count.articles', nav: 1,
    schema: makeArticleSchema,
    label: (a) => a.title,
    summary: (a) => a.description,
    order: { by: 'newest', date: (a) => a.published },
    facets: (a) => ({ year: String(a.published.getUTCFullYear()) }),
    sortDate: (a) => (a.updated ?? a.published).toISOString().slice(0, 10),
    openData: {
      dataset: 'articles',
      columns: {
        language: (_a, id) => id.slice(0, id.indexOf('/')), title: (a) => a.title, description: (a) => a.description, published: (a) => day(a.published), updated: (a) => day(a.updated),
        author: (a) => a.author, tags: (a) => a.tags, corrections: (a) => a.corrections.length, sources: (a) => sourcesColumn(a.sources),
      },
    },
  }),
  companies: define({
    folder: 'companies', format: 'mdx-twin', segment: 'companies', searchBundle: 'main', kind: 'company', priority: 8,
    title: 'companies.title', intro: 'companies.intro', type: 'type.company', section: 'nav.companies', count: 'count.companies', nav: 2,
    schema: makeCompanySchema,
    label: (c) => c.name,
    summary: (c, ctx) => c.summary[ctx.lang],
    facts: (c, ctx) => ctx.country(c.country),
    order: { by: 'label' },
    facets: (c, ctx) => ({ country: ctx.country(c.country), sector: c.sectors.map((s) => ctx.t(`sector.${s}`)), year: yearOf(c.founded) }),
    sortDate: (c) => (String(c.founded).length === 4 ? `${c.founded}-01-01` : `${c.founded}-01`),
    openData: {
      dataset: 'companies',
      columns: {
        name: (c) => c.name, legalName: (c) => c.legalName ?? null, country: (c) => c.country, city: (c) => c.city, founded: (c) => c.founded,
        founders: (c) => ids(c.founders), sectors: (c) => c.sectors, website: (c) => c.website, status: (c) => c.status,
        acquiredBy: (c) => {
          const by = c.acquisition?.by;
          return by ? ('company' in by ? `companies/${by.company.id}` : `investors/${by.investor.id}`) : null;
        },
        acquisitionDate: (c) => day(c.acquisition?.date), summary: (c) => c.summary, sources: (c) => sourcesColumn(c.sources),
      },
    },
  }),
  funding: define({
    folder: 'funding', format: 'yaml', segment: 'funding', searchBundle: 'more', kind: 'funding', priority: 3,
    title: 'funding.title', intro: 'funding.intro', type: 'type.funding', section: 'nav.funding', count: 'count.funding', nav: 3,
    schema: makeFundingSchema,
    label: (r, ctx) => ctx.t('funding.roundOf', { stage: ctx.t(`stage.${r.stage}`), company: ctx.label(r.company) }),
    facts: (r, ctx) => `${r.amount === 'undisclosed' ? ctx.t('funding.undisclosed') : formatMoney(r.amount, ctx.lang)} · ${formatAnnounced(r.announced, ctx.lang)}`,
    // A round known only by its month is dated to the 1st: on that day it comes after the rounds
    // with a day of their own, i.e. last in its month, where a reader expects an undated entry.
    order: { by: 'newest', date: (r) => r.announced.date, tie: (r) => (r.announced.precision === 'month' ? 1 : 0) },
    facets: (r, ctx) => {
      const company = ctx.company(r.company);
      return {
        stage: ctx.t(`stage.${r.stage}`), year: String(r.announced.date.getUTCFullYear()),
        country: ctx.country(company.country), sector: company.sectors.map((s) => ctx.t(`sector.${s}`)),
      };
    },
    sortDate: (r) => r.announced.date.toISOString().slice(0, 10),
    fileNamedAfter: (r) => r.company,
    openData: {
      dataset: 'funding',
      columns: {
        company: (r) => r.company.id, announced: (r) => isoAnnounced(r.announced), stage: (r) => r.stage, kind: (r) => fundingKind({ data: r }), amount: (r) => money(r.amount),
        postMoneyValuation: (r) => money(r.postMoneyValuation), leadInvestors: (r) => ids(r.leadInvestors), investors: (r) => ids(r.investors),
        instrument: (r) => r.instrument, note: (r) => r.note ?? null, sources: (r) => sourcesColumn(r.sources),
      },
    },
  }),
  investors: define({
    folder: 'investors', format: 'yaml', segment: 'investors', searchBundle: 'more', kind: 'investor', priority: 7,
    title: 'investors.title', intro: 'investors.intro', type: 'type.investor', section: 'nav.investors', count: 'count.investors', nav: 4,
    schema: () => investorSchema,
    label: (i) => i.name,
    summary: (i, ctx) => i.summary[ctx.lang],
    facts: (i, ctx) => ctx.country(i.country),
    order: { by: 'label' },
    facets: (i, ctx) => ({ country: ctx.country(i.country) }),
    openData: {
      dataset: 'investors',
      columns: {
        name: (i) => i.name, kind: (i) => i.kind, country: (i) => i.country, website: (i) => i.website ?? null, summary: (i) => i.summary,
        sources: (i) => sourcesColumn(i.sources),
      },
    },
  }),
  people: define({
    folder: 'people', format: 'yaml', segment: 'people', searchBundle: 'more', kind: 'person', priority: 6,
    title: 'people.title', intro: 'people.intro', type: 'type.person', section: 'nav.people', count: 'count.people',
    schema: makePersonSchema,
    label: (p) => p.name,
    summary: (p, ctx) => p.roles[0]?.[ctx.lang],
    order: { by: 'label' },
    openData: {
      dataset: 'people',
      columns: { name: (p) => p.name, roles: (p) => p.roles, affiliations: (p) => ids(p.affiliations), sources: (p) => sourcesColumn(p.sources) },
    },
  }),
  models: define({
    folder: 'models', format: 'yaml', segment: 'models', searchBundle: 'main', kind: 'model', priority: 5,
    title: 'models.title', intro: 'models.intro', type: 'type.model', section: 'nav.models', count: 'count.models', nav: 5,
    schema: makeModelSchema,
    label: (m) => m.name,
    summary: (m, ctx) => m.summary[ctx.lang],
    order: { by: 'newest', date: (m) => m.released },
    facets: (m, ctx) => ({ year: String(m.released.getUTCFullYear()), country: ctx.country(ctx.company(m.company).country) }),
    sortDate: (m) => m.released.toISOString().slice(0, 10),
    openData: {
      dataset: 'models',
      columns: {
        name: (m) => m.name, company: (m) => m.company.id, released: (m) => day(m.released),
        licence: (m) => ('spdx' in m.licence ? m.licence.spdx : `proprietary: ${m.licence.proprietary}`), openWeights: (m) => m.openWeights,
        parameters: (m) => m.parameters ?? null, contextWindow: (m) => m.contextWindow ?? null, modalities: (m) => m.modalities,
        languages: (m) => m.languages, summary: (m) => m.summary, sources: (m) => sourcesColumn(m.sources),
      },
    },
  }),
  regulations: define({
    folder: 'regulations', format: 'mdx-twin', segment: 'regulation', searchBundle: 'main', kind: 'regulation', priority: 7,
    title: 'regulation.title', intro: 'regulation.intro', type: 'type.regulation', section: 'nav.regulation', count: 'count.regulations', nav: 6,
    schema: makeRegulationSchema,
    label: (r, ctx) => r.shortName[ctx.lang],
    summary: (r, ctx) => r.summary[ctx.lang],
    order: { by: 'label' },
    facets: (r, ctx) => ({ country: ctx.country(r.jurisdiction), year: String(firstMilestone(r.milestones).getUTCFullYear()) }),
    // The latest milestone that has happened (at build time), else the first one.
    sortDate: (r) => (r.milestones.filter((m) => m.date.getTime() <= Date.now()).at(-1)?.date ?? firstMilestone(r.milestones)).toISOString().slice(0, 10),
    openData: {
      dataset: 'regulations',
      columns: {
        name: (r) => r.name, shortName: (r) => r.shortName, jurisdiction: (r) => r.jurisdiction, type: (r) => r.type,
        reference: (r) => r.reference ?? null, url: (r) => r.url, status: (r) => r.status, summary: (r) => r.summary,
        companies: (r) => ids(r.companies), sources: (r) => sourcesColumn(r.sources),
      },
    },
  }),
  obligations: define({
    folder: 'obligations', format: 'yaml', segment: 'obligations', searchBundle: 'main', kind: 'obligation', priority: 4,
    title: 'obligations.title', intro: 'obligations.intro', type: 'type.obligation', section: 'nav.obligations', count: 'count.obligations',
    schema: makeObligationSchema,
    label: (o, ctx) => o.name[ctx.lang],
    summary: (o, ctx) => o.summary[ctx.lang],
    facts: (o, ctx) => `${o.provisions.slice(0, 2).join(', ')}${o.provisions.length > 2 ? '…' : ''} · ${formatDate(o.amended?.applies ?? o.applies, ctx.lang)}`,
    order: { by: 'label' },
    facets: (o) => ({ year: String((o.amended?.applies ?? o.applies).getUTCFullYear()) }),
    sortDate: (o) => (o.amended?.applies ?? o.applies).toISOString().slice(0, 10),
    openData: {
      dataset: 'obligations',
      columns: {
        name: (o) => o.name, regulation: (o) => o.regulation.id, provisions: (o) => o.provisions, concerns: (o) => o.concerns,
        applies: (o) => day(o.applies), amendedApplies: (o) => day(o.amended?.applies), amendedBy: (o) => o.amended?.by ?? null,
        summary: (o) => o.summary, explanation: (o) => o.explanation,
        sources: (o) => sourcesColumn([...o.sources, ...(o.amended?.sources ?? [])]),
      },
    },
  }),
  glossary: define({
    folder: 'glossary', format: 'yaml', segment: 'glossary', searchBundle: 'main', anchorsOnly: true, kind: 'glossary', priority: 3,
    title: 'glossary.title', intro: 'glossary.intro', type: 'type.glossary', section: 'nav.glossary', count: 'count.glossary', nav: 7,
    schema: makeGlossarySchema,
    label: (g, ctx) => g.term[ctx.lang],
    order: { by: 'label' },
    openData: {
      dataset: 'glossary',
      columns: { term: (g) => g.term, abbreviation: (g) => g.abbreviation ?? null, definition: (g) => g.definition },
    },
  }),
} satisfies Record<CollectionName, unknown>;

export type Registry = typeof REGISTRY;

/** Collections with a page per record. */
export const PAGED = COLLECTIONS.filter((c) => !REGISTRY[c].anchorsOnly);
/** Navigation entries, in order. */
export const NAV = COLLECTIONS.filter((c) => REGISTRY[c].nav !== undefined).sort((a, b) => (REGISTRY[a].nav ?? 0) - (REGISTRY[b].nav ?? 0));

export function isCollection(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.hasOwn(REGISTRY, value);
}

/**
 * A collection's definition for code that handles records of any collection (the Atlas, search
 * records, open data): its functions then take the record's data as `unknown`, which is what a
 * loaded record's data is to such code. Each record's data was validated by its own schema.
 */
export function definitionOf(name: CollectionName): Definition<z.ZodType> {
  return REGISTRY[name];
}

/** The editor's file for a record: where to create it when a reference points nowhere. */
export function recordFile(name: CollectionName, id: string): string {
  const d = REGISTRY[name];
  if (d.format === 'mdx-per-locale') return `content/${d.folder}/${id.includes('/') ? id : `en/${id}`}.mdx`;
  return `content/${d.folder}/${id}.${d.format === 'yaml' ? 'yaml' : 'mdx'}`;
}

/** Every schema bound to one way of making references (Astro's `reference()`, or plain for Node). */
export function makeSchemas(ref: RefFactory): { [N in CollectionName]: ReturnType<Registry[N]['schema']> } {
  const out = {} as Record<CollectionName, z.ZodType>;
  for (const name of COLLECTIONS) out[name] = REGISTRY[name].schema(ref);
  return out as { [N in CollectionName]: ReturnType<Registry[N]['schema']> };
}
