/** The search page's pure parts: filters and counts over records, the result order, URL state. */
import { describe, expect, test } from 'vitest';
import { arrange, facetCounts, passes, recordsById, unknownKey } from '../../src/search/rank.ts';
import { searchRecords } from '../../src/search/records.ts';
import { fixtureAtlas } from '../helpers/fixture.ts';

const records = searchRecords(fixtureAtlas(), 'en').flatMap((g) => g.records);
// Stand-ins for Pagefind result ids, as the build adds them.
records.forEach((r, i) => (r.pf = `en_${i}`));
const byPf = recordsById(records);
const id = (url: string) => records.find((r) => r.url === url)?.pf ?? '';

describe('filters', () => {
  test('any chosen value within a facet, every chosen facet', () => {
    const round = records.find((r) => r.url === '/funding/acme-ai-seed-2024/');
    expect(round?.facets).toMatchObject({ type: 'Funding round', stage: 'Seed', year: '2024', country: 'France', sector: ['Foundation models'] });
    if (!round) return;
    expect(passes(round.facets, { stage: ['Seed', 'Series A'] })).toBe(true);
    expect(passes(round.facets, { stage: ['Seed'], country: ['Germany'] })).toBe(false);
    expect(passes(round.facets, {})).toBe(true);
  });
  test('counts every value of every facet', () => {
    const counts = facetCounts(records);
    expect(counts.type.get('Company')).toBe(2);
    expect(counts.country.get('France')).toBeGreaterThanOrEqual(2);
  });
});

describe('result order', () => {
  const engine = ['/models/acme-1/', '/funding/acme-ai-seed-2024/', '/companies/acme-ai/'].map(id);
  test('names matching the query are pinned before the engine order, without duplicates', () => {
    // "Acme AI" (exact) and "Seed of Acme AI" (contains it) are pinned; the model follows.
    expect(arrange('Acme AI', engine, records, byPf, { filters: {}, sort: 'relevance' })).toEqual(['/companies/acme-ai/', '/funding/acme-ai-seed-2024/', '/models/acme-1/']);
  });
  test('filters drop results (and pages with no record); unfiltered, such a page keeps its Pagefind id', () => {
    expect(arrange('acme', [...engine, 'en_about'], records, byPf, { filters: { type: ['Model'] }, sort: 'relevance' })).toEqual(['/models/acme-1/']);
    expect(arrange('zzz', [...engine, 'en_about'], records, byPf, { filters: {}, sort: 'relevance' }).at(-1)).toBe(unknownKey('en_about'));
  });
  test('sorting by date: newest first and nothing pinned', () => {
    expect(arrange('Acme AI', engine, records, byPf, { filters: {}, sort: 'date' })).toEqual(['/models/acme-1/', '/funding/acme-ai-seed-2024/', '/companies/acme-ai/']);
  });
});

describe('URL state', () => {
  test('query, sort and filters round-trip through the URL', async () => {
    const { readState, writeState } = await import('../../src/search/state.ts');
    const state = { q: 'mistral ai', sort: 'date' as const, filters: { type: ['Company'], country: ['France', 'Germany'] } };
    const url = writeState(new URL('https://x.example/es/search/?old=1'), state);
    expect(url.pathname + url.search).toBe('/es/search/?q=mistral+ai&sort=date&type=Company&country=France&country=Germany');
    expect(readState(url)).toEqual(state);
    expect(readState(new URL('https://x.example/search/?sort=nonsense&stage='))).toEqual({ q: '', sort: 'relevance', filters: {} });
  });
});
