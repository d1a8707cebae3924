/**
 * Countries and sectors as places to explore: what a country's or a sector's page shows, computed
 * from the Atlas. A place is a set of companies (headquartered in the country, or working in the
 * sector); the page shows them, their rounds with equity summed apart from debt and grants per
 * year, their models, the investors based there (countries only) and the regulation that applies.
 */
import type { Atlas, Company } from '../domain/atlas.ts';
import type { Locale } from '../i18n/index.ts';
import { totalsOfKind } from '../charts/chart-data.ts';
import { SECTORS } from '../schemas/company.ts';
import { link } from './links.ts';

/** EU member states (as of 2026): the EU AI Act and other EU rules apply to companies based there. */
export const EU_MEMBERS: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

export type Sector = (typeof SECTORS)[number];

/** Every country with a company or an investor in the Atlas, as lower-case URL codes. */
export function countriesWithRecords(atlas: Atlas): string[] {
  const codes = new Set([...atlas.all('companies').map((c) => c.data.country), ...atlas.all('investors').map((i) => i.data.country).filter((c): c is string => Boolean(c))]);
  return [...codes].map((c) => c.toLowerCase()).sort();
}

/** Every sector with at least one company. */
export const sectorsWithRecords = (atlas: Atlas): Sector[] => SECTORS.filter((s) => atlas.all('companies').some((c) => c.data.sectors.includes(s)));

function summary(atlas: Atlas, companies: Company[], lang: Locale) {
  const rounds = companies
    .flatMap((c) => atlas.referrers(c, 'funding', lang, 'company'))
    .sort((a, b) => b.data.announced.date.getTime() - a.data.announced.date.getTime() || a.id.localeCompare(b.id));
  const years = [...new Set(rounds.map((r) => r.data.announced.date.getUTCFullYear()))].sort((a, b) => b - a);
  return {
    companies: companies.map((c) => ({ ...link(atlas, c, lang), summary: c.data.summary[lang], country: c.data.country })),
    rounds,
    byYear: years.map((year) => {
      const of = rounds.filter((r) => r.data.announced.date.getUTCFullYear() === year);
      return { year, equity: totalsOfKind(of, 'equity'), debt: totalsOfKind(of, 'debt'), grant: totalsOfKind(of, 'grant'), count: of.length };
    }),
    equity: totalsOfKind(rounds, 'equity'),
    models: companies.flatMap((c) => atlas.referrers(c, 'models', lang, 'company')).map((m) => ({ ...link(atlas, m, lang), summary: m.data.summary[lang] })),
  };
}

export function countryView(atlas: Atlas, code: string, lang: Locale) {
  const upper = code.toUpperCase();
  const companies = atlas.list('companies', lang).filter((c) => c.data.country === upper);
  const inEu = EU_MEMBERS.has(upper);
  return {
    code: upper,
    inEu,
    ...summary(atlas, companies, lang),
    investors: atlas.list('investors', lang).filter((i) => i.data.country === upper).map((i) => link(atlas, i, lang)),
    regulations: atlas.list('regulations', lang).filter((r) => r.data.jurisdiction === upper || (inEu && r.data.jurisdiction === 'EU')).map((r) => link(atlas, r, lang)),
  };
}

export function sectorView(atlas: Atlas, sector: Sector, lang: Locale) {
  const companies = atlas.list('companies', lang).filter((c) => c.data.sectors.includes(sector));
  return { sector, ...summary(atlas, companies, lang) };
}
