import { z } from 'astro/zod';
import { currencyCode, isoDate, sources } from './common.ts';

/** One ECB euro reference rate: units of `currency` per 1 euro on `date`. */
export const rateSchema = z.strictObject({
  date: isoDate().describe('The ECB fixing date, YYYY-MM-DD.'),
  currency: currencyCode,
  rate: z.number().positive('rate must be a positive number: units of currency per 1 euro, e.g. 1.0766').describe('Units of the currency per 1 euro, as published.'),
  sources: sources('exchange rate'),
  note: z.string().optional(),
});
