import { describe, expect, test } from 'vitest';
import { plainRef } from '../../src/schemas/common.ts';
import { makeSchemas } from '../../src/domain/registry.ts';
import { makeMinimal, minimalSource } from '../helpers/factories.ts';

const schemas = makeSchemas(plainRef);
type Name = keyof typeof schemas;

/** The dotted path of every issue, e.g. "amount.value" or "sources.0.url". */
function errorPaths(name: Name, data: unknown): string[] {
  const r = schemas[name].safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.path.map(String).join('.'));
}
function messages(name: Name, data: unknown): string {
  const r = schemas[name].safeParse(data);
  return r.success ? '' : r.error.issues.map((i) => i.message).join(' | ');
}

describe('a minimal valid entry passes', () => {
  test.each(Object.keys(makeMinimal) as Name[])('%s', (name) => {
    const r = schemas[name].safeParse(makeMinimal[name]());
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });
  test('references come out as { collection, id }', () => {
    const r = schemas.funding.parse(makeMinimal.funding());
    expect(r.company).toEqual({ collection: 'companies', id: 'example-ai' });
    expect(r.leadInvestors).toEqual([{ collection: 'investors', id: 'example-ventures' }]);
  });
  test('dates become UTC dates', () => {
    expect(schemas.funding.parse(makeMinimal.funding()).announced).toEqual({ date: new Date('2023-12-11T00:00:00.000Z'), precision: 'day' });
  });
  test('a round may be dated to the month when no source gives the day, never to a made-up month', () => {
    expect(schemas.funding.parse({ ...makeMinimal.funding(), announced: '2025-05' }).announced).toEqual({ date: new Date('2025-05-01T00:00:00.000Z'), precision: 'month' });
    for (const bad of ['2025-13', '2025', '2025-5', 'May 2025', '2999-01']) {
      expect(schemas.funding.safeParse({ ...makeMinimal.funding(), announced: bad }).success, bad).toBe(false);
    }
  });
  test('an undisclosed amount is accepted when stated explicitly', () => {
    expect(schemas.funding.safeParse(makeMinimal.funding({ amount: 'undisclosed' })).success).toBe(true);
  });
});

const future = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);

