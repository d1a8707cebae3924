/** Minimal valid entries per collection; each test overrides one field to break it. */
const source = { url: 'https://example.com/news/1', publisher: 'Example News', kind: 'press', title: 'A headline', published: '2023-12-11' };
const text = { en: 'English text.', es: 'Texto en español.' };

export const makeMinimal = {
  companies: (o: Record<string, unknown> = {}) => ({
    name: 'Example AI', country: 'FR', city: 'Paris', founded: '2023-04', founders: ['jane-doe'],
    sectors: ['foundation-models'], website: 'https://example.com', status: 'active', summary: text, sources: [source], ...o,
  }),
  people: (o: Record<string, unknown> = {}) => ({ name: 'Jane Doe', roles: [text], affiliations: ['example-ai'], ...o }),
  investors: (o: Record<string, unknown> = {}) => ({ name: 'Example Ventures', kind: 'venture', country: 'US', summary: text, ...o }),
  funding: (o: Record<string, unknown> = {}) => ({
    company: 'example-ai', announced: '2023-12-11', stage: 'series-a', amount: { value: 385000000, currency: 'EUR' },
    leadInvestors: ['example-ventures'], investors: [], instrument: 'equity', sources: [source], ...o,
  }),
  models: (o: Record<string, unknown> = {}) => ({
    name: 'Example 7B', company: 'example-ai', released: '2023-09-27', licence: { spdx: 'Apache-2.0' }, openWeights: true,
    modalities: ['text'], languages: ['en'], summary: text, sources: [source], ...o,
  }),
  regulations: (o: Record<string, unknown> = {}) => ({
    name: text, shortName: text, jurisdiction: 'EU', type: 'regulation', url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    status: 'in-force', summary: text, companies: ['example-ai'],
    milestones: [{ date: '2024-08-01', what: text, sources: [source] }], sources: [source], ...o,
  }),
  obligations: (o: Record<string, unknown> = {}) => ({
    name: text, regulation: 'example-act', provisions: ['Article 53(1)(a)'], concerns: 'gpai-providers', applies: '2025-08-02',
    summary: text, explanation: text, sources: [source], ...o,
  }),
  glossary: (o: Record<string, unknown> = {}) => ({ term: text, definition: text, related: { glossary: ['other-term'] }, ...o }),
  articles: (o: Record<string, unknown> = {}) => ({
    title: 'A title', description: 'A description.', published: '2024-02-28', author: 'Atlas editors',
    related: { companies: ['example-ai'] }, tags: ['partnerships'], sources: [source], ...o,
  }),
};
export const minimalSource = source;
