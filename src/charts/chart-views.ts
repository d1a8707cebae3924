/**
 * Turns the chart data into what <Chart> shows, in the page's language: SVG, legend, data
 * table (original amounts beside converted ones) and notes on what was left out and why.
 */
import type { Atlas, Company, Regulation } from '../domain/atlas.ts';
import { cumulativeRaised, fundingByYearAndCountry, modelsPerYear, type Exclusion } from './chart-data.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { cumulativeSteps, europeMap, PALETTE, PRIMARY, stackedBars, timeline } from './charts.ts';
import { localePath } from '../i18n/index.ts';
import { countryName, currencyName, formatDate, formatList, formatMoney, formatMoneyExact, formatMoneyShort } from '../lib/format.ts';
import type { Locale, Translate } from '../i18n/index.ts';
import type { Converted } from '../domain/money.ts';

export interface ChartProps {
  id: string;
  title: string;
  description: string;
  svg: string;
  legend?: { label: string; colour: string; hollow?: boolean }[];
  table: { caption: string; headers: string[]; rows: (string | number)[][]; numeric?: number[] };
  notes?: string[];
}

const roundName = (atlas: Atlas, id: string, lang: Locale): string => atlas.label({ collection: 'funding', id }, lang);
/** A colour of the palette, cycling. */
const colour = (i: number): string => PALETTE[i % PALETTE.length] ?? PRIMARY;

function rateCell(c: Converted, lang: Locale, t: Translate): string {
  if (!c.rate) return t('chart.notConverted');
  return t('chart.rateValue', { rate: c.rate.rate.toLocaleString(lang, { maximumFractionDigits: 6 }), currency: c.rate.currency, date: formatDate(c.rate.date, lang, 'medium') });
}

/** Rounds named in a note about rounds left out of a chart; the rest are counted. */
const NAMED_EXCLUSIONS = 30;

function exclusionNotes(atlas: Atlas, excluded: { id: string; reason: Exclusion }[], lang: Locale, t: Translate): string[] {
  // With its year: a company can have two rounds of the same stage ("Growth round of Stability AI").
  const year = (id: string) => atlas.get({ collection: 'funding', id }).data.announced.date.getUTCFullYear();
  const names = (reason: Exclusion) => excluded.filter((e) => e.reason === reason).map((e) => `${roundName(atlas, e.id, lang)} (${year(e.id)})`);
  const notes: string[] = [];
  for (const [reason, key] of [['undisclosed', 'chart.excludedUndisclosed'], ['no-rate', 'chart.excludedNoRate'], ['no-day', 'chart.excludedNoDay']] as const) {
    const list = names(reason);
    // Named up to a point: past it the sentence would grow with the Atlas; each round's page says why it is left out.
    const shown = list.length > NAMED_EXCLUSIONS ? [...list.slice(0, NAMED_EXCLUSIONS), t('chart.andMore', { n: list.length - NAMED_EXCLUSIONS })] : list;
    if (list.length) notes.push(t(key, { list: formatList(shown, lang) }));
  }
  return notes;
}

