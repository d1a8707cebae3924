/**
 * Search quality against the built index, through the search page's own pipelines: a first query
 * (the main bundle, name lists and result shards: src/search/shards.ts) and the full search once
 * the reader filters or sorts (src/search/rank.ts over both bundles and /search/records.json):
 * ranking, every filter, sorting, both languages; and the files a first query reads.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST } from '../../scripts/lib/site.ts';
import { facetCounts } from '../../src/search/rank.ts';
import { pagefindFor } from '../../src/search/pagefind-node.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localePath } from '../../src/i18n/index.ts';
import { bundleOf, MORE_SEGMENTS } from '../../src/search/bundles.ts';
import { NAME_CAP, nameBucket, nameWords, shardKey, type NameList, type ShownRecord } from '../../src/search/shards.ts';
import { quickSearch, rankedSearch, searchRecords } from '../helpers/search.ts';

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
  ] as const)('%s: "%s" → %s, in a first query and once filters are open', async (lang, q, first) => {
    expect((await quickSearch(lang, q))[0]).toBe(first);
    expect((await rankedSearch(lang, q))[0]).toBe(first);
  });
  test('names weigh more than body text: the company outranks pages that merely mention it', async () => {
    expect((await quickSearch('en', 'Aleph Alpha'))[0]).toBe('/companies/aleph-alpha/');
    expect((await rankedSearch('en', 'Aleph Alpha'))[0]).toBe('/companies/aleph-alpha/');
  });
  test('a first query shows every result as its record, and finds rounds, investors and people by name', async () => {
    const hits = await quickSearch('en', 'Mistral', 80);
    // Index pages too have a shard entry: no result is left to its Pagefind fragment.
    expect(hits.filter((h) => h.startsWith('pagefind:'))).toEqual([]);
    expect(hits.length).toBeGreaterThan(20);
    expect(hits.slice(0, 3)).toContain('/companies/mistral-ai/');
    // Funding rounds are in the `more` bundle: a first query finds them by name only.
    expect((await quickSearch('en', 'Mistral AI Series A'))[0]).toBe('/funding/mistral-ai-series-a-2023/');
    expect((await quickSearch('es', 'Arthur Mensch'))[0]).toBe('/es/people/arthur-mensch/');
  });
  test('every record page is known to the records file by its Pagefind id', async () => {
    const pf = await pagefindFor(DIST, 'en');
    const ids = new Set((await pf.search(null)).results.map((r) => r.id));
    const pages = searchRecords('en').filter((r) => !r.url.includes('#'));
    expect(pages.length).toBeGreaterThan(100);
    for (const r of pages) expect(r.pf && ids.has(r.pf), r.url).toBe(true);
  });
});

describe('the files of a first query', () => {
  test('record pages of rounds, investors and people are in the `more` bundle, every other page in `main`, none in both', async () => {
    const main = new Set((await (await pagefindFor(DIST, 'en', ['main'])).search(null)).results.map((r) => r.id));
    const more = new Set((await (await pagefindFor(DIST, 'en', ['more'])).search(null)).results.map((r) => r.id));
    expect(MORE_SEGMENTS).toEqual(['funding', 'investors', 'people']);
    const pages = searchRecords('en').filter((r) => !r.url.includes('#'));
    for (const r of pages) {
      const inMain = main.has(r.pf ?? '');
      expect([inMain, more.has(r.pf ?? '')], r.url).toEqual(bundleOf(r.url) === 'more' ? [false, true] : [true, false]);
    }
    expect(pages.filter((r) => bundleOf(r.url) === 'more').length).toBeGreaterThan(300);
    expect(bundleOf('/funding/')).toBe('main');
    expect(bundleOf('/es/funding/page/2/')).toBe('main');
  });
  test.each(['en', 'es'] as const)('%s: every page of the main bundle is in its result shard, and in no other', (lang) => {
    const dir = path.join(DIST, localePath(lang, '/search/r'));
    const seen = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const shard = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ShownRecord[];
      for (const r of shard) {
        expect(shardKey(r.pf), r.url).toBe(f.replace('.json', ''));
        expect(r.title && r.type && r.url.startsWith(localePath(lang, '/')), r.url).toBeTruthy();
        seen.add(r.url);
      }
    }
    const pages = searchRecords(lang).filter((r) => !r.url.includes('#'));
    // Every record page a first query can return (the main bundle's), and the indexed pages that
    // are no record (index and place pages), by their title; the other bundle's come as pins.
    expect(pages.filter((r) => bundleOf(r.url) === 'main' && !seen.has(r.url)).map((r) => r.url)).toEqual([]);
    expect(pages.filter((r) => bundleOf(r.url) === 'more' && seen.has(r.url)).map((r) => r.url)).toEqual([]);
    expect(seen.has(localePath(lang, '/countries/fr/'))).toBe(true);
  });
  test.each(['en', 'es'] as const)('%s: every record is in the name list of each word of its name, or that list says it was cut', (lang) => {
    const buckets = new Map<string, Record<string, NameList>>();
    const bucket = (w: string) => {
      const b = nameBucket(w);
      if (!buckets.has(b)) buckets.set(b, JSON.parse(readFileSync(path.join(DIST, localePath(lang, `/search/n/${b}.json`)), 'utf8')) as Record<string, NameList>);
      return buckets.get(b)![w];
    };
    for (const r of searchRecords(lang)) {
      for (const w of nameWords(r.title)) {
        const list = bucket(w);
        expect(list, `${r.title}: "${w}"`).toBeDefined();
        expect(list!.r.length).toBeLessThanOrEqual(NAME_CAP);
        if (list!.c) expect(list!.r.map((x) => x.url), `${r.title}: "${w}"`).toContain(r.url);
        else expect(list!.r.length).toBe(NAME_CAP);
      }
    }
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
