/** Search quality against the built index: ranking, every filter, sorting, both languages. */
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt } from './helpers/site.ts';
import { pagefindFor, search } from './helpers/pagefind.ts';
import { rankedSearch } from './helpers/ranked.ts';

beforeAll(() => assertBuilt());

describe('ranking: an exact name or title comes first', () => {
  test.each([
    ['en', 'Mistral', '/companies/mistral-ai/'],
    ['en', 'AI Act', '/regulation/eu-ai-act/'],
    ['en', 'Microsoft', '/investors/microsoft/'],
    ['en', 'mistral 7b', '/models/mistral-7b/'],
    ['es', 'Mistral', '/es/companies/mistral-ai/'],
    ['es', 'Microsoft', '/es/investors/microsoft/'],
    ['es', 'timothee lacroix', '/es/people/timothee-lacroix/'],
  ] as const)('%s: "%s" → %s', async (lang, q, first) => {
    expect((await rankedSearch(lang, q))[0]).toBe(first);
  });
  test('names weigh more than body text: the company outranks pages that merely mention it', async () => {
    const ranked = await rankedSearch('en', 'Aleph Alpha');
    expect(ranked[0]).toBe('/companies/aleph-alpha/');
  });
});

describe('filters', () => {
  const only = async (lang: 'en' | 'es', q: string, filters: Record<string, string[]>, meta: string, expected: string[]) => {
    const hits = await search(lang, q, { filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])) }, 50);
    expect(hits.length, JSON.stringify(filters)).toBeGreaterThan(0);
    for (const h of hits) expect(expected, h.url).toContain(h.meta[meta] ?? h.filters[meta]?.[0]);
    return hits;
  };
  test('record type', async () => {
    const hits = await only('en', 'Mistral', { type: ['Model'] }, 'type', ['Model']);
    expect(hits.every((h) => h.url.startsWith('/models/'))).toBe(true);
  });
  test('country', async () => {
    const hits = await search('en', 'AI', { filters: { country: { any: ['Germany'] }, type: { any: ['Company'] } } }, 50);
    expect(hits.map((h) => h.url)).toContain('/companies/aleph-alpha/');
    expect(hits.map((h) => h.url)).not.toContain('/companies/mistral-ai/');
  });
  test('sector', async () => {
    const hits = await search('en', 'AI', { filters: { sector: { any: ['Defence'] } } }, 50);
    expect(hits.map((h) => h.url)).toContain('/companies/helsing/');
    expect(hits.map((h) => h.url)).not.toContain('/companies/mistral-ai/');
  });
  test('year and stage, for funding rounds', async () => {
    const hits = await search('en', 'Mistral', { filters: { year: { any: ['2023'] }, stage: { any: ['Series A'] } } }, 50);
    expect(hits.map((h) => h.url)).toEqual(['/funding/mistral-ai-series-a-2023/']);
  });
  test('Spanish filter values are in Spanish', async () => {
    const hits = await search('es', 'Mistral', { filters: { type: { any: ['Empresa'] } } }, 50);
    expect(hits.map((h) => h.url)).toEqual(['/es/companies/mistral-ai/']);
  });
  test('every filter reports result counts', async () => {
    const pf = await pagefindFor('en');
    const all = await pf.filters();
    for (const key of ['type', 'country', 'sector', 'year', 'stage']) {
      expect(Object.keys(all[key] ?? {}).length, key).toBeGreaterThan(0);
      expect(Object.values(all[key]!).every((n) => n > 0), key).toBe(true);
    }
    expect(all.type!['Company']).toBeGreaterThanOrEqual(12);
  });
});

describe('sorting by date', () => {
  test('newest first', async () => {
    const hits = await search('en', 'Mistral', { sort: { date: 'desc' }, filters: { type: { any: ['Funding round'] } } }, 20);
    const dates = hits.map((h) => h.url);
    expect(dates[0]).toBe('/funding/mistral-ai-debt-2026/');
    expect(dates.at(-1)).toBe('/funding/mistral-ai-seed-2023/');
  });
});

describe('Spanish search', () => {
  test('an accent-less query finds accented words', async () => {
    expect((await rankedSearch('es', 'regulacion')).length).toBeGreaterThan(0);
    const hits = await search('es', 'inversion', {}, 20);
    expect(hits.some((h) => /inversi[oó]n/i.test(h.excerpt + (h.meta.title ?? '')))).toBe(true);
  });
});