export function fundingChart(atlas: Atlas, lang: Locale, t: Translate): ChartProps {
  const data = fundingByYearAndCountry(atlas.list('funding', lang), atlas.all('companies'), atlas.rates);
  const countries = [...new Set(data.cells.map((c) => c.country))]
    .sort((a, b) => data.cells.filter((c) => c.country === b).reduce((n, c) => n + c.eur, 0) - data.cells.filter((c) => c.country === a).reduce((n, c) => n + c.eur, 0));
  const series = countries.map((c) => countryName(c, lang));
  const countryOf = new Map(atlas.all('companies').map((c) => [c.id, c.data.country]));
  const roundsIn = new Map<string, number>();
  for (const r of data.included) {
    const k = `${r.date.getUTCFullYear()}|${countryOf.get(r.company)}`;
    roundsIn.set(k, (roundsIn.get(k) ?? 0) + 1);
  }
  const id = 'chart-funding';
  const title = t('chart.funding.title');
  const description = t('chart.funding.desc');
  const { svg } = stackedBars(
    data.cells.map((c) => ({ x: c.year, series: countryName(c.country, lang), value: c.eur / 1e6 })),
    { id: `${id}-svg`, text: { title, description }, series, yLabel: t('chart.funding.y'), locale: lang },
  );
  return {
    id,
    title,
    description,
    svg,
    legend: series.map((label, i) => ({ label, colour: colour(i) })),
    // The table holds what the bars draw, a row per year and country (it grows with years and
    // countries, not with rounds); each round's page shows its own conversion.
    table: {
      caption: t('chart.funding.rounds'),
      headers: [t('chart.year'), t('company.country'), t('chart.equityYears.rounds'), t('chart.inEur')],
      numeric: [2, 3],
      rows: [...data.cells]
        .sort((a, b) => a.year.localeCompare(b.year) || b.eur - a.eur)
        .map((c) => [c.year, countryName(c.country, lang), roundsIn.get(`${c.year}|${c.country}`) ?? 0, formatMoneyExact({ value: Math.round(c.eur), currency: 'EUR' }, lang)]),
    },
    notes: [
      ...exclusionNotes(atlas, data.excluded, lang, t),
      ...(data.other.length ? [t('chart.equityOnly', { list: formatList(data.other.map((o) => roundName(atlas, o.id, lang)), lang) })] : []),
      t('chart.acquisitions'),
      t('chart.rates'),
    ],
  };
}

/** Which companies a chart counts: all, or those of one sector or one country. */
export interface CompanyFilter { sector?: string; country?: string }

/**
 * Disclosed equity per year, in euros, one bar a year: what the home page leads with, and what an
 * article can show for one sector or one country.
 */
export function equityPerYear(atlas: Atlas, lang: Locale, t: Translate, filter: CompanyFilter = {}): { chart: ChartProps; totalEur: number; rounds: number; firstYear?: string | undefined; lastYear?: string | undefined } {
  const companies = atlas.all('companies').filter((c) => (!filter.sector || (c.data.sectors as readonly string[]).includes(filter.sector)) && (!filter.country || c.data.country === filter.country));
  const ids = new Set(companies.map((c) => c.id));
  const data = fundingByYearAndCountry(atlas.list('funding', lang).filter((r) => ids.has(r.data.company.id)), companies, atlas.rates);
  const years = new Map<string, { eur: number; rounds: number }>();
  for (const r of data.included) {
    const y = String(r.date.getUTCFullYear());
    const cell = years.get(y) ?? { eur: 0, rounds: 0 };
    cell.eur += r.eur;
    cell.rounds += 1;
    years.set(y, cell);
  }
  // Every year between the first and the last, so that a year without a round shows as an empty bar, not a gap.
  const known = [...years.keys()].map(Number);
  for (let y = Math.min(...known); known.length && y <= Math.max(...known); y++) if (!years.has(String(y))) years.set(String(y), { eur: 0, rounds: 0 });
  const rows = [...years].sort(([a], [b]) => a.localeCompare(b));
  const what = filter.sector ? t(`sector.${filter.sector}` as 'sector.health') : filter.country ? countryName(filter.country, lang) : '';
  const id = ['chart-equity-years', filter.sector, filter.country?.toLowerCase()].filter(Boolean).join('-');
  const title = what ? t('chart.equityYears.titleOf', { what }) : t('chart.equityYears.title');
  const description = t('chart.equityYears.desc');
  const series = t('fundingKind.equity');
  const { svg } = stackedBars(
    rows.map(([year, c]) => ({ x: year, series, value: c.eur / 1e6 })),
    { id: `${id}-svg`, text: { title, description }, series: [series], yLabel: t('chart.funding.y'), locale: lang },
  );
  const left = data.excluded.length;
  return {
    chart: {
      id,
      title,
      description,
      svg,
      table: {
        caption: t('chart.equityYears.caption'),
        headers: [t('chart.year'), t('chart.equityYears.rounds'), t('chart.inEur')],
        numeric: [1, 2],
        rows: rows.map(([year, c]) => [year, c.rounds, formatMoneyShort({ value: c.eur, currency: 'EUR' }, lang)]),
      },
      notes: [
        ...(left ? [t('chart.equityYears.left', { n: left })] : []),
        t('chart.rates'),
      ],
    },
    totalEur: rows.reduce((n, [, c]) => n + c.eur, 0),
    rounds: data.included.length,
    ...(rows.length ? { firstYear: rows[0]?.[0], lastYear: rows.at(-1)?.[0] } : {}),
  };
}

