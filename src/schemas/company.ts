import { z } from 'astro/zod';
import { checked, countryCode, httpUrl, isoDate, localized, sources, type RefFactory, recordName } from './common.ts';
import { companyAiActSchema } from './obligation.ts';

export const SECTORS = [
  'foundation-models',
  'generative-media',
  'speech-audio',
  'language-translation',
  'enterprise-ai',
  'developer-tools',
  'ai-agents',
  'defence',
  'autonomous-vehicles',
  'robotics',
  'health',
  'ai-infrastructure',
  'quantum-computing',
  'open-source-platform',
  'education',
] as const;

export const COMPANY_STATUSES = ['active', 'being-acquired', 'acquired', 'closed'] as const;

const founded = z
  .union([z.number(), z.string()], { error: 'founded must be a year or a year and month, e.g. "2023" or "2023-04"' })
  .transform((v) => String(v))
  .refine(
    (v) => /^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/.test(v),
    'founded must be a year or a year and month in quotes, e.g. "2023" or "2023-04"',
  )
  .refine((v) => v <= new Date().toISOString().slice(0, 7), 'founded is in the future')
  .describe('Year, or year and month, of founding: "2023" or "2023-04".');

export function makeCompanySchema(ref: RefFactory) {
  return z
    .strictObject({
      name: recordName("the company name").describe('The name readers know the company by, e.g. "Mistral AI".'),
      legalName: z.string().min(1).optional().describe('Registered legal name, e.g. "Mistral AI SAS", when known.'),
      country: countryCode.describe('Country of the headquarters, ISO 3166-1 alpha-2, e.g. FR.'),
      city: z.string().min(1).describe('City of the headquarters.'),
      founded,
      founders: z.array(ref('people')).default([]).describe('Founders, as slugs of records in content/people/.'),
      sectors: z
        .array(z.enum(SECTORS, { error: `sector must be one of: ${SECTORS.join(', ')}` }))
        .min(1, 'list at least one sector')
        .describe('What the company does, from the closed list of sectors.'),
      website: httpUrl.describe("The company's website."),
      status: z.enum(COMPANY_STATUSES, { error: `status must be one of: ${COMPANY_STATUSES.join(', ')}` }).describe('Whether the company still operates independently: active, being-acquired (a purchase announced, not closed), acquired or closed.'),
      acquisition: z
        .strictObject({
          by: z.union([
            z.strictObject({ company: ref('companies') }),
            z.strictObject({ investor: ref('investors') }),
          ], { error: 'acquisition.by must be { company: <slug> } or { investor: <slug> }' }),
          date: isoDate().optional().describe('Date the acquisition was announced.'),
        })
        .optional()
        .describe('Only for acquired companies: who bought it ({ company: slug } or { investor: slug }).'),
      summary: localized('summary', 220).describe('One line about the company, in English and Spanish.'),
      aiAct: companyAiActSchema(),
      sources: sources('company'),
      checked: checked(),
    })
    .superRefine((c, ctx) => {
      if ((c.status === 'acquired' || c.status === 'being-acquired') && !c.acquisition) {
        ctx.addIssue({ code: 'custom', path: ['acquisition'], message: `status is "${c.status}": add acquisition: { by: { company: <slug> } or { investor: <slug> } }` });
      }
      if (c.status !== 'acquired' && c.status !== 'being-acquired' && c.acquisition) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'an acquisition is given, so status must be "acquired" (or "being-acquired" while the deal is announced but not closed)' });
      }
    });
}
