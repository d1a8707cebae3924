import { z } from 'astro/zod';
import { checked, httpUrl, isoDate, localized, sources, type RefFactory } from './common.ts';

/**
 * Who an obligation of the AI Act falls on. The Atlas links companies and models to obligations
 * through these roles (src/domain/ai-act.ts), never by guessing a company's risk category.
 */
export const OBLIGATION_ROLES = [
  'ai-operators', // every provider and deployer of an AI system
  'gpai-providers', // providers of general-purpose AI models
  'gpai-systemic-risk-providers', // providers of general-purpose AI models with systemic risk
  'open-weight-gpai-providers', // providers releasing a model under a free and open-source licence
  'high-risk-operators', // providers and deployers of high-risk AI systems
  'ai-system-providers-deployers', // providers and deployers of AI systems that talk to people or generate content
] as const;
export type ObligationRole = (typeof OBLIGATION_ROLES)[number];

/** "Article 53(1)(a)", "Article 5(1)(ba)", "Annex XI", "Recital 104": how the Official Journal numbers its parts. */
export const PROVISION_RE = /^(Article \d+[a-z]?(\(\d+[a-z]?\))?(\([a-z]+\))?|Annex [IVX]+|Recital \d+)$/;

export function makeObligationSchema(ref: RefFactory) {
  return z
    .strictObject({
      name: localized('name', 120).describe('The obligation, in a few words.'),
      regulation: ref('regulations').describe('The law it comes from (slug), e.g. eu-ai-act.'),
      provisions: z
        .array(z.string().regex(PROVISION_RE, 'provisions must be written like "Article 53(1)(a)", "Annex XI" or "Recital 104"'))
        .min(1, 'cite at least one article of the regulation')
        .describe('The articles, annexes and recitals it rests on, e.g. "Article 53(1)(a)".'),
      concerns: z.enum(OBLIGATION_ROLES, { error: `concerns must be one of: ${OBLIGATION_ROLES.join(', ')}` }).describe('Who it falls on.'),
      applies: isoDate({ allowFuture: true }).describe('The date it applies from in the law as adopted, YYYY-MM-DD.'),
      amended: z
        .strictObject({
          applies: isoDate({ allowFuture: true }).describe('The date it applies from after the amendment, YYYY-MM-DD.'),
          by: localized('amendment', 300).describe('Which amendment moved the date, and for whom.'),
          sources: sources('amended date'),
        })
        .optional()
        .describe('Only when a later act moved the date: the new date, the amendment and its sources. Both dates are shown.'),
      summary: localized('summary', 300).describe('One or two lines: what it asks.'),
      explanation: localized('explanation', 1200).describe('A plain-language explanation: what it asks, of whom, and its limits.'),
      sources: sources('obligation'),
      checked: checked(),
    })
    .superRefine((o, ctx) => {
      if (o.provisions.every((p) => PROVISION_RE.test(p)) && !o.provisions.some((p) => p.startsWith('Article '))) ctx.addIssue({ code: 'custom', path: ['provisions'], message: 'cite at least one article (e.g. "Article 53(1)(a)"), not only annexes or recitals' });
      if (o.amended && o.amended.applies.getTime() === o.applies.getTime()) ctx.addIssue({ code: 'custom', path: ['amended', 'applies'], message: 'amended.applies is the same as applies: leave amended out when the date did not move' });
    });
}

/** What a model's maker has said or published about the model under the AI Act. */
export function modelAiActSchema() {
  return z
    .strictObject({
      trainingSummary: z
        .strictObject({
          url: httpUrl.describe("The provider's public summary of training content (Article 53(1)(d))."),
          updated: isoDate().optional().describe('The date the summary shows, when it shows one.'),
          sources: sources('training-content summary'),
        })
        .optional()
        .describe("The provider's public summary of the content used to train the model, which the Act asks of general-purpose models."),
      openSource: z
        .strictObject({
          verdict: z.enum(['qualifies', 'does-not-qualify', 'unclear'], { error: 'verdict must be qualifies, does-not-qualify or unclear' }),
          why: localized('reason', 500).describe("The licence's terms that decide it, quoted or closely paraphrased, and what is unsettled."),
          sources: sources('licence reading'),
        })
        .optional()
        .describe('Only for licences that are not a standard open licence: whether the open-source exemption can apply, and why.'),
    })
    .optional()
    .describe('The AI Act as it concerns this model: what its maker has published. Leave out what is not public.');
}

export const COMMITMENT_KINDS = ['code-of-practice', 'code-of-practice-chapter', 'ai-pact', 'pause-letter', 'certification', 'training-summary'] as const;

/** What a company has publicly done about the AI Act: signatures, letters, certifications. */
export function companyAiActSchema() {
  return z
    .strictObject({
      commitments: z
        .array(
          z.strictObject({
            kind: z.enum(COMMITMENT_KINDS, { error: `kind must be one of: ${COMMITMENT_KINDS.join(', ')}` }),
            date: isoDate().optional().describe('When it was signed or announced, when a source gives the day.'),
            what: localized('commitment', 400).describe('What the company did, in one or two sentences.'),
            sources: sources('commitment'),
          }),
        )
        .min(1, 'list at least one commitment, or leave aiAct out')
        .describe('Public steps, each with its sources.'),
    })
    .optional()
    .describe('The AI Act as it concerns this company: its public commitments. Leave out what is not public.');
}
