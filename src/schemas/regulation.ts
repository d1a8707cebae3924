import { z } from 'astro/zod';
import { JURISDICTIONS } from '../domain/countries.ts';
import { checked, httpUrl, isoDate, localized, sources, type RefFactory } from './common.ts';

export const REGULATION_TYPES = ['regulation', 'directive', 'investigation', 'merger-review', 'code-of-practice', 'guidance'] as const;
export const REGULATION_STATUSES = ['proposed', 'in-negotiation', 'adopted', 'in-force', 'open', 'closed'] as const;

export const milestoneSchema = z.strictObject({
  date: isoDate({ allowFuture: true }).describe('When it happened or is scheduled to happen, YYYY-MM-DD.'),
  what: localized('milestone text', 400).describe('What happens on that date.'),
  sources: sources('milestone'),
});

export function makeRegulationSchema(ref: RefFactory) {
  return z.strictObject({
    name: localized('name', 300).describe('Full official name.'),
    shortName: localized('short name', 80).describe('The name readers use, e.g. EU AI Act.'),
    jurisdiction: z.string().refine((j) => JURISDICTIONS.has(j), 'jurisdiction must be EU or an ISO 3166-1 alpha-2 code such as GB').describe('EU, or the country code.'),
    type: z.enum(REGULATION_TYPES, { error: `type must be one of: ${REGULATION_TYPES.join(', ')}` }).describe('What kind of instrument or procedure this is.'),
    reference: z.string().min(1).optional().describe('Official reference, e.g. Regulation (EU) 2024/1689.'),
    url: httpUrl.describe('Official page or text.'),
    status: z.enum(REGULATION_STATUSES, { error: `status must be one of: ${REGULATION_STATUSES.join(', ')}` }).describe('Where it stands today.'),
    summary: localized('summary', 400).describe('One or two lines about it, in English and Spanish.'),
    companies: z.array(ref('companies')).default([]).describe('Companies concerned (slugs).'),
    milestones: z
      .array(milestoneSchema)
      .min(1, 'list at least one milestone')
      // Editors may list milestones in any order; pages show them by date.
      .transform((ms) => [...ms].sort((a, b) => a.date.getTime() - b.date.getTime()))
      .describe('Dated steps, each with a source.'),
    sources: sources('regulation'),
    checked: checked(),
  });
}
