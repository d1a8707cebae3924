/**
 * Every date, number, amount and country name on the site goes through this module, with the
 * page's locale. Dates are stored as UTC midnight, so they are formatted in UTC.
 */
import type { Locale } from '../i18n/index.ts';
import type { Announced, Money } from '../schemas/common.ts';

// Building an Intl formatter costs 40–150 µs; every one is made once per locale and options.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}
const nf = (locale: Locale, opts: Intl.NumberFormatOptions) => cached(`n${locale}${JSON.stringify(opts)}`, () => new Intl.NumberFormat(locale, opts));
const df = (locale: Locale, opts: Intl.DateTimeFormatOptions) => cached(`d${locale}${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }));

export function formatDate(date: Date, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  return df(locale, { dateStyle: style }).format(date);
}

/** "2023-04" → "April 2023"; "2023" → "2023". */
export function formatMonthYear(value: string, locale: Locale): string {
  const [y = Number.NaN, m] = value.split('-').map(Number);
  if (!m) return String(y);
  return df(locale, { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** An announcement date as precise as its sources: "12 May 2025", or "May 2025" when only the month is known. */
export function formatAnnounced(a: Announced, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  return a.precision === 'day' ? formatDate(a.date, locale, style) : df(locale, { month: style === 'long' ? 'long' : 'short', year: 'numeric' }).format(a.date);
}

/** YYYY-MM-DD, or YYYY-MM for a month: for <time datetime> (both are valid there) and data files. */
export const isoAnnounced = (a: Announced): string => a.date.toISOString().slice(0, a.precision === 'day' ? 10 : 7);

/** YYYY-MM-DD, for <time datetime> and data files. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function formatNumber(n: number, locale: Locale): string {
  return nf(locale, { maximumFractionDigits: 2 }).format(n);
}

/** 7300000000 → "7.3 billion" / "7,3 mil millones". */
export function formatCompact(n: number, locale: Locale): string {
  return nf(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(n);
}

function currencyPlural(currency: string, locale: Locale): string {
  const parts = nf(locale, { style: 'currency', currency, currencyDisplay: 'name' }).formatToParts(2);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

/**
 * An amount in words, in the currency in which it was announced:
 * "€385 million" / "385 millones de euros".
 */
export function formatMoney(money: Money, locale: Locale): string {
  const { value, currency } = money;
  const words = formatCompact(value, locale);
  if (locale === 'es') {
    // Spanish puts "de" after millones/billones (nouns) but not after "mil".
    const joiner = /(millón|millones|billón|billones)$/.test(words) ? ' de ' : ' ';
    return `${words}${joiner}${currencyPlural(currency, locale)}`;
  }
  const symbol = nf(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(1)
    .find((p) => p.type === 'currency')?.value;
  // Symbols that are letters (CHF, SEK) read better with a space: "CHF 12 million".
  return symbol && /^[A-Za-z]+$/.test(symbol) ? `${symbol} ${words}` : `${symbol ?? currency}${words}`;
}

/** Short form for tables and charts: "€385M" / "385 M€". */
export function formatMoneyShort(money: Money, locale: Locale, digits = 2): string {
  return nf(locale, { style: 'currency', currency: money.currency, notation: 'compact', compactDisplay: 'short', maximumFractionDigits: digits }).format(money.value);
}

/** The exact figure, for tooltips and data tables: "€385,000,000" / "385.000.000 €". */
export function formatMoneyExact(money: Money, locale: Locale): string {
  return nf(locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 0 }).format(money.value);
}

export function countryName(code: string, locale: Locale): string {
  if (code === 'EU') return locale === 'es' ? 'Unión Europea' : 'European Union';
  return cached(`r${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
}

/** "euros" / "US dollars": the currency's name for running text. */
export function currencyName(code: string, locale: Locale): string {
  return currencyPlural(code, locale);
}

export function languageName(code: string, locale: Locale): string {
  return cached(`l${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code;
}

/** A list joined the locale's way: "A, B and C" / "A, B y C". */
export function formatList(items: string[], locale: Locale): string {
  return cached(`c${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

/** Sum amounts per currency, never across currencies: [{ currency: 'EUR', value: 490000000 }, …]. */
export function totalsByCurrency(amounts: Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const a of amounts) totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.value);
  return [...totals].map(([currency, value]) => ({ currency, value })).sort((a, b) => b.value - a.value);
}
