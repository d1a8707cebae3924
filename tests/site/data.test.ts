/** Charts, conversions, open data, structured data, feeds and social images. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { cumulativeRaised, fundingByYearAndCountry, fundingKind, modelsPerYear, type RoundLike } from '../../src/charts/chart-data.ts';
import { RateTable } from '../../src/domain/money.ts';
import { validateContent } from '../../src/domain/content-files.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { assertBuilt, DIST, allPages, exists, page } from '../../scripts/lib/site.ts';
import { CONTENT } from '../../scripts/lib/site.ts';

const root = CONTENT;
const { entries } = validateContent(root);
const rates = new RateTable(
  (parseYaml(readFileSync(path.join(root, 'data', 'ecb-rates.yaml'), 'utf8')) as { rates: unknown[] }).rates.map((r) => rateSchema.parse(r)),
);
const rounds = entries.funding as unknown as RoundLike[];
const companies = entries.companies as unknown as { id: string; data: { name: string; country: string } }[];
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const d = (s: string) => ({ date: day(s), precision: 'day' as const });

beforeAll(() => assertBuilt());

describe('currency conversion', () => {
  test('each amount uses the ECB rate of its announcement day', () => {
    const c = rates.toEur({ value: 500_000_000, currency: 'USD' }, d('2023-11-06'));
    expect(c.rate?.rate).toBe(1.0741);
    expect(c.eur).toBeCloseTo(500_000_000 / 1.0741, 2); // 465,506,005.03 by hand
    expect(rates.toEur({ value: 385_000_000, currency: 'EUR' }, d('2023-12-10'))).toEqual({ original: { value: 385_000_000, currency: 'EUR' }, eur: 385_000_000, rate: null });
  });
  test('no rate for the day: left out, never guessed from a neighbour', () => {
    const table = new RateTable([{ date: day('2024-01-02'), currency: 'USD', rate: 1.1 }]);
    expect(table.toEur({ value: 1, currency: 'USD' }, d('2024-01-03')).eur).toBeNull();
  });
  test('a round known only by its month has no daily rate, even if the 1st has one; euros stay euros', () => {
    const table = new RateTable([{ date: day('2024-01-02'), currency: 'USD', rate: 1.1 }]);
    expect(table.toEur({ value: 1, currency: 'USD' }, d('2024-01-02')).eur).toBeCloseTo(1 / 1.1);
    expect(table.toEur({ value: 1, currency: 'USD' }, { date: day('2024-01-02'), precision: 'month' }).eur).toBeNull();
    expect(table.toEur({ value: 7, currency: 'EUR' }, { date: day('2024-01-01'), precision: 'month' }).eur).toBe(7);
  });
});

describe('chart data', () => {
  const byYear = fundingByYearAndCountry(rounds, companies, rates);
  const cell = (year: string, country: string) => byYear.cells.find((c) => c.year === year && c.country === country)?.eur;
  test('funding per year by country: known amounts, and each cell the sum of its rounds', () => {
    const eur = (id: string) => byYear.included.find((r) => r.id === id)?.eur;
    // Mistral AI's seed (€105M) and Series A (€385M) count as announced, in euros.
    expect(eur('mistral-ai-seed-2023')).toBe(105_000_000);
    expect(eur('mistral-ai-series-a-2023')).toBe(385_000_000);
    // Aleph Alpha's $500M of 6 Nov 2023 at 1.0741 USD per euro.
    expect(eur('aleph-alpha-series-b-2023')).toBeCloseTo(500_000_000 / 1.0741, 0);
    const countryOf = new Map(companies.map((c) => [c.id, c.data.country]));
    for (const c of byYear.cells) {
      const sum = byYear.included.filter((r) => String(r.date.getUTCFullYear()) === c.year && countryOf.get(r.company) === c.country).reduce((n, r) => n + r.eur, 0);
      expect(cell(c.year, c.country), `${c.year} ${c.country}`).toBeCloseTo(sum, 2);
    }
    expect(cell('2023', 'FR')).toBeGreaterThanOrEqual(490_000_000);
  });
  test('funding is equity: acquisitions are left out, debt and grants are named apart; unconvertible rounds are reported', () => {
    const ids = byYear.included.map((r) => r.id);
    expect(ids).not.toContain('silo-ai-acquisition-2024');
    for (const id of ['mistral-ai-debt-2026', 'nebius-debt-2025', 'multiverse-computing-grant-2025']) expect(ids, id).not.toContain(id);
    expect(byYear.other).toContainEqual({ id: 'mistral-ai-debt-2026', kind: 'debt' });
    expect(byYear.other).toContainEqual({ id: 'multiverse-computing-grant-2025', kind: 'grant' });
    for (const r of rounds) expect(fundingKind(r) === 'equity', r.id).toBe(!['acquisition', 'debt', 'grant'].includes(r.data.stage) && !['debt', 'grant'].includes(r.data.instrument));
    for (const e of byYear.excluded.filter((x) => x.reason === 'no-day')) {
      const r = rounds.find((x) => x.id === e.id)!;
      expect(r.data.announced.precision, e.id).toBe('month');
      expect((r.data.amount as { currency: string }).currency, e.id).not.toBe('EUR');
    }
    for (const e of byYear.excluded.filter((x) => x.reason === 'no-rate')) {
      const r = rounds.find((x) => x.id === e.id)!;
      expect(r.data.announced.precision).toBe('day');
      expect(rates.find(r.data.announced.date, (r.data.amount as { currency: string }).currency)).toBeUndefined();
    }
    const sum = byYear.cells.reduce((n, c) => n + c.eur, 0);
    expect(sum).toBeCloseTo(byYear.included.reduce((n, r) => n + r.conversion.eur!, 0), 2);
  });
  test("a company's cumulative total", () => {
    const mistral = cumulativeRaised(rounds.filter((r) => r.data.company.id === 'mistral-ai'), rates)!;
    expect(mistral.points.slice(0, 5).map((p) => p.total)).toEqual([105e6, 490e6, 505e6, 1105e6, 2805e6]);
    // Helsing's equity rounds with a disclosed amount, oldest first (from the content, which changes).
    const helsingRounds = rounds.filter((r) => r.data.company.id === 'helsing');
    // Its rounds are in euros and dollars: a round enters once it has an ECB rate for its day.
    const expected = helsingRounds
      .filter((r) => fundingKind(r) === 'equity' && r.data.amount !== 'undisclosed' && rates.toEur(r.data.amount, r.data.announced).eur !== null)
      .sort((a, b) => a.data.announced.date.getTime() - b.data.announced.date.getTime())
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(cumulativeRaised(helsingRounds, rates)?.points.map((p) => p.id)).toEqual(expected);
  });
  test('models per year, open versus proprietary', () => {
    const rows = modelsPerYear(entries.models as unknown as { id: string; data: { released: Date; openWeights: boolean } }[]);
    const total = rows.reduce((n, r) => n + r.open + r.closed, 0);
    expect(total).toBe(entries.models.length);
    const y2023 = (entries.models as unknown as { data: { released: Date; openWeights: boolean } }[]).filter((m) => m.data.released.getUTCFullYear() === 2023);
    expect(rows.find((r) => r.year === '2023')).toEqual({ year: '2023', open: y2023.filter((m) => m.data.openWeights).length, closed: y2023.filter((m) => !m.data.openWeights).length });
  });
});

describe('charts on the built pages', () => {
  const check = (p: string, id: string) => {
    const doc = page(p);
    const svg = doc.querySelector(`figure.chart svg#${id}`);
    expect(svg, `${p} #${id}`).not.toBeNull();
    expect(svg!.getAttribute('role')).toBe('img');
    expect(svg!.querySelector('title')?.textContent?.length).toBeGreaterThan(5);
    expect(svg!.querySelector('desc')?.textContent?.length).toBeGreaterThan(20);
    expect(svg!.querySelectorAll('[aria-label], style').length).toBe(0);
    return doc;
  };
  test.each(['', '/es'])('the four charts, in %s', (prefix) => {
    const funding = check(`${prefix}/funding/`, 'chart-funding-svg');
    // A row per year and country the bars draw; the rounds counted in the rows add up to the rounds in the chart.
    const data = fundingByYearAndCountry(rounds, companies, rates);
    const rows = [...funding.querySelectorAll('#chart-funding tbody tr')];
    expect(rows.length).toBe(data.cells.length);
    const count = (tr: Element) => Number(tr.querySelectorAll('td')[2]!.textContent!.replace(/\D/g, ''));
    expect(rows.reduce((n, tr) => n + count(tr), 0)).toBe(data.included.length);
    check(`${prefix}/companies/mistral-ai/`, 'chart-raised-svg');
    const act = check(`${prefix}/regulation/eu-ai-act/`, 'chart-timeline-svg');
    expect(act.querySelectorAll('#chart-timeline tbody tr').length).toBe(act.querySelectorAll('.timeline li').length);
    check(`${prefix}/models/`, 'chart-models-svg');
  });
  test('every company with two or more equity rounds with an amount has its cumulative chart, or says why not, in both languages', () => {
    const byCompany = new Map<string, RoundLike[]>();
    for (const r of rounds) if (fundingKind(r) === 'equity' && r.data.amount !== 'undisclosed') byCompany.set(r.data.company.id, [...(byCompany.get(r.data.company.id) ?? []), r]);
    const withTwo = [...byCompany].filter(([, list]) => list.length >= 2);
    expect(withTwo.length).toBeGreaterThanOrEqual(5);
    for (const [id, list] of withTwo) {
      const summable = cumulativeRaised(list, rates) !== null;
      for (const prefix of ['', '/es']) {
        const doc = page(`${prefix}/companies/${id}/`);
        expect(doc.querySelector('#chart-raised svg') !== null, `${prefix}/companies/${id}/ chart`).toBe(summable);
        expect(doc.querySelector('[data-chart-unavailable]') !== null, `${prefix}/companies/${id}/ note`).toBe(!summable);
      }
    }
  });
  test('companies with fewer than two rounds have no cumulative chart', () => {
    expect(page('/companies/lakera/').querySelector('#chart-raised')).toBeNull();
  });
  test("a round's page shows the euros the charts count beside the amount as announced, with the rate, or why there are none", () => {
    const facts = (p: string) => page(p).querySelector('dl.facts')!.textContent!.replace(/\s+/g, ' ');
    const aleph = facts('/funding/aleph-alpha-series-b-2023/');
    expect(aleph).toContain('$500,000,000');
    expect(aleph).toContain('€465,506,005');
    expect(aleph).toContain('1.0741 USD per euro on Nov 6, 2023');
    expect(facts('/es/funding/aleph-alpha-series-b-2023/')).toMatch(/465\.506\.005\s€/);
    // A month-dated round in dollars has no daily rate: it says so instead of a figure.
    const monthly = rounds.find((r) => r.data.announced.precision === 'month' && r.data.amount !== 'undisclosed' && r.data.amount.currency !== 'EUR')!;
    expect(facts(`/funding/${monthly.id}/`)).toContain('not converted: the sources give the month only');
    // Amounts in euros need no conversion line.
    expect(page('/funding/mistral-ai-series-a-2023/').querySelector('dl.facts')!.textContent).not.toContain('In euros');
  });
});

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += ch;
  }
  return rows;
}

describe('open data', () => {
  const collections = ['companies', 'people', 'investors', 'funding', 'models', 'regulations', 'glossary'] as const;
  test.each(collections)('%s: JSON and CSV list exactly the records of content/', (c) => {
    const json = JSON.parse(readFileSync(path.join(DIST, 'data', `${c}.json`), 'utf8')) as { licence: string; records: { slug: string }[] };
    expect(json.licence).toBe('CC BY 4.0');
    expect(json.records.map((r) => r.slug).sort()).toEqual(entries[c].map((e) => e.id).sort());
    const [header, ...rows] = parseCsv(readFileSync(path.join(DIST, 'data', `${c}.csv`), 'utf8'));
    expect(rows.length).toBe(entries[c].length);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const slug = header!.indexOf('slug');
    expect(rows.map((r) => r[slug]).sort()).toEqual(entries[c].map((e) => e.id).sort());
  });
  test('amounts in the data are those of the records, in their announced currency', () => {
    const json = JSON.parse(readFileSync(path.join(DIST, 'data', 'funding.json'), 'utf8')) as { records: { slug: string; amount: unknown; announced: string }[] };
    for (const e of entries.funding) {
      const rec = json.records.find((r) => r.slug === e.id)!;
      const data = e.data as { amount: unknown; announced: { date: Date; precision: 'day' | 'month' } };
      expect(rec.amount, e.id).toEqual(data.amount);
      expect(rec.announced).toBe(data.announced.date.toISOString().slice(0, data.announced.precision === 'day' ? 10 : 7));
    }
    const [header, ...rows] = parseCsv(readFileSync(path.join(DIST, 'data', 'funding.csv'), 'utf8'));
    const row = rows.find((r) => r[0] === 'mistral-ai-series-a-2023')!;
    expect(row[header!.indexOf('amount_value')]).toBe('385000000');
    expect(row[header!.indexOf('amount_currency')]).toBe('EUR');
  });
  test('/data/ documents every field and is linked from About and every index page', () => {
    for (const prefix of ['', '/es']) {
      const doc = page(`${prefix}/data/`);
      expect(doc.querySelectorAll('.fields dt').length).toBeGreaterThan(50);
      expect([...doc.querySelectorAll('.fields dd')].filter((dd) => !dd.textContent?.trim()).map((dd) => dd.previousElementSibling?.textContent)).toEqual([]);
      expect(doc.querySelector('a[href="https://creativecommons.org/licenses/by/4.0/"]')).not.toBeNull();
      for (const p of ['/about/', '/companies/', '/investors/', '/people/', '/funding/', '/models/', '/regulation/', '/glossary/', '/articles/']) {
        expect(page(`${prefix}${p}`).querySelector(`a[href^="${prefix}/data/"]`), `${prefix}${p}`).not.toBeNull();
      }
    }
  });
});

describe('structured data', () => {
  const ld = (p: string) => [...page(p).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, unknown>);
  test('every page has a BreadcrumbList and valid JSON-LD', () => {
    for (const p of allPages().filter((x) => x !== '/404.html')) {
      const types = ld(p).map((x) => x['@type']);
      expect(types, p).toContain('BreadcrumbList');
    }
  });
  test.each([
    ['/companies/mistral-ai/', 'Organization', 'Mistral AI'],
    ['/investors/microsoft/', 'Organization', 'Microsoft'],
    ['/people/arthur-mensch/', 'Person', 'Arthur Mensch'],
    ['/es/people/arthur-mensch/', 'Person', 'Arthur Mensch'],
  ])('%s is a %s named %s', (p, type, name) => {
    expect(ld(p).find((x) => x['@type'] === type)?.name).toBe(name);
  });
  test('articles are NewsArticles with their image and dates', () => {
    const a = ld('/es/articles/microsoft-mistral-partnership/').find((x) => x['@type'] === 'NewsArticle')!;
    expect(a.inLanguage).toBe('es');
    expect(a.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new URL((a.image as string[])[0]!).pathname).toBe('/og/articles/es/microsoft-mistral-partnership.png');
  });
  test('the data page is a Dataset with a download per file', () => {
    const ds = ld('/data/').find((x) => x['@type'] === 'Dataset')!;
    expect(ds.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    // One JSON and one CSV download per dataset: every file under /data/.
    const files = readdirSync(path.join(DIST, 'data')).filter((f) => /\.(json|csv)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect((ds.distribution as unknown[]).length).toBe(files.length);
  });
});

describe('sharing and feeds', () => {
  const pngSize = (file: string) => {
    const b = readFileSync(path.join(DIST, file));
    expect(b.subarray(1, 4).toString()).toBe('PNG');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };
  test('a 1200×630 social image per company and per article, referenced by the pages', () => {
    for (const c of entries.companies) {
      expect(pngSize(`og/companies/${c.id}.png`)).toEqual([1200, 630]);
      expect(new URL(page(`/companies/${c.id}/`).querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname).toBe(`/og/companies/${c.id}.png`);
    }
    for (const a of entries.articles) {
      expect(pngSize(`og/articles/${a.id}.png`)).toEqual([1200, 630]);
    }
    expect(page('/').querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });
  test('RSS per language, and a corrections feed whose links resolve', () => {
    for (const prefix of ['', '/es']) {
      const rss = readFileSync(path.join(DIST, prefix, 'rss.xml'), 'utf8');
      expect((rss.match(/<item>/g) ?? []).length).toBe(entries.articles.filter((a) => a.id.startsWith(prefix ? 'es/' : 'en/')).length);
      const corr = readFileSync(path.join(DIST, prefix, 'corrections.xml'), 'utf8');
      const links = [...corr.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!)).filter((u) => u.hash);
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const u of links) {
        expect(exists(u.pathname)).toBe(true);
        expect(page(u.pathname).getElementById(u.hash.slice(1)), u.href).not.toBeNull();
      }
    }
  });
});

describe('equity apart from debt and grants', () => {
  test('a company page sums equity and debt apart, and tables say what each round is', () => {
    for (const prefix of ['', '/es']) {
      const doc = page(`${prefix}/companies/mistral-ai/`);
      expect(doc.querySelector('.totals ul[data-kind="equity"]'), prefix).not.toBeNull();
      expect(doc.querySelector('.totals ul[data-kind="debt"] li[data-currency="USD"]'), prefix).not.toBeNull();
      const kinds = [...doc.querySelectorAll('#rounds-table-caption ~ tbody td[data-kind], table td[data-kind]')].map((td) => td.getAttribute('data-kind'));
      expect(kinds).toContain('debt');
      expect(kinds).toContain('equity');
    }
  });
  test('open data gives each round its kind', () => {
    const funding = JSON.parse(readFileSync(path.join(DIST, 'data', 'funding.json'), 'utf8')) as { records: { slug: string; kind: string }[] };
    expect(funding.records.find((r) => r.slug === 'mistral-ai-debt-2026')?.kind).toBe('debt');
    expect(funding.records.find((r) => r.slug === 'mistral-ai-series-a-2023')?.kind).toBe('equity');
    expect(funding.records.find((r) => r.slug === 'silo-ai-acquisition-2024')?.kind).toBe('acquisition');
  });
});
