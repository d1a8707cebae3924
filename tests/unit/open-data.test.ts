/** Open data from the fixture Atlas: columns from the registry, CSV that a spreadsheet cannot run. */
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { datasets, toCsv } from '../../src/open-data/open-data.ts';
import { fixtureAtlas } from '../helpers/fixture.ts';

describe('CSV', () => {
  test('cells a spreadsheet would run as formulas are neutralised', () => {
    const csv = toCsv([{ name: '=HYPERLINK("http://evil.example","x")' }, { name: '+1' }, { name: '-2' }, { name: '@SUM(A1)' }, { name: 'Mistral AI' }]);
    const rows = parse(csv, { columns: true }) as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual([`'=HYPERLINK("http://evil.example","x")`, "'+1", "'-2", "'@SUM(A1)", 'Mistral AI']);
  });
  test('RFC 4180: quotes, commas and line breaks survive a round trip, lines end in CRLF', () => {
    const csv = toCsv([{ a: 'say "hi", then\nleave', b: 2, c: null, d: true }]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { columns: true })).toEqual([{ a: 'say "hi", then\nleave', b: '2', c: '', d: 'true' }]);
  });
});

describe('datasets', () => {
  const all = datasets(fixtureAtlas());
  test('bilingual texts become two columns, money two, references slugs, sources URLs', () => {
    const funding = all.find((d) => d.name === 'funding');
    expect(funding?.rows[0]).toMatchObject({ slug: 'acme-ai-seed-2024', company: 'acme-ai', amount_value: 10000000, amount_currency: 'EUR', leadInvestors: 'example-ventures', sources: 'https://example.org/news/acme-raises' });
    const companies = all.find((d) => d.name === 'companies');
    expect(companies?.rows[0]).toMatchObject({ summary_en: expect.stringContaining('fictional'), summary_es: expect.stringContaining('ficticio') });
  });
  test('articles keep their language and slug', () => {
    expect(all.find((d) => d.name === 'articles')?.records.map((r) => [r.slug, r.language]).sort()).toEqual([['acme-story', 'en'], ['acme-story', 'es']]);
  });
});