describe('bad entries fail with the field path', () => {
  test.each<[string, Name, Record<string, unknown>, string]>([
    ['negative amount', 'funding', { amount: { value: -5, currency: 'EUR' } }, 'amount.value'],
    ['zero amount', 'funding', { amount: { value: 0, currency: 'EUR' } }, 'amount.value'],
    ['amount left blank', 'funding', { amount: undefined }, 'amount'],
    ['unknown currency', 'funding', { amount: { value: 1000, currency: 'EURO' } }, 'amount.currency'],
    ['lower-case currency', 'funding', { postMoneyValuation: { value: 1000, currency: 'usd' } }, 'postMoneyValuation.currency'],
    ['malformed date', 'funding', { announced: '11/12/2023' }, 'announced'],
    ['impossible date', 'funding', { announced: '2023-02-30' }, 'announced'],
    ['future date', 'funding', { announced: future }, 'announced'],
    ['missing sources', 'funding', { sources: [] }, 'sources'],
    ['no sources field', 'models', { sources: undefined }, 'sources'],
    ['javascript: URL in a source', 'funding', { sources: [{ ...minimalSource, url: 'javascript:alert(1)' }] }, 'sources.0.url'],
    ['data: URL as website', 'companies', { website: 'data:text/html,hi' }, 'website'],
    ['internal host name as a source', 'funding', { sources: [{ ...minimalSource, url: 'https://wiki.corp/mistral-round' }] }, 'sources.0.url'],
    ['single-label host as a source', 'models', { sources: [{ ...minimalSource, url: 'http://intranet/model-card' }] }, 'sources.0.url'],
    ['IP address as a source', 'funding', { sources: [{ ...minimalSource, url: 'http://10.0.0.12/release.html' }] }, 'sources.0.url'],
    ['source without a date', 'models', { sources: [{ ...minimalSource, published: undefined }] }, 'sources.0.published'],
    ['source date neither a date nor undated', 'models', { sources: [{ ...minimalSource, published: 'unknown' }] }, 'sources.0.published'],
    ['unknown field', 'funding', { amountEUR: 385 }, ''],
    ['unknown stage', 'funding', { stage: 'series-z' }, 'stage'],
    ['unknown sector', 'companies', { sectors: ['crypto'] }, 'sectors.0'],
    ['bad country code', 'companies', { country: 'France' }, 'country'],
    ['founded as a full date', 'companies', { founded: '2023-04-01' }, 'founded'],
    ['acquired without acquirer', 'companies', { status: 'acquired' }, 'acquisition'],
    ['summary in one language only', 'companies', { summary: { en: 'Only English' } }, 'summary.es'],
    ['slug with capitals', 'funding', { company: 'Mistral AI' }, 'company'],
    ['negative parameters', 'models', { parameters: -7 }, 'parameters'],
    ['open licence but closed weights', 'models', { openWeights: false }, 'openWeights'],
    ['bad language code', 'models', { languages: ['English'] }, 'languages.0'],
    ['unknown jurisdiction', 'regulations', { jurisdiction: 'Europe' }, 'jurisdiction'],
    ['milestone without source', 'regulations', { milestones: [{ date: '2024-08-01', what: { en: 'a', es: 'b' }, sources: [] }] }, 'milestones.0.sources'],
    ['unknown investor kind', 'investors', { kind: 'hedge' }, 'kind'],
    ['article without sources', 'articles', { sources: [] }, 'sources'],
    ['updated before published', 'articles', { updated: '2024-01-01' }, 'updated'],
    ['related to an unknown collection', 'articles', { related: { startups: ['x'] } }, 'related'],
    ['person without roles', 'people', { roles: [] }, 'roles'],
    ['glossary term without Spanish', 'glossary', { term: { en: 'Token' } }, 'term.es'],
    ['obligation citing only an annex', 'obligations', { provisions: ['Annex XI'] }, 'provisions'],
    ['obligation with a provision written loosely', 'obligations', { provisions: ['Art. 53'] }, 'provisions.0'],
    ['obligation without a date', 'obligations', { applies: undefined }, 'applies'],
    ['obligation "moved" to the same date', 'obligations', { amended: { applies: '2025-08-02', by: { en: 'x', es: 'y' }, sources: [minimalSource] } }, 'amended.applies'],
    ['obligation moved without a source', 'obligations', { amended: { applies: '2027-12-02', by: { en: 'x', es: 'y' }, sources: [] } }, 'amended.sources'],
    ['open weights under a non-standard licence with no reading of the exemption', 'models', { licence: { proprietary: 'Research only' } }, 'aiAct.openSource'],
    ['a commitment without a source', 'companies', { aiAct: { commitments: [{ kind: 'ai-pact', what: { en: 'x', es: 'y' }, sources: [] }] } }, 'aiAct.commitments.0.sources'],
  ])('%s', (_label, name, override, path) => {
    const paths = errorPaths(name, makeMinimal[name](override));
    expect(paths.length, `expected ${name} with ${JSON.stringify(override)} to be rejected`).toBeGreaterThan(0);
    expect(paths).toContain(path);
  });

  test('a page that shows no date is cited as undated, never with a guessed date', () => {
    expect(errorPaths('models', makeMinimal.models({ sources: [{ ...minimalSource, published: 'undated' }] }))).toEqual([]);
  });

  test('an obligation moved by a later act keeps both dates; a model under an open licence needs no reading', () => {
    const moved = schemas.obligations.parse(makeMinimal.obligations({ applies: '2026-08-02', amended: { applies: '2027-12-02', by: { en: 'x', es: 'y' }, sources: [minimalSource] } }));
    expect([moved.applies.toISOString().slice(0, 10), moved.amended?.applies.toISOString().slice(0, 10)]).toEqual(['2026-08-02', '2027-12-02']);
    expect(errorPaths('models', makeMinimal.models({ licence: { spdx: 'Apache-2.0' } }))).toEqual([]);
    expect(errorPaths('models', makeMinimal.models({ licence: { proprietary: 'API only' }, openWeights: false }))).toEqual([]);
    expect(messages('models', makeMinimal.models({ licence: { proprietary: 'Research only' } }))).toMatch(/aiAct\.openSource \{ verdict: qualifies \| does-not-qualify \| unclear/);
  });

  test('messages tell the editor what to write', () => {
    expect(messages('funding', makeMinimal.funding({ amount: { value: -1, currency: 'EUR' } }))).toMatch(/positive number in the announced currency/);
    expect(messages('funding', makeMinimal.funding({ sources: [] }))).toMatch(/at least one source/);
    expect(messages('funding', makeMinimal.funding({ amountEUR: 1 }))).toMatch(/amountEUR/);
    expect(messages('companies', makeMinimal.companies({ website: 'javascript:alert(1)' }))).toMatch(/https:\/\//);
    expect(messages('funding', makeMinimal.funding({ sources: [{ ...minimalSource, url: 'https://news.internal/a' }] }))).toMatch(/news\.internal is an internal host name/);
  });
});
