import { z } from 'astro/zod';
import { checked, localized, sourceSchema, type RefFactory, recordName } from './common.ts';

export function makePersonSchema(ref: RefFactory) {
  return z.strictObject({
    name: recordName("the person's name").describe('Full name as the person writes it, with accents.'),
    roles: z
      .array(localized('role', 200))
      .min(1, 'list at least one role, e.g. { en: Co-founder of Mistral AI, es: Cofundador de Mistral AI }')
      .describe('What the person does or did, in both languages.'),
    affiliations: z.array(ref('companies')).default([]).describe('Companies the person founded or works for (slugs).'),
    sources: z.array(sourceSchema).default([]).describe('Pages that state the roles above.'),
    checked: checked(),
  });
}
