import { z } from 'astro/zod';
import { checked, countryCode, httpUrl, localized, sourceSchema, recordName } from './common.ts';

export const INVESTOR_KINDS = ['venture', 'corporate', 'public', 'sovereign', 'angel', 'bank'] as const;

export const investorSchema = z.strictObject({
  name: recordName("the investor name").describe('Name of the fund, company, institution or person.'),
  kind: z.enum(INVESTOR_KINDS, { error: `kind must be one of: ${INVESTOR_KINDS.join(', ')}` }).describe('What sort of investor this is.'),
  country: countryCode.describe('Country of the headquarters (or residence, for angels).'),
  website: httpUrl.optional().describe('Official website.'),
  summary: localized('summary', 220).describe('One line about the investor, in English and Spanish.'),
  sources: z.array(sourceSchema).default([]).describe('Pages that describe the investor.'),
  checked: checked(),
});
