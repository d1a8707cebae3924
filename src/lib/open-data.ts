/**
 * Open data: every collection as JSON and CSV, generated from the same content the pages use.
 * References become slugs, dates YYYY-MM-DD, bilingual texts `{ en, es }` in JSON and two
 * columns in CSV, and every record keeps its sources.
 */
import type { Atlas } from './atlas.ts';
import { articleLang, articleSlug } from './atlas.ts';
import type { Money, Source } from '../schemas/common.ts';

export type Cell = string | number | boolean | null;
export interface Dataset {
  name: string;
  /** JSON records (nested where the data is nested). */
  records: Record<string, unknown>[];
  /** CSV rows: one flat row per record. */
  rows: Record<string, Cell>[];
}

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const ids = (refs: { id: string }[] | undefined) => (refs ?? []).map((r) => r.id);
const src = (sources: Source[]) => sources.map((s) => ({ url: s.url, publisher: s.publisher, title: s.title, published: day(s.published) }));
const srcCell = (sources: Source[]) => sources.map((s) => s.url).join(' ');
const money = (m: Money | 'undisclosed' | undefined) => (m === undefined ? null : m === 'undisclosed' ? 'undisclosed' : { value: m.value, currency: m.currency });

export function datasets(atlas: Atlas): Dataset[] {
  const companies = atlas.companies.map((c) => {
    const d = c.data;
    const by = d.acquisition?.by;
    return {
      slug: c.id, name: d.name, legalName: d.legalName ?? null, country: d.country, city: d.city, founded: d.founded,
      founders: ids(d.founders), sectors: d.sectors, website: d.website, status: d.status,
      acquiredBy: by ? ('company' in by ? `companies/${by.company.id}` : `investors/${by.investor.id}`) : null,
      acquisitionDate: day(d.acquisition?.date), summary: d.summary, sources: src(d.sources),
    };
  });
  const people = atlas.people.map((p) => ({ slug: p.id, name: p.data.name, roles: p.data.roles, affiliations: ids(p.data.affiliations), sources: src(p.data.sources) }));
  const investors = atlas.investors.map((i) => ({ slug: i.id, name: i.data.name, kind: i.data.kind, country: i.data.country, website: i.data.website ?? null, summary: i.data.summary, sources: src(i.data.sources) }));
  const funding = atlas.rounds.map((r) => ({
    slug: r.id, company: r.data.company.id, announced: day(r.data.announced), stage: r.data.stage, amount: money(r.data.amount),
    postMoneyValuation: money(r.data.postMoneyValuation), leadInvestors: ids(r.data.leadInvestors), investors: ids(r.data.investors),
    instrument: r.data.instrument, note: r.data.note ?? null, sources: src(r.data.sources),
  }));
  const models = atlas.models.map((m) => ({
    slug: m.id, name: m.data.name, company: m.data.company.id, released: day(m.data.released),
    licence: 'spdx' in m.data.licence ? m.data.licence.spdx : `proprietary: ${m.data.licence.proprietary}`, openWeights: m.data.openWeights,
    parameters: m.data.parameters ?? null, contextWindow: m.data.contextWindow ?? null, modalities: m.data.modalities, languages: m.data.languages,
    summary: m.data.summary, sources: src(m.data.sources),
  }));
  const regulations = atlas.regulations.map((r) => ({
    slug: r.id, name: r.data.name, shortName: r.data.shortName, jurisdiction: r.data.jurisdiction, type: r.data.type,
    reference: r.data.reference ?? null, url: r.data.url, status: r.data.status, summary: r.data.summary, companies: ids(r.data.companies),
    milestones: r.data.milestones.map((m) => ({ date: day(m.date), what: m.what, sources: src(m.sources) })), sources: src(r.data.sources),
  }));
  const milestones = atlas.regulations.flatMap((r) => r.data.milestones.map((m) => ({ regulation: r.id, date: day(m.date), what: m.what, sources: src(m.sources) })));
  const glossary = atlas.glossary.map((g) => ({ slug: g.id, term: g.data.term, abbreviation: g.data.abbreviation ?? null, definition: g.data.definition }));
  const articles = atlas.articles.map((a) => ({
    slug: articleSlug(a), language: articleLang(a), title: a.data.title, description: a.data.description, published: day(a.data.published),
    updated: day(a.data.updated), author: a.data.author, tags: a.data.tags, corrections: a.data.corrections.length, sources: src(a.data.sources),
  }));
  const rates = atlas.rates.all().map((r) => ({ date: day(r.date), currency: r.currency, rate: r.rate }));

  const MONEY = new Set(['amount', 'postMoneyValuation']);
  const BILINGUAL = new Set(['summary', 'note', 'name', 'shortName', 'what', 'term', 'definition']);
  const flat = (records: Record<string, unknown>[]): Record<string, Cell>[] =>
    records.map((rec) => {
      const row: Record<string, Cell> = {};
      for (const [k, v] of Object.entries(rec)) {
        // Absent optional values keep the same columns as present ones.
        if (v === null && MONEY.has(k)) Object.assign(row, { [`${k}_value`]: null, [`${k}_currency`]: null });
        else if (v === null && BILINGUAL.has(k)) Object.assign(row, { [`${k}_en`]: null, [`${k}_es`]: null });
        else if (k === 'sources' && Array.isArray(v)) row.sources = srcCell(v as Source[]);
        else if (Array.isArray(v)) row[k] = v.every((x) => typeof x === 'string') ? v.join(';') : JSON.stringify(v);
        else if (v && typeof v === 'object' && 'en' in v && 'es' in v) {
          row[`${k}_en`] = (v as { en: string }).en;
          row[`${k}_es`] = (v as { es: string }).es;
        } else if (v && typeof v === 'object' && 'value' in v && 'currency' in v) {
          row[`${k}_value`] = (v as Money).value;
          row[`${k}_currency`] = (v as Money).currency;
        } else if (v && typeof v === 'object') row[k] = JSON.stringify(v);
        else row[k] = v as Cell;
      }
      return row;
    });
  const fundingRows = flat(funding).map((r) => {
    // Undisclosed amounts: a value column that says so, not an empty cell.
    if (r.amount !== 'undisclosed') return r;
    const { amount: _a, ...rest } = r;
    return { ...rest, amount_value: 'undisclosed', amount_currency: null };
  });
  return [
    { name: 'companies', records: companies, rows: flat(companies) },
    { name: 'people', records: people, rows: flat(people) },
    { name: 'investors', records: investors, rows: flat(investors) },
    { name: 'funding', records: funding, rows: fundingRows },
    { name: 'models', records: models, rows: flat(models) },
    { name: 'regulations', records: regulations, rows: flat(regulations.map(({ milestones: _m, ...r }) => r)) },
    { name: 'milestones', records: milestones, rows: flat(milestones) },
    { name: 'glossary', records: glossary, rows: flat(glossary) },
    { name: 'articles', records: articles, rows: flat(articles) },
    { name: 'ecb-rates', records: rates, rows: flat(rates) },
  ];
}

/** RFC 4180 CSV: every column from every row, quoted where needed, CRLF line ends. */
export function toCsv(rows: Record<string, Cell>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: Cell | undefined) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
