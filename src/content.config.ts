/**
 * The content layer: one collection per folder of content/. The schemas live in src/schemas/
 * (one file per entity, every field described for editors); here they are bound to Astro's
 * loaders and `reference()`. Dangling references are made fatal in src/lib/atlas.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import type { RefFactory } from './schemas/common.ts';
import { makeCompanySchema } from './schemas/company.ts';
import { makePersonSchema } from './schemas/person.ts';
import { investorSchema } from './schemas/investor.ts';
import { makeFundingSchema } from './schemas/funding.ts';
import { makeModelSchema } from './schemas/model.ts';
import { makeRegulationSchema } from './schemas/regulation.ts';
import { makeGlossarySchema } from './schemas/glossary.ts';
import { makeArticleSchema } from './schemas/article.ts';
import { rateSchema } from './schemas/rate.ts';

const ref = reference as unknown as RefFactory;
const yamlIn = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `./content/${folder}` });
/** Records with an English MDX body; `<slug>.es.mdx` siblings go to the `translations` collection. */
const mdxIn = (folder: string) => glob({ pattern: ['*.mdx', '!*.es.mdx'], base: `./content/${folder}` });

export const collections = {
  companies: defineCollection({ loader: mdxIn('companies'), schema: makeCompanySchema(ref) }),
  people: defineCollection({ loader: yamlIn('people'), schema: makePersonSchema(ref) }),
  investors: defineCollection({ loader: yamlIn('investors'), schema: investorSchema }),
  funding: defineCollection({ loader: yamlIn('funding'), schema: makeFundingSchema(ref) }),
  models: defineCollection({ loader: yamlIn('models'), schema: makeModelSchema(ref) }),
  regulations: defineCollection({ loader: mdxIn('regulations'), schema: makeRegulationSchema(ref) }),
  glossary: defineCollection({ loader: yamlIn('glossary'), schema: makeGlossarySchema(ref) }),
  articles: defineCollection({
    loader: glob({ pattern: '{en,es}/*.mdx', base: './content/articles' }),
    schema: ({ image }) => makeArticleSchema(ref, image),
  }),
  /** ECB euro reference rates, used only where amounts in different currencies are added up. */
  rates: defineCollection({
    loader: file('./content/data/ecb-rates.yaml', {
      parser: (text) => {
        const doc = parseYaml(text) as { rates?: { date: unknown; currency: string }[] };
        // Keyed by "<date>-<currency>": an object, so the key does not end up in the data.
        return Object.fromEntries((doc.rates ?? []).map((r) => [`${String(r.date).slice(0, 10)}-${r.currency}`, r]));
      },
    }),
    schema: rateSchema,
  }),
  /** Site pages written as MDX, one per language (about: methodology, sources, corrections). */
  pages: defineCollection({
    loader: glob({ pattern: '{en,es}/*.mdx', base: './content/pages' }),
    schema: z.strictObject({ title: z.string().min(1), description: z.string().min(1) }),
  }),
  /** Spanish bodies of company profiles and regulation explainers; id = `companies/<slug>`. */
  translations: defineCollection({
    loader: glob({
      pattern: ['companies/*.es.mdx', 'regulations/*.es.mdx'],
      base: './content',
      generateId: ({ entry }) => entry.replace(/\.es\.mdx$/, ''),
    }),
    schema: z.strictObject({}),
  }),
};
