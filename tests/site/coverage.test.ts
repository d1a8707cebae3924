/**
 * What the Atlas covers, as the built site shows it, against content/: the counts on the home page,
 * a page per record in both languages, acquisitions on both sides, and the charts editors place in
 * articles. Expectations are computed from the content files, never written in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { REGISTRY } from '../../src/domain/registry.ts';
import { assertBuilt, CONTENT, exists, page } from '../../scripts/lib/site.ts';

const { entries } = validateContent(CONTENT);
interface CompanyData { country: string; status: string; acquisition?: { by: { company?: { id: string }; investor?: { id: string } } } }
interface RoundData { company: { id: string }; stage: string; instrument: string; announced: { date: Date; precision: string }; amount: 'undisclosed' | { value: number; currency: string } }
const companies = entries.companies.map((c) => ({ id: c.id, data: c.data as CompanyData }));
const rounds = entries.funding.map((r) => ({ id: r.id, data: r.data as RoundData }));
const countries = new Set(companies.map((c) => c.data.country));

beforeAll(() => assertBuilt());

const digits = (s: string | null | undefined) => Number((s ?? '').replace(/\D/g, ''));

describe('coverage', () => {
  test('the Atlas holds at least what issue 12 asks for: companies, countries, funding rounds, investors and models', () => {
    // Floors: a content change that drops below them is a regression to be explained.
    expect(companies.length).toBeGreaterThanOrEqual(60);
    expect(countries.size).toBeGreaterThanOrEqual(15);
    expect(entries.funding.length).toBeGreaterThanOrEqual(150);
    expect(entries.investors.length).toBeGreaterThanOrEqual(60);
    expect(entries.models.length).toBeGreaterThanOrEqual(40);
  });

  test('the home page counts what content/ holds, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const home = page(lang === 'en' ? '/' : '/es/');
      const prefix = lang === 'en' ? '' : '/es';
      const figure = (href: string) => [...home.querySelectorAll(`#home-figures ~ ul a[href="${href}"] strong, section[aria-labelledby="home-figures"] a[href="${href}"] strong`)][0]?.textContent;
      expect(digits(figure(`${prefix}/${REGISTRY.companies.segment}/`)), lang).toBe(companies.length);
      expect(digits(figure(`${prefix}/countries/`)), lang).toBe(new Set([...countries, ...entries.investors.map((i) => (i.data as { country?: string }).country).filter(Boolean)]).size);
      const covers = [...home.querySelectorAll('section[aria-labelledby="covers"] a')];
      const count = (segment: string) => digits(covers.find((a) => a.getAttribute('href') === `${prefix}/${segment}/`)?.querySelector('strong')?.textContent);
      expect(count(REGISTRY.funding.segment), lang).toBe(rounds.length);
      expect(count(REGISTRY.investors.segment), lang).toBe(entries.investors.length);
      expect(count(REGISTRY.models.segment), lang).toBe(entries.models.length);
      expect(count(REGISTRY.people.segment), lang).toBe(entries.people.length);
    }
  });

  test('the equity-per-year chart on the home page counts each converted equity round once', () => {
    const rates = (parseYaml(readFileSync(path.join(CONTENT, 'data', 'ecb-rates.yaml'), 'utf8')) as { rates: { date: string; currency: string }[] }).rates;
    const hasRate = new Set(rates.map((r) => `${String(r.date).slice(0, 10)} ${r.currency}`));
    const equity = rounds.filter((r) => r.data.stage !== 'acquisition' && r.data.stage !== 'debt' && r.data.stage !== 'grant' && !['debt', 'grant'].includes(r.data.instrument));
    const counted = equity.filter((r) => r.data.amount !== 'undisclosed' && (r.data.amount.currency === 'EUR'
      || (r.data.announced.precision === 'day' && hasRate.has(`${r.data.announced.date.toISOString().slice(0, 10)} ${r.data.amount.currency}`))));
    const rows = [...page('/').querySelectorAll('#chart-equity-years tbody tr')];
    const inTable = rows.reduce((n, tr) => n + digits(tr.querySelectorAll('td')[1]?.textContent), 0);
    expect(inTable).toBe(counted.length);
    const years = rows.map((tr) => Number(tr.querySelector('td')?.textContent));
    const withRounds = rows.filter((tr) => digits(tr.querySelectorAll('td')[1]?.textContent) > 0).map((tr) => tr.querySelector('td')?.textContent);
    expect(withRounds).toEqual([...new Set(counted.map((r) => String(r.data.announced.date.getUTCFullYear())))].sort());
    // One row per year from the first to the last, none skipped.
    expect(years).toEqual(years.map((_, i) => (years[0] ?? 0) + i));
  });

  test('every company, round, investor and model has its page in both languages', () => {
    for (const c of ['companies', 'funding', 'investors', 'models', 'people'] as const) {
      const { segment } = REGISTRY[c];
      for (const e of entries[c]) {
        expect(exists(`/${segment}/${e.id}/`), `${c}/${e.id}`).toBe(true);
        expect(exists(`/es/${segment}/${e.id}/`), `es ${c}/${e.id}`).toBe(true);
      }
    }
  });
});

describe('acquisitions', () => {
  const bought = companies.filter((c) => c.data.acquisition);

  test('shown on the target: status, buyer link, and the price where a round records one', () => {
    expect(bought.length).toBeGreaterThanOrEqual(5);
    for (const c of bought) {
      const by = c.data.acquisition!.by;
      const buyer = by.company ? `/companies/${by.company.id}/` : `/investors/${by.investor!.id}/`;
      const status = [...page(`/companies/${c.id}/`).querySelectorAll('dt')].find((dt) => dt.textContent === 'Status')?.nextElementSibling;
      expect(status?.textContent, c.id).toMatch(c.data.status === 'being-acquired' ? /Being acquired/ : /Acquired/);
      expect([...(status?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')), c.id).toContain(buyer);
      const round = rounds.find((r) => r.data.company.id === c.id && r.data.stage === 'acquisition');
      if (round) expect(status?.textContent, c.id).toMatch(/price/);
    }
  });

  test("listed on the buyer's page, investor or company, in both languages", () => {
    for (const c of bought) {
      const by = c.data.acquisition!.by;
      for (const prefix of ['', '/es']) {
        const buyerPage = page(by.company ? `${prefix}/companies/${by.company.id}/` : `${prefix}/investors/${by.investor!.id}/`);
        const targets = [...buyerPage.querySelectorAll('table[data-acquisitions] tbody th a')].map((a) => a.getAttribute('href'));
        expect(targets, `${prefix} ${c.id}`).toContain(`${prefix}/companies/${c.id}/`);
      }
    }
  });
});

describe('charts placed in articles', () => {
  const placed = (body: string) => [...body.matchAll(/<AtlasChart\s+([^>]*?)\/>/g)].map((m) => m[1] ?? '');

  test('each <AtlasChart> in an article body becomes a chart with its data table on the page', () => {
    let total = 0;
    for (const a of entries.articles) {
      const charts = placed(a.body ?? '');
      if (!charts.length) continue;
      const [lang, slug] = a.id.split('/');
      const doc = page(`${lang === 'en' ? '' : `/${lang}`}/articles/${slug}/`);
      const figures = [...doc.querySelectorAll('.prose figure.chart')];
      expect(figures.length, a.id).toBe(charts.length);
      for (const f of figures) {
        expect(f.querySelector('svg'), `${a.id} ${f.id}`).not.toBeNull();
        expect(f.querySelectorAll('tbody tr').length, `${a.id} ${f.id}`).toBeGreaterThan(0);
      }
      // A chart narrowed to a sector gets its own id and says so in its title.
      for (const attrs of charts) {
        const sector = /sector="([a-z-]+)"/.exec(attrs)?.[1];
        if (sector) expect(doc.querySelector(`#chart-equity-years-${sector} figcaption`)?.textContent, a.id).toMatch(/:/);
      }
      total += charts.length;
    }
    expect(total).toBeGreaterThanOrEqual(4);
  });
});
