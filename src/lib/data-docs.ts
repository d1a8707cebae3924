/** What each open-data field means: the schema's own description where there is one. */
import { plainRef } from '../schemas/common.ts';
import { makeSchemas } from '../schemas/index.ts';
import { rateSchema } from '../schemas/rate.ts';

const EXTRA: Record<string, string> = {
  slug: "The record's id: its file name in content/ and its URL segment.",
  acquiredBy: 'For acquired companies: the buyer, as companies/<slug> or investors/<slug>.',
  acquisitionDate: 'Date the acquisition was announced.',
  language: 'Language of the article (en or es).',
  corrections: 'Number of corrections the article makes to a report it builds on.',
  regulation: 'The regulation or review the milestone belongs to (slug).',
  date: 'Date, YYYY-MM-DD.',
  what: 'What happens on that date, in English and Spanish.',
  rate: 'Units of the currency per 1 euro (ECB euro reference rate).',
  currency: 'ISO 4217 currency code.',
  sources: 'Where the facts come from: URL, publisher, title and publication date (CSV: URLs).',
};

const shapes = (() => {
  const s = makeSchemas(plainRef);
  const shapeOf = (schema: unknown): Record<string, { description?: string }> =>
    ((schema as { shape?: Record<string, { description?: string }> }).shape ?? {});
  return {
    companies: shapeOf(s.companies), people: shapeOf(s.people), investors: shapeOf(s.investors), funding: shapeOf(s.funding),
    models: shapeOf(s.models), regulations: shapeOf(s.regulations), glossary: shapeOf(s.glossary), articles: shapeOf(s.articles),
    milestones: {}, 'ecb-rates': shapeOf(rateSchema),
  } as Record<string, Record<string, { description?: string }>>;
})();

export function describeField(dataset: string, field: string): string {
  return shapes[dataset]?.[field]?.description ?? EXTRA[field] ?? '';
}
