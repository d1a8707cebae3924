import { z } from 'astro/zod';
import { checked, localized, relatedSchema, type RefFactory } from './common.ts';

export function makeGlossarySchema(ref: RefFactory) {
  return z.strictObject({
    term: localized('term', 120).describe('The term as readers use it in each language.'),
    abbreviation: z.string().min(1).optional().describe('Acronym, if there is one, e.g. LLM.'),
    definition: localized('definition', 900).describe('A plain-language definition.'),
    related: relatedSchema(ref).optional().describe('Records and other terms to see also, as slugs per collection.'),
    checked: checked(),
  });
}
