import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixingFor, insertEntries, missingRates, parseEcbCsv, rateEntryYaml } from '../../src/domain/ecb-fill.ts';

// The shape of the ECB's eurofxref-hist.csv: newest first, a trailing empty column, N/A cells.
const CSV = `Date,USD,JPY,GBP,CYP,
2024-05-13,1.0782,168.01,0.86003,N/A,
2024-05-10,1.0773,167.92,0.8599,N/A,
2024-05-09,1.0745,167.24,0.8613,N/A,
`;
const source = { url: 'https://example.org/eurofxref-hist.csv', publisher: 'ECB (copy)', title: 'eurofxref-hist.csv', published: '2024-05-13' };

describe('ECB rate filling', () => {
  const table = parseEcbCsv(CSV);

  it('reads fixing days newest first and drops N/A and empty cells', () => {
    expect(table.days).toEqual(['2024-05-13', '2024-05-10', '2024-05-09']);
    expect(table.rows.get('2024-05-10')).toEqual({ USD: '1.0773', JPY: '167.92', GBP: '0.8599' });
  });

  it('takes the fixing of the day itself, or the last one before a weekend', () => {
    expect(fixingFor(table, '2024-05-10', 'USD')).toEqual({ day: '2024-05-10', cell: '1.0773', rate: 1.0773 });
    // Sunday 12 May: Friday's fixing applies.
    expect(fixingFor(table, '2024-05-12', 'GBP')).toEqual({ day: '2024-05-10', cell: '0.8599', rate: 0.8599 });
  });

  it('gives nothing past the newest row, before the oldest, or for a currency without a figure', () => {
    expect(fixingFor(table, '2024-05-14', 'USD')).toBeNull();
    expect(fixingFor(table, '2024-05-01', 'USD')).toBeNull();
    expect(fixingFor(table, '2024-05-10', 'CYP')).toBeNull();
    expect(fixingFor(table, '2024-05-10', 'CHF')).toBeNull();
  });

  it('rejects a file whose rows have no ISO date', () => {
    expect(() => parseEcbCsv('Date,USD\n10 May 2024,1.0773\n')).toThrow(/no ISO date/);
  });

  it('lists each missing day and currency once, euros never', () => {
    const needed = missingRates(
      [
        { file: 'a.yaml', day: '2024-05-10', currency: 'USD' },
        { file: 'b.yaml', day: '2024-05-10', currency: 'USD' },
        { file: 'c.yaml', day: '2024-05-09', currency: 'EUR' },
        { file: 'd.yaml', day: '2024-05-09', currency: 'GBP' },
        { file: 'e.yaml', day: '2024-05-13', currency: 'USD' },
      ],
      new Set(['2024-05-13 USD']),
    );
    expect(needed).toEqual([
      { day: '2024-05-09', currency: 'GBP', files: ['d.yaml'] },
      { day: '2024-05-10', currency: 'USD', files: ['a.yaml', 'b.yaml'] },
    ]);
  });

  it('writes entries that parse as rate rows, in date order, keeping the comments', () => {
    const file = `# comment kept\nrates:\n  - date: 2024-05-09\n    currency: USD\n    rate: 1.0745\n    sources: []\n\n  - date: 2024-05-13\n    currency: USD\n    rate: 1.0782\n    sources: []\n`;
    const sunday = fixingFor(table, '2024-05-12', 'GBP');
    const friday = fixingFor(table, '2024-05-10', 'USD');
    if (!sunday || !friday) throw new Error('fixtures');
    const text = insertEntries(file, [
      { day: '2024-05-12', yaml: rateEntryYaml('2024-05-12', 'GBP', sunday, source) },
      { day: '2024-05-10', yaml: rateEntryYaml('2024-05-10', 'USD', friday, source) },
    ]);
    expect(text.startsWith('# comment kept\n')).toBe(true);
    const rows = (parse(text) as { rates: { date: string; currency: string; rate: number; note?: string; sources: unknown[] }[] }).rates;
    expect(rows.map((r) => `${r.date} ${r.currency} ${r.rate}`)).toEqual([
      '2024-05-09 USD 1.0745', '2024-05-10 USD 1.0773', '2024-05-12 GBP 0.8599', '2024-05-13 USD 1.0782',
    ]);
    expect(rows[2]?.note).toMatch(/No ECB fixing on 2024-05-12.*of 2024-05-10, applies/);
    expect(rows[1]?.note).toBe("Row '2024-05-10,…' of the ECB historical CSV gives USD 1.0773.");
    expect(rows[1]?.sources).toEqual([{ ...source, kind: 'secondary', published: '2024-05-13' }]);
    // A later entry goes at the end.
    const end = insertEntries(file, [{ day: '2024-06-01', yaml: rateEntryYaml('2024-06-01', 'USD', friday, source) }]);
    expect((parse(end) as { rates: { date: string }[] }).rates.map((r) => r.date).at(-1)).toBe('2024-06-01');
  });
});
