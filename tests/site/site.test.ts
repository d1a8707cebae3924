/** The built site: every route for every record, in both languages, in the sitemap, searchable. */
import { beforeAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { allPages, assertBuilt, exists, page, sitemap } from '../../scripts/lib/site.ts';
import { search } from '../helpers/search.ts';
import { CONTENT } from '../../scripts/lib/site.ts';
import { COLLECTIONS, PAGED, REGISTRY } from '../../src/domain/registry.ts';

const { entries } = validateContent(CONTENT);
const LANGS = [
  ['en', ''],
  ['es', '/es'],
] as const;

beforeAll(() => assertBuilt());

describe('routes', () => {
  // Every collection's index (from the registry), and the fixed pages.
  const fixed = ['/', ...COLLECTIONS.map((c) => `/${REGISTRY[c].segment}/`), '/search/', '/about/', '/data/'];
  test.each(LANGS)('every fixed page exists in %s', (_l, prefix) => {
    for (const p of fixed) expect(exists(`${prefix}${p}`), `${prefix}${p}`).toBe(true);
    expect(exists(`${prefix}/rss.xml`)).toBe(true);
  });
  test('404, sitemap, robots and favicon exist', () => {
    for (const p of ['/404.html', '/sitemap-index.xml', '/robots.txt', '/favicon.ico', '/favicon.svg']) expect(exists(p), p).toBe(true);
  });
  // Every collection with a page per record (articles have their own test: one file per language).
  const records: [string, keyof typeof entries][] = PAGED.filter((c) => c !== 'articles').map((c) => [REGISTRY[c].segment, c]);
  test.each(records)('a page for every record of %s, in both languages', (segment, collection) => {
    expect(entries[collection].length).toBeGreaterThan(0);
    for (const e of entries[collection]) {
      for (const [, prefix] of LANGS) expect(exists(`${prefix}/${segment}/${e.id}/`), `${prefix}/${segment}/${e.id}/`).toBe(true);
    }
  });
  test('every article in both languages', () => {
    const slugs = new Set(entries.articles.map((a) => a.id.split('/')[1]!));
    for (const s of slugs) for (const [, prefix] of LANGS) expect(exists(`${prefix}/articles/${s}/`), s).toBe(true);
  });
  test('the glossary has an anchor per term', () => {
    for (const [, prefix] of LANGS) {
      const doc = page(`${prefix}/glossary/`);
      for (const g of entries.glossary) expect(doc.getElementById(g.id), g.id).not.toBeNull();
    }
  });
});

describe('sitemap', () => {
  const listed = new Set(sitemap().map((u) => u.loc));
  test('lists every page except the 404', () => {
    const pages = allPages().filter((p) => p !== '/404.html');
    expect(pages.filter((p) => !listed.has(p))).toEqual([]);
    expect(listed.has('/404.html')).toBe(false);
  });
  test('pairs each page with its other-language twin', () => {
    for (const u of sitemap()) {
      expect(u.alternates.en, u.loc).toBeDefined();
      expect(u.alternates.es, u.loc).toBeDefined();
      expect(u.alternates.es).toBe(u.alternates.en === '/' ? '/es/' : `/es${u.alternates.en}`);
      // Both twins are real pages, and each lists itself among its alternates.
      expect(listed.has(u.alternates.en!), u.loc).toBe(true);
      expect(listed.has(u.alternates.es!), u.loc).toBe(true);
      expect(Object.values(u.alternates), u.loc).toContain(u.loc);
    }
  });
});

describe('pages', () => {
  test('a company page cross-links its rounds, models, founders, investors and articles', () => {
    const doc = page('/companies/mistral-ai/');
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/funding/mistral-ai-series-a-2023/');
    expect(hrefs).toContain('/models/mistral-7b/');
    expect(hrefs).toContain('/people/arthur-mensch/');
    expect(hrefs).toContain('/investors/microsoft/');
    expect(hrefs).toContain('/articles/microsoft-mistral-partnership/');
    expect(doc.querySelector('[data-currency="EUR"]')?.textContent).toMatch(/€[\d.]+ (million|billion)/);
  });
  test('an investor page lists its portfolio and rounds', () => {
    const doc = page('/investors/microsoft/');
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/companies/mistral-ai/');
    expect(hrefs).toContain('/funding/mistral-ai-strategic-2024/');
  });
  test('a regulation page shows dated, sourced milestones and the companies it concerns', () => {
    const doc = page('/regulation/eu-ai-act/');
    const items = doc.querySelectorAll('.timeline li');
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const li of items) {
      expect(li.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(li.querySelector('a.src')).not.toBeNull();
    }
    expect([...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain('/companies/mistral-ai/');
  });
  test('every figure on a round page sits next to its source', () => {
    for (const r of entries.funding) {
      const doc = page(`/funding/${r.id}/`);
      const amountRow = [...doc.querySelectorAll('.facts dt')].find((dt) => dt.textContent === 'Amount')!.nextElementSibling!;
      expect(amountRow.querySelector('a.src'), r.id).not.toBeNull();
    }
  });
  test('the founding article shows its corrections and links its records', () => {
    for (const [, prefix] of LANGS) {
      const doc = page(`${prefix}/articles/microsoft-mistral-partnership/`);
      expect(doc.querySelectorAll('.corrections li').length).toBeGreaterThanOrEqual(3);
      const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`${prefix}/companies/mistral-ai/`);
      expect(hrefs).toContain(`${prefix}/investors/microsoft/`);
    }
  });
  test('pages declare their language and link their twin', () => {
    for (const p of ['/companies/mistral-ai/', '/es/companies/mistral-ai/', '/', '/es/']) {
      const doc = page(p);
      const lang = p.startsWith('/es') ? 'es' : 'en';
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      const alt = (l: string) => new URL(doc.querySelector(`link[rel=alternate][hreflang="${l}"]`)!.getAttribute('href')!).pathname;
      expect(alt('en')).toBe(p.replace(/^\/es/, '') || '/');
      expect(alt('es')).toBe(p.startsWith('/es') ? p : `/es${p}`);
      expect(doc.querySelector('link[rel=alternate][hreflang="x-default"]')).not.toBeNull();
    }
  });
  test('the funding index, page after page, lists every round, newest first', () => {
    const rows: string[] = [];
    for (let n = 1, p = '/funding/'; exists(p); n++, p = `/funding/page/${n}/`) {
      rows.push(...[...page(p).querySelectorAll('main > .table-wrap tbody tr time')].map((t) => t.getAttribute('datetime')!));
    }
    expect(rows.length).toBe(entries.funding.length);
    expect([...rows].sort().reverse()).toEqual(rows);
  });
  test('record pages carry no script but the inline theme snippet (under 1 KB)', () => {
    for (const p of ['/companies/mistral-ai/', '/funding/mistral-ai-series-a-2023/', '/articles/microsoft-mistral-partnership/', '/es/models/mistral-7b/']) {
      const scripts = [...page(p).querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.length, p).toBe(1);
      expect(scripts[0]!.hasAttribute('src'), p).toBe(false);
      expect(Buffer.byteLength(scripts[0]!.textContent ?? ''), p).toBeLessThanOrEqual(1024);
    }
  });
});

describe('search index', () => {
  test('"Mistral" finds the Mistral AI company page, typed as a company', async () => {
    const hit = (await search('en', 'Mistral', {}, 50)).find((h) => h.url === '/companies/mistral-ai/');
    expect(hit?.meta.type).toBe('Company');
    expect(hit?.meta.title).toBe('Mistral AI');
  });
  test('every result carries its record type', async () => {
    const hits = await search('en', 'Microsoft');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.meta.type, h.url).toBeTruthy();
  });
  test('Spanish pages have their own index', async () => {
    const hits = await search('es', 'Mistral', {}, 50);
    expect(hits.every((h) => h.url.startsWith('/es/')), 'only Spanish pages').toBe(true);
    expect(hits.find((h) => h.url === '/es/companies/mistral-ai/')?.meta.type).toBe('Empresa');
  });
});