export function companyChart(atlas: Atlas, company: Company, lang: Locale, t: Translate): ChartProps | null {
  const data = cumulativeRaised(atlas.referrers({ collection: 'companies', id: company.id }, 'funding', lang, 'company'), atlas.rates);
  const [firstPoint] = data?.points ?? [];
  const lastPoint = data?.points.at(-1);
  if (!data || !firstPoint || !lastPoint) return null;
  const id = 'chart-raised';
  const first = formatDate(firstPoint.date, lang);
  const last = formatDate(lastPoint.date, lang);
  const title = t('chart.cumulative.title');
  const description = data.converted
    ? t('chart.cumulative.descConverted', { company: company.data.name, first, last })
    : t('chart.cumulative.desc', { company: company.data.name, currency: currencyName(data.currency, lang), first, last });
  const fmt = (n: number) => formatMoneyShort({ value: n, currency: data.currency }, lang);
  const { svg } = cumulativeSteps(
    data.points.map((p) => ({ date: p.date, value: p.total })),
    { id: `${id}-svg`, text: { title, description }, yLabel: t('chart.cumulative.y', { currency: data.currency }), tickFormat: (n) => (n === 0 ? '0' : fmt(n)), locale: lang },
  );
  return {
    id,
    title,
    description,
    svg,
    table: {
      caption: title,
      headers: data.converted
        ? [t('chart.funding.round'), t('funding.announced'), t('chart.original'), t('chart.rate'), t('chart.inEur'), t('chart.cumulative.total')]
        : [t('chart.funding.round'), t('funding.announced'), t('funding.amount'), t('chart.cumulative.total')],
      numeric: data.converted ? [2, 4, 5] : [2, 3],
      rows: data.points.map((p) =>
        data.converted
          ? [roundName(atlas, p.id, lang), formatDate(p.date, lang, 'medium'), formatMoneyExact(p.conversion.original, lang), rateCell(p.conversion, lang, t), formatMoneyExact({ value: Math.round(p.added), currency: 'EUR' }, lang), formatMoney({ value: p.total, currency: 'EUR' }, lang)]
          : [roundName(atlas, p.id, lang), formatDate(p.date, lang, 'medium'), formatMoneyExact(p.conversion.original, lang), formatMoney({ value: p.total, currency: data.currency }, lang)],
      ),
    },
    notes: [...exclusionNotes(atlas, data.excluded, lang, t), ...(data.converted ? [t('chart.rates')] : [])],
  };
}

export function timelineChart(regulation: Regulation, lang: Locale, t: Translate): ChartProps {
  const now = Date.now();
  // Sorted by date by the schema; at least one milestone.
  const ms = regulation.data.milestones;
  const dates = ms.map((m) => m.date.getTime());
  const id = 'chart-timeline';
  const title = t('chart.timeline.title', { name: regulation.data.shortName[lang] });
  const description = t('chart.timeline.desc', { n: ms.length, first: formatDate(new Date(Math.min(...dates)), lang), last: formatDate(new Date(Math.max(...dates)), lang) });
  const { svg } = timeline(ms.map((m) => ({ date: m.date, label: m.what[lang], future: m.date.getTime() > now })), { id: `${id}-svg`, text: { title, description }, locale: lang });
  return {
    id,
    title,
    description,
    svg,
    legend: [
      { label: t('regulation.milestones'), colour: PRIMARY },
      { label: t('regulation.scheduled'), colour: PRIMARY, hollow: true },
    ],
    table: {
      caption: title,
      headers: ['#', t('chart.date'), t('regulation.milestones')],
      rows: ms.map((m, i) => [String(i + 1), `${formatDate(m.date, lang)}${m.date.getTime() > now ? ` (${t('regulation.scheduled')})` : ''}`, m.what[lang]]),
    },
  };
}

