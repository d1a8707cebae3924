/** Countries and sectors as places: a page for each, in both languages, listing exactly the content's companies. */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { SECTORS } from '../../src/schemas/company.ts';
import { CONTENT, exists, page } from '../../scripts/lib/site.ts';

const { entries } = validateContent(CONTENT);
const companies = entries.companies.map((c) => ({ id: c.id, data: c.data as { country: string; sectors: string[] } }));
const investors = entries.investors.map((i) => (i.data as { country?: string }).country).filter((c): c is string => Boolean(c));
const countries = [...new Set([...companies.map((c) => c.data.country), ...investors])].map((c) => c.toLowerCase());
const sectors = SECTORS.filter((s) => companies.some((c) => c.data.sectors.includes(s)));
const companyLinks = (p: string) => [...page(p).querySelectorAll('section[aria-labelledby="place-companies"] h3 a')].map((a) => a.getAttribute('href'));

describe('country pages', () => {
  test('every country with a company or an investor has a page in both languages, listed on the index', () => {
    expect(countries.length).toBeGreaterThanOrEqual(8);
    const index = [...page('/countries/').querySelectorAll('tbody th a')].map((a) => a.getAttribute('href'));
    const indexEs = [...page('/es/countries/').querySelectorAll('tbody th a')].map((a) => a.getAttribute('href'));
    for (const code of countries) {
      expect(exists(`/countries/${code}/`), code).toBe(true);
      expect(exists(`/es/countries/${code}/`), code).toBe(true);
      expect(index).toContain(`/countries/${code}/`);
      expect(indexEs).toContain(`/es/countries/${code}/`);
    }
    expect(index.length).toBe(countries.length);
  });
  test('a country page lists exactly the companies based there, and each company page links back to it', () => {
    for (const code of countries) {
      const expected = companies.filter((c) => c.data.country.toLowerCase() === code).map((c) => `/companies/${c.id}/`).sort();
      expect(companyLinks(`/countries/${code}/`).sort(), code).toEqual(expected);
    }
    for (const c of companies) {
      const hrefs = [...page(`/companies/${c.id}/`).querySelectorAll('dd a')].map((a) => a.getAttribute('href'));
      expect(hrefs, c.id).toContain(`/countries/${c.data.country.toLowerCase()}/`);
    }
  });
  test('EU members show the EU AI Act among the rules that apply; others say they are outside the EU', () => {
    const fr = page('/countries/fr/');
    expect([...fr.querySelectorAll('section[aria-labelledby="place-regulation"] a')].map((a) => a.getAttribute('href'))).toContain('/regulation/eu-ai-act/');
    expect(page('/countries/gb/').querySelector('section[aria-labelledby="place-regulation"] p')?.textContent).toMatch(/Not a member of the European Union/);
  });
});

describe('sector pages', () => {
  test('every sector with a company has a page in both languages listing exactly its companies', () => {
    expect(sectors.length).toBeGreaterThanOrEqual(8);
    for (const s of sectors) {
      expect(exists(`/es/sectors/${s}/`), s).toBe(true);
      const expected = companies.filter((c) => c.data.sectors.includes(s)).map((c) => `/companies/${c.id}/`).sort();
      expect(companyLinks(`/sectors/${s}/`).sort(), s).toEqual(expected);
    }
    expect(page('/sectors/').querySelectorAll('tbody tr').length).toBe(sectors.length);
  });
});

describe('the map of Europe', () => {
  test('on the home page and the countries index, in both languages: a labelled group of links, one per country with equity, each to an existing country page', () => {
    for (const p of ['/', '/es/', '/countries/', '/es/countries/']) {
      const svg = page(p).querySelector('#chart-map svg');
      expect(svg, p).not.toBeNull();
      expect(svg?.getAttribute('role')).toBe('group');
      expect(svg?.querySelector('title')?.textContent?.length).toBeGreaterThan(5);
      const links = [...(svg?.querySelectorAll('a') ?? [])];
      expect(links.length, p).toBeGreaterThanOrEqual(3);
      for (const a of links) {
        const href = a.getAttribute('href') ?? '';
        expect(href, p).toMatch(p.startsWith('/es/') ? /^\/es\/countries\/[a-z]{2}\/$/ : /^\/countries\/[a-z]{2}\/$/);
        expect(exists(href), href).toBe(true);
        expect(a.getAttribute('aria-label'), href).toMatch(/: .*\d/);
      }
      // The table beside it holds the same countries.
      expect(page(p).querySelectorAll('#chart-map tbody tr').length).toBe(links.length);
    }
  });
});
