import { describe, expect, it } from 'vitest';
import { checkAcquisitions } from '../../src/domain/acquisition-checks.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const company = (data: object) => ({ id: 'acme', filePath: 'content/companies/acme.mdx', data: { status: 'acquired', ...data } });
const round = (data: object, id = 'acme-acquisition-2025') => ({
  id, filePath: `content/funding/${id}.yaml`,
  data: { company: ref('companies', 'acme'), stage: 'acquisition', announced: { date: new Date('2025-07-28'), precision: 'day' }, leadInvestors: [ref('investors', 'bigco')], ...data },
});

describe('acquisitions told the same way on both records', () => {
  it('accepts a round whose buyer and day match the company record', () => {
    expect(checkAcquisitions([company({ acquisition: { by: { investor: ref('investors', 'bigco') }, date: new Date('2025-07-28') } })], [round({})])).toEqual([]);
    // No day on the company: the round's day stands.
    expect(checkAcquisitions([company({ acquisition: { by: { investor: ref('investors', 'bigco') } } })], [round({})])).toEqual([]);
  });

  it('names the round when the company is not marked acquired', () => {
    const [p] = checkAcquisitions([company({ status: 'active' })], [round({})]);
    expect(p).toMatchObject({ file: 'content/funding/acme-acquisition-2025.yaml', field: 'stage' });
    expect(p?.message).toMatch(/content\/companies\/acme\.mdx does not say status: acquired/);
  });

  it('names the field when the buyer or the day differ', () => {
    const problems = checkAcquisitions(
      [company({ acquisition: { by: { investor: ref('investors', 'other') }, date: new Date('2025-07-29') } })],
      [round({})],
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/funding/acme-acquisition-2025.yaml leadInvestors',
      'content/companies/acme.mdx acquisition.date',
    ]);
    expect(problems[0]?.message).toMatch(/must be \[other\]/);
    expect(problems[1]?.message).toMatch(/says 2025-07-29 but .* says announced: 2025-07-28/);
  });

  it('wants no lead investor when the buyer is a company, and one acquisition per company', () => {
    const bought = company({ acquisition: { by: { company: ref('companies', 'megacorp') } } });
    expect(checkAcquisitions([bought], [round({})]).map((p) => p.field)).toEqual(['leadInvestors']);
    expect(checkAcquisitions([bought], [round({ leadInvestors: [] }), round({ leadInvestors: [] }, 'acme-acquisition-2026')]).map((p) => `${p.file} ${p.field}`))
      .toEqual(['content/funding/acme-acquisition-2026.yaml stage']);
  });

  it('a round dated to the month agrees with a day of that month, not of another', () => {
    const month = { announced: { date: new Date('2025-07-01'), precision: 'month' } };
    const on = (date: string) => checkAcquisitions([company({ acquisition: { by: { investor: ref('investors', 'bigco') }, date: new Date(date) } })], [round(month)]);
    expect(on('2025-07-28')).toEqual([]);
    expect(on('2025-08-02').map((p) => p.field)).toEqual(['acquisition.date']);
  });

  it('ignores rounds of other stages', () => {
    expect(checkAcquisitions([company({ status: 'active' })], [round({ stage: 'seed' })])).toEqual([]);
  });
});
