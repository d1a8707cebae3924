import { z } from 'astro/zod';
import { checked, isoDate, relatedSchema, sourceSchema, sources, type RefFactory } from './common.ts';

export const correctionSchema = z.strictObject({
  claim: z.string().min(1).describe('What the report we build on said.'),
  correction: z.string().min(1).describe('What the sources show instead.'),
  sources: sources('correction'),
});

export function makeArticleSchema(ref: RefFactory) {
  return z
    .strictObject({
      title: z.string().min(1).max(140).describe('Headline.'),
      description: z.string().min(1).max(300).describe('One or two sentences for search results and feeds.'),
      published: isoDate().describe('Publication date, YYYY-MM-DD.'),
      updated: isoDate().optional().describe('Date of the last substantive update.'),
      author: z.string().min(1).describe('Byline.'),
      related: relatedSchema(ref).default({}).describe('Every record the article mentions, as slugs per collection: those pages link back to it.'),
      tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase words joined by hyphens')).default([]).describe('Topics, as lowercase words joined by hyphens.'),
      draft: z.boolean().default(false).describe('Drafts are left out of production builds.'),
      corrections: z.array(correctionSchema).default([]).describe('Facts a report this article builds on got wrong: the claim, the correction and its sources.'),
      sources: z.array(sourceSchema).min(1, 'an article needs at least one source').describe('Every source the article relies on.'),
      checked: checked(),
    })
    .superRefine((a, ctx) => {
      if (a.updated && a.updated < a.published) ctx.addIssue({ code: 'custom', path: ['updated'], message: 'updated is before published' });
    });
}
