/**
 * Search quality against the built index, through the search page's own pipeline
 * (src/search/rank.ts over Pagefind's results and /search/records.json): ranking, every filter,
 * sorting, both languages.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST } from '../../scripts/lib/site.ts';
import { facetCounts } from '../../src/search/rank.ts';
import { pagefindFor } from '../../src/search/pagefind-node.ts';
import { rankedSearch, searchRecords } from '../helpers/search.ts';

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
    expect((await rankedSearch('en', 'Aleph Alpha'))[0]).toBe('/companies/aleph-alpha/');
  });
  test('every record page is known to the records file by its Pagefind id', async () => {
    const pf = await pagefindFor(DIST, 'en');
    const ids = new Set((await pf.search(null)).results.map((r) => r.id));
    const pages = searchRecords('en').filter((r) => !r.url.includes('#'));
    expect(pages.length).toBeGreaterThan(100);
    for (const r of pages) expect(r.pf && ids.has(r.pf), r.url).toBe(true);
  });
});

describe('filters', () => {
  const byUrl = (lang: 'en' | 'es') => new Map(searchRecords(lang).map((r) => [r.url, r]));
  test('record type', async () => {
    const hits = await rankedSearch('en', 'Mistral', { filters: { type: ['Model'] } }, 50);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.startsWith('/models/')), hits.join()).toBe(true);
  });
  test('country', async () => {
    const hits = await rankedSearch('en', 'AI', { filters: { country: ['Germany'], type: ['Company'] } }, 50);
    expect(hits).toContain('/companies/aleph-alpha/');
    expect(hits).not.toContain('/companies/mistral-ai/');
    expect(hits.every((h) => byUrl('en').get(h)?.facets.country === 'Germany')).toBe(true);
  });
  test('sector', async () => {
    const hits = await rankedSearch('en', 'AI', { filters: { sector: ['Defence'] } }, 50);
    expect(hits).toContain('/companies/helsing/');
    expect(hits).not.toContain('/companies/mistral-ai/');
  });
  test('year and stage, for funding rounds', async () => {
    expect(await rankedSearch('en', 'Mistral', { filters: { year: ['2023'], stage: ['Series A'] } }, 50)).toEqual(['/funding/mistral-ai-series-a-2023/']);
  });
  test('Spanish filter values are in Spanish', async () => {
    const hits = await rankedSearch('es', 'Mistral', { filters: { type: ['Empresa'] } }, 50);
    expect(hits[0]).toBe('/es/companies/mistral-ai/');
    for (const h of hits) expect(h).toMatch(/^\/es\/companies\/[a-z0-9-]+\/$/);
  });
  test('every filter has values with counts', () => {
    const counts = facetCounts(searchRecords('en'));
    for (const key of ['type', 'country', 'sector', 'year', 'stage'] as const) expect(counts[key].size, key).toBeGreaterThan(0);
    expect(counts.type.get('Company')).toBeGreaterThanOrEqual(12);
  });
});

describe('sorting by date', () => {
  test('newest first, and no name is pinned out of order', async () => {
    const hits = await rankedSearch('en', 'Mistral', { sort: 'date', filters: { type: ['Funding round'] } }, 20);
    const dates = hits.map((u) => searchRecords('en').find((r) => r.url === u)?.date ?? '');
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(hits.at(-1)).toBe('/funding/mistral-ai-seed-2023/');
  });
});

describe('Spanish search', () => {
  test('an accent-less query finds accented words', async () => {
    expect((await rankedSearch('es', 'regulacion')).length).toBeGreaterThan(0);
    const pf = await pagefindFor(DIST, 'es');
    const hits = await Promise.all((await pf.search('inversion')).results.slice(0, 20).map((r) => r.data()));
    expect(hits.some((h) => /inversi[oó]n/i.test(h.excerpt + (h.meta.title ?? '')))).toBe(true);
  });
});