export function modelsChart(atlas: Atlas, lang: Locale, t: Translate): ChartProps {
  const rows = modelsPerYear(atlas.all('models'));
  const id = 'chart-models';
  const title = t('chart.models.title');
  const description = t('chart.models.desc');
  const open = t('chart.models.open');
  const closed = t('chart.models.closed');
  const { svg } = stackedBars(
    rows.flatMap((r) => [{ x: r.year, series: open, value: r.open }, { x: r.year, series: closed, value: r.closed }]),
    { id: `${id}-svg`, text: { title, description }, series: [open, closed], yLabel: t('chart.count'), tickFormat: (n) => (Number.isInteger(n) ? String(n) : ''), locale: lang },
  );
  return {
    id,
    title,
    description,
    svg,
    legend: [{ label: open, colour: PRIMARY }, { label: closed, colour: colour(1) }],
    table: { caption: title, headers: [t('chart.year'), open, closed], numeric: [1, 2], rows: rows.map((r) => [r.year, r.open, r.closed]) },
  };
}


/** ISO 3166-1 numeric codes of European countries (Natural Earth keys its shapes by them), by alpha-2 code. */
const EUROPE_NUMERIC: Readonly<Record<string, string>> = {
  AL: '008', AT: '040', BA: '070', BE: '056', BG: '100', BY: '112', CH: '756', CY: '196', CZ: '203', DE: '276', DK: '208',
  EE: '233', ES: '724', FI: '246', FR: '250', GB: '826', GR: '300', HR: '191', HU: '348', IE: '372', IS: '352', IT: '380',
  LI: '438', LT: '440', LU: '442', LV: '428', MD: '498', ME: '499', MK: '807', MT: '470', NL: '528', NO: '578', PL: '616',
  PT: '620', RO: '642', RS: '688', RU: '643', SE: '752', SI: '705', SK: '703', UA: '804', XK: '-99', TR: '792',
};

let shapes: GeoJSON.FeatureCollection | undefined;
/** Natural Earth 1:110m country shapes (world-atlas, public domain data, ISC packaging), read once. */
function countryShapes(): GeoJSON.FeatureCollection {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const countries = topo.objects.countries;
  if (!countries) throw new Error('world-atlas: no countries object');
  shapes = feature(topo, countries) as GeoJSON.FeatureCollection;
  return shapes;
}

/** Equity raised by country, converted to euros at the ECB rate of each announcement day, on a map of Europe. */
export function mapChart(atlas: Atlas, lang: Locale, t: Translate): ChartProps {
  const data = fundingByYearAndCountry(atlas.list('funding', lang), atlas.all('companies'), atlas.rates);
  const totals = new Map<string, number>();
  for (const c of data.cells) totals.set(c.country, (totals.get(c.country) ?? 0) + c.eur);
  const rows = [...totals].filter(([code]) => EUROPE_NUMERIC[code]).sort((a, b) => b[1] - a[1]);
  const id = 'chart-map';
  const title = t('chart.map.title');
  const description = t('chart.map.desc');
  const money = (eur: number) => formatMoney({ value: eur, currency: 'EUR' }, lang);
  const { svg } = europeMap(
    rows.map(([code, eur]) => ({
      numeric: EUROPE_NUMERIC[code] ?? '',
      value: eur,
      label: code,
      href: localePath(lang, `/countries/${code.toLowerCase()}/`),
      ariaLabel: `${countryName(code, lang)}: ${money(eur)}`,
    })),
    { id: `${id}-svg`, text: { title, description }, shapes: countryShapes(), europe: new Set(Object.values(EUROPE_NUMERIC)) },
  );
  return {
    id,
    title,
    description,
    svg,
    table: {
      caption: t('chart.map.table'),
      headers: [t('company.country'), t('chart.inEur')],
      numeric: [1],
      rows: rows.map(([code, eur]) => [countryName(code, lang), money(eur)]),
    },
    notes: [...exclusionNotes(atlas, data.excluded, lang, t), t('chart.rates'), t('chart.map.credit')],
  };
}
