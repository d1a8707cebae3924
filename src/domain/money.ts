/**
 * Converting announced amounts to euros, only where amounts in different currencies are added up
 * (charts, totals across companies). Each amount is converted with the ECB euro reference rate
 * of its announcement date, from content/data/ecb-rates.yaml; with no rate for that date the
 * amount is left out of the sum and reported, never guessed.
 */
import type { Announced, Money } from '../schemas/common.ts';

export interface RateEntry {
  date: Date;
  currency: string;
  rate: number;
}

export interface Converted {
  /** The amount as announced. */
  original: Money;
  /** Euros, or null when no ECB rate for that date is in the table. */
  eur: number | null;
  /** Units of currency per euro used, and its date; null for amounts already in euros. */
  rate: RateEntry | null;
}

const key = (date: Date, currency: string) => `${date.toISOString().slice(0, 10)}|${currency}`;

export class RateTable {
  private readonly byKey: Map<string, RateEntry>;
  constructor(rates: RateEntry[]) {
    this.byKey = new Map(rates.map((r) => [key(r.date, r.currency), r]));
  }
  all(): RateEntry[] {
    return [...this.byKey.values()].sort((a, b) => a.date.getTime() - b.date.getTime() || a.currency.localeCompare(b.currency));
  }
  /** The rate for exactly that date (the ECB's fixing for the announcement day). */
  find(date: Date, currency: string): RateEntry | undefined {
    return this.byKey.get(key(date, currency));
  }
  /** Euros for an amount announced on that day; a month without a day has no fixing, so no rate. */
  toEur(original: Money, when: Announced): Converted {
    if (original.currency === 'EUR') return { original, eur: original.value, rate: null };
    const rate = when.precision === 'day' ? this.find(when.date, original.currency) : undefined;
    return { original, eur: rate ? original.value / rate.rate : null, rate: rate ?? null };
  }
}
