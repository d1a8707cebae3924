/**
 * The numbers behind the charts, from the same records the pages show. Pure functions over
 * plain data, so tests can check series and totals against hand-computed figures.
 */
import type { Announced, Money } from '../schemas/common.ts';
import type { Converted, RateTable } from '../domain/money.ts';
import { totalsByCurrency } from '../lib/format.ts';

export interface RoundLike {
  id: string;
  data: { company: { id: string }; announced: Announced; stage: string; instrument: string; amount: Money | 'undisclosed' };
}
export interface CompanyLike { id: string; data: { name: string; country: string } }
export interface ModelLike { id: string; data: { released: Date; openWeights: boolean } }

/**
 * What a round's money is: equity (shares, convertible notes, or a mix of them) is what readers
 * mean by "funding raised"; debt (a bank loan for a data centre) and grants are money of another
 * kind, shown apart; an acquisition is a purchase, not money raised.
 */
export type FundingKind = 'equity' | 'debt' | 'grant' | 'acquisition';
export function fundingKind(r: Pick<RoundLike, 'data'>): FundingKind {
  const { stage, instrument } = r.data;
  if (stage === 'acquisition') return 'acquisition';
  if (stage === 'debt' || instrument === 'debt') return 'debt';
  if (stage === 'grant' || instrument === 'grant') return 'grant';
  return 'equity';
}

/** The money of one kind in some rounds, one total per currency (undisclosed amounts left out). */
export const totalsOfKind = (rounds: readonly RoundLike[], kind: FundingKind): Money[] =>
  totalsByCurrency(rounds.flatMap((r) => (fundingKind(r) !== kind || r.data.amount === 'undisclosed' ? [] : [r.data.amount])));

/** Charts of funding count equity only; debt and grants are named in their notes. */
export const isFunding = (r: RoundLike) => fundingKind(r) === 'equity';

/** Why a disclosed amount could not be converted: no day given (only a month), or no rate for that day. */
export type Exclusion = 'undisclosed' | 'no-rate' | 'no-day';
const noRateReason = (r: RoundLike): Exclusion => (r.data.announced.precision === 'day' ? 'no-rate' : 'no-day');

export interface ConvertedRound { id: string; company: string; date: Date; conversion: Converted; eur: number }

export interface FundingByYear {
  /** Euros per year and country (converted where needed), for the stacked bars. */
  cells: { year: string; country: string; eur: number }[];
  /** Each round that went in, with its original amount and the rate used. */
  included: ConvertedRound[];
  /** Rounds left out: undisclosed amount, or no ECB rate for the date. */
  excluded: { id: string; reason: Exclusion }[];
  /** Debt and grants, left out of equity funding and named apart. */
  other: { id: string; kind: 'debt' | 'grant' }[];
}

export function fundingByYearAndCountry(rounds: RoundLike[], companies: CompanyLike[], rates: RateTable): FundingByYear {
  const country = new Map(companies.map((c) => [c.id, c.data.country]));
  const cells = new Map<string, number>();
  const included: ConvertedRound[] = [];
  const excluded: FundingByYear['excluded'] = [];
  const other: FundingByYear['other'] = [];
  for (const r of rounds) {
    const kind = fundingKind(r);
    if (kind === 'debt' || kind === 'grant') other.push({ id: r.id, kind });
  }
  for (const r of rounds.filter(isFunding)) {
    if (r.data.amount === 'undisclosed') {
      excluded.push({ id: r.id, reason: 'undisclosed' });
      continue;
    }
    const conversion = rates.toEur(r.data.amount, r.data.announced);
    if (conversion.eur === null) {
      excluded.push({ id: r.id, reason: noRateReason(r) });
      continue;
    }
    included.push({ id: r.id, company: r.data.company.id, date: r.data.announced.date, conversion, eur: conversion.eur });
    const k = `${r.data.announced.date.getUTCFullYear()}|${country.get(r.data.company.id)}`;
    cells.set(k, (cells.get(k) ?? 0) + conversion.eur);
  }
  return {
    cells: [...cells].map(([k, eur]) => {
      const [year, c] = k.split('|') as [string, string];
      return { year, country: c, eur };
    }).sort((a, b) => a.year.localeCompare(b.year) || b.eur - a.eur),
    included: included.sort((a, b) => a.date.getTime() - b.date.getTime()),
    excluded,
    other,
  };
}

export interface Cumulative {
  /** The currency of the running total: the rounds' own when they share one, else EUR. */
  currency: string;
  converted: boolean;
  points: { id: string; date: Date; added: number; total: number; conversion: Converted }[];
  excluded: { id: string; reason: Exclusion }[];
}

/** A company's money raised over time; null when fewer than two rounds can be charted. */
export function cumulativeRaised(rounds: RoundLike[], rates: RateTable): Cumulative | null {
  const funding = rounds.filter(isFunding).sort((a, b) => a.data.announced.date.getTime() - b.data.announced.date.getTime());
  const disclosed = funding.filter((r) => r.data.amount !== 'undisclosed');
  const currencies = new Set(disclosed.map((r) => (r.data.amount as Money).currency));
  const [only] = currencies;
  const single = currencies.size === 1 && only ? only : null;
  const points: Cumulative['points'] = [];
  const excluded: Cumulative['excluded'] = funding.filter((r) => r.data.amount === 'undisclosed').map((r) => ({ id: r.id, reason: 'undisclosed' as const }));
  let total = 0;
  for (const r of disclosed) {
    const amount = r.data.amount as Money;
    const conversion: Converted = single ? { original: amount, eur: null, rate: null } : rates.toEur(amount, r.data.announced);
    const added = single ? amount.value : conversion.eur;
    if (added === null) {
      excluded.push({ id: r.id, reason: noRateReason(r) });
      continue;
    }
    total += added;
    points.push({ id: r.id, date: r.data.announced.date, added, total, conversion });
  }
  if (points.length < 2) return null;
  return { currency: single ?? 'EUR', converted: !single, points, excluded };
}

/** Models released per year, open weights versus proprietary. */
export function modelsPerYear(models: ModelLike[]): { year: string; open: number; closed: number }[] {
  const years = new Map<string, { open: number; closed: number }>();
  for (const m of models) {
    const y = String(m.data.released.getUTCFullYear());
    const row = years.get(y) ?? { open: 0, closed: 0 };
    if (m.data.openWeights) row.open++;
    else row.closed++;
    years.set(y, row);
  }
  return [...years].map(([year, v]) => ({ year, ...v })).sort((a, b) => a.year.localeCompare(b.year));
}
