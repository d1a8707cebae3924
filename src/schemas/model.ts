import { z } from 'astro/zod';
import { checked, isoDate, localized, sources, type RefFactory, recordName } from './common.ts';
import { modelAiActSchema } from './obligation.ts';
import { needsLicenceReading } from '../domain/ai-act.ts';

export const MODALITIES = ['text', 'image', 'audio', 'video', 'code', 'embeddings'] as const;

/** SPDX licence ids look like Apache-2.0, MIT, CC-BY-NC-4.0: letters, digits, dots, hyphens, pluses. */
const SPDX_RE = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

export function makeModelSchema(ref: RefFactory) {
  return z
    .strictObject({
      name: recordName("the model name").describe('Model name as its maker writes it.'),
      company: ref('companies').describe('The company that made it (slug).'),
      released: isoDate().describe('Release or announcement date, YYYY-MM-DD.'),
      licence: z
        .union([
          z.strictObject({ spdx: z.string().regex(SPDX_RE, 'spdx must be an SPDX licence id such as Apache-2.0') }),
          z.strictObject({ proprietary: z.string().min(1) }),
        ], { error: 'licence must be { spdx: <SPDX id, e.g. Apache-2.0> } or { proprietary: <licence name> }' })
        .describe('Open licence by SPDX id, or the name of the proprietary licence.'),
      openWeights: z.boolean({ error: 'openWeights must be true or false' }).describe('Can anyone download the weights?'),
      parameters: z.number().int().positive('parameters must be a positive whole number, e.g. 7300000000').optional().describe('Parameter count, only when the maker published it.'),
      contextWindow: z.number().int().positive('contextWindow must be a positive whole number of tokens, e.g. 32768').optional().describe('Context window in tokens, only when published.'),
      modalities: z.array(z.enum(MODALITIES, { error: `modality must be one of: ${MODALITIES.join(', ')}` })).min(1).describe('What the model takes in or puts out.'),
      languages: z
        .array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'languages must be BCP 47 codes such as en, fr, es'))
        .default([])
        .describe('Languages the maker says it supports (BCP 47 codes).'),
      summary: localized('summary', 300).describe('One or two lines about the model.'),
      aiAct: modelAiActSchema(),
      sources: sources('model'),
      checked: checked(),
    })
    .superRefine((m, ctx) => {
      if (needsLicenceReading(m.licence, m.openWeights) && !m.aiAct?.openSource) {
        const name = 'spdx' in m.licence ? m.licence.spdx : m.licence.proprietary;
        ctx.addIssue({ code: 'custom', path: ['aiAct', 'openSource'], message: `open weights under "${name}", which is not a standard open licence: add aiAct.openSource { verdict: qualifies | does-not-qualify | unclear, why: { en, es }, sources } saying whether the AI Act's open-source exemption can apply` });
      }
      if ('spdx' in m.licence && !m.openWeights) {
        ctx.addIssue({ code: 'custom', path: ['openWeights'], message: 'an open (SPDX) licence implies openWeights: true; use { proprietary: … } for closed models' });
      }
    });
}
