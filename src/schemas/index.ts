/** All collection schemas, bound to one way of making references (Astro's, or plain for tests). */
import type { RefFactory } from './common.ts';
import { makeCompanySchema } from './company.ts';
import { makePersonSchema } from './person.ts';
import { investorSchema } from './investor.ts';
import { makeFundingSchema } from './funding.ts';
import { makeModelSchema } from './model.ts';
import { makeRegulationSchema } from './regulation.ts';
import { makeGlossarySchema } from './glossary.ts';
import { makeArticleSchema } from './article.ts';

export function makeSchemas(ref: RefFactory) {
  return {
    companies: makeCompanySchema(ref),
    people: makePersonSchema(ref),
    investors: investorSchema,
    funding: makeFundingSchema(ref),
    models: makeModelSchema(ref),
    regulations: makeRegulationSchema(ref),
    glossary: makeGlossarySchema(ref),
    articles: makeArticleSchema(ref),
  };
}
export type Schemas = ReturnType<typeof makeSchemas>;
