/** The small files of a first query (src/search/shards.ts) and which bundle a page is in (src/search/bundles.ts). */
import { describe, expect, test } from 'vitest';
import { bundleGlobs, bundleOf } from '../../src/search/bundles.ts';
import { NAME_CAP, nameBucket, nameBuckets, pinsFrom, quickOrder, resultShards, shardKey, type ShownRecord } from '../../src/search/shards.ts';

const rec = (title: string, url: string, pf: string, kind = 'company', priority = 8): ShownRecord => ({ title, url, kind, priority, type: kind, pf });

describe('result shards', () => {
  test('a result id files under its first two hex digits; anything else is refused', () => {
    expect(shardKey('en_3a4b5c6')).toBe('3a');
    expect(shardKey('es_0f00000')).toBe('0f');
    expect(() => shardKey('en_zz12345')).toThrow(/not a Pagefind result id/);
  });
  test('every page record lands in exactly its shard; anchors (which share their page) do not', () => {
    const shards = resultShards([rec('A', '/a/', 'en_aa00001'), rec('B', '/b/', 'en_aa00002'), rec('C', '/c/', 'en_0100003'), rec('Term', '/glossary/#t', 'en_aa00009', 'glossary')]);
    expect([...shards.keys()].sort()).toEqual(['01', 'aa']);
    expect(shards.get('aa')!.map((r) => r.url)).toEqual(['/a/', '/b/']);
  });
});

describe('name lists and pins', () => {
  test('buckets are spread and stable', () => {
    expect(nameBucket('mistral')).toBe(nameBucket('mistral'));
    expect(nameBucket('mistral')).toMatch(/^[0-9a-f]{2}$/);
    const buckets = new Set(Array.from({ length: 2000 }, (_, i) => nameBucket(`word${i}`)));
    expect(buckets.size).toBeGreaterThan(240);
  });
  test('a word with more names than NAME_CAP keeps the best pins for it and says it was cut', () => {
    const many = Array.from({ length: NAME_CAP + 10 }, (_, i) => rec(`Company ${i} Holdings`, `/c${i}/`, `en_${(i + 256).toString(16).padStart(7, '0')}`));
    const exact = rec('Company', '/company/', 'en_fff0000');
    const lists = nameBuckets([...many, exact]);
    const company = lists.get(nameBucket('company'))!.company!;
    expect(company.c).toBe(false);
    expect(company.r).toHaveLength(NAME_CAP);
    expect(company.r[0]!.url).toBe('/company/');
    const seven = lists.get(nameBucket('7'))!['7']!;
    expect(seven).toEqual({ c: true, r: [expect.objectContaining({ url: '/c7/' })] });
  });
  test('pins come from a complete list when a query word has one, so a cut list hides no name', () => {
    const target = rec('Mistral 7B', '/models/mistral-7b/', 'en_1000000', 'model', 5);
    const cut = { c: false, r: Array.from({ length: NAME_CAP }, (_, i) => rec(`Mistral thing ${i}`, `/m${i}/`, `en_2${String(i).padStart(6, '0')}`)) };
    const complete = { c: true, r: [target, rec('Mathstral 7B', '/models/mathstral-7b/', 'en_3000000', 'model', 5)] };
    expect(pinsFrom('mistral 7b', [cut, complete])[0]).toEqual(target);
    // With no complete list, the cut ones are all there is.
    expect(pinsFrom('mistral thing 3', [cut]).map((r) => r.url)).toEqual(['/m3/']);
    // A word no name has: nothing to pin.
    expect(pinsFrom('qxjwvk', [{ c: true, r: [] }])).toEqual([]);
  });
  test('the first order puts pins first and drops their page from Pagefind\'s results; a pinned anchor does not hide its page', () => {
    const pin = rec('Mistral AI', '/companies/mistral-ai/', 'en_aaaaaaa');
    const term = rec('Open weights', '/glossary/#open-weights', 'en_bbbbbbb', 'glossary');
    expect(quickOrder([pin, term], ['en_ccccccc', 'en_aaaaaaa', 'en_bbbbbbb'])).toEqual([pin, term, 'en_ccccccc', 'en_bbbbbbb']);
  });
});

describe('bundles', () => {
  test('record pages of rounds, investors and people go to `more`; their index pages and every other page to `main`', () => {
    expect(bundleOf('/funding/mistral-ai-seed-2023/')).toBe('more');
    expect(bundleOf('/es/people/arthur-mensch/')).toBe('more');
    expect(bundleOf('/investors/')).toBe('main');
    expect(bundleOf('/investors/page/2/')).toBe('main');
    expect(bundleOf('/companies/mistral-ai/')).toBe('main');
    expect(bundleOf('/es/')).toBe('main');
  });
  test('the globs of the two bundles name each kind of page once', () => {
    const more = bundleGlobs('more', ['companies', 'funding', 'people', 'investors', 'es', 'pagefind', '_astro']);
    const main = bundleGlobs('main', ['companies', 'funding', 'people', 'investors', 'es', 'pagefind', '_astro']);
    expect(more).toContain('funding/*/index.html');
    expect(more).toContain('es/people/*/index.html');
    expect(main).toContain('companies/**/*.html');
    expect(main).toContain('es/funding/page/**/*.html');
    expect(main).toContain('funding/index.html');
    expect(main.some((g) => /^(es\/)?(funding|people|investors|pagefind|_astro|es)\/\*\*/.test(g))).toBe(false);
  });
});
