import { z } from 'astro/zod';
import { announcedDate, checked, localized, moneySchema, sources, type RefFactory } from './common.ts';

export const STAGES = [
  'pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d', 'series-e', 'series-f',
  'growth', 'debt', 'grant', 'strategic', 'acquisition',
] as const;
export const INSTRUMENTS = ['equity', 'convertible', 'debt', 'mixed', 'grant'] as const;

export function makeFundingSchema(ref: RefFactory) {
  return z.strictObject({
    company: ref('companies').describe('The company that raised the money (slug).'),
    announced: announcedDate().describe('Day the round was announced, YYYY-MM-DD; YYYY-MM only when no source gives the day (never a guessed day).'),
    stage: z.enum(STAGES, { error: `stage must be one of: ${STAGES.join(', ')}` }).describe('Stage of the round.'),
    amount: z
      .union([z.literal('undisclosed'), moneySchema], {
        error: 'amount must be { value: <number>, currency: <ISO 4217 code> }, or the word undisclosed',
      })
      .describe('Amount raised in the announced currency, or "undisclosed". Never left blank.'),
    postMoneyValuation: moneySchema.optional().describe('Post-money valuation, only when reported, in the currency reported.'),
    leadInvestors: z.array(ref('investors')).default([]).describe('Investors who led the round (slugs).'),
    investors: z.array(ref('investors')).default([]).describe('Other participants (slugs).'),
    instrument: z.enum(INSTRUMENTS, { error: `instrument must be one of: ${INSTRUMENTS.join(', ')}` }).describe('How the money was provided.'),
    note: localized('note', 800).optional().describe('Caveats: disputed figures, disagreements between sources.'),
    sources: sources('funding round'),
    checked: checked(),
  });
}
