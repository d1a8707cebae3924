/** The Spanish edition is complete: every page has its twin, in Spanish, linked both ways. */
import { beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { validateContent } from '../../src/domain/content-files.ts';
import { untranslated } from '../../src/domain/translations.ts';
import { allPages, assertBuilt, exists, page } from '../../scripts/lib/site.ts';
import { search } from '../helpers/search.ts';
import { CONTENT } from '../../scripts/lib/site.ts';

const root = CONTENT;
beforeAll(() => assertBuilt());

describe('every page has a twin', () => {
  const pages = () => allPages().filter((p) => p !== '/404.html');
  test('each English page has a Spanish page and the other way round', () => {
    const list = pages();
    const english = list.filter((p) => !p.startsWith('/es/'));
    const spanish = list.filter((p) => p.startsWith('/es/'));
    expect(english.filter((p) => !exists(`/es${p}`))).toEqual([]);
    expect(spanish.filter((p) => !exists(p.slice(3)))).toEqual([]);
    expect(spanish.length).toBe(english.length);
  });
  test('the language switcher on every page points at an existing twin', () => {
    for (const p of pages()) {
      const href = page(p).querySelector('a.lang')?.getAttribute('href');
      expect(href, p).toBe(p.startsWith('/es/') ? p.slice(3) : `/es${p}`);
      expect(exists(href!), `${p} → ${href}`).toBe(true);
    }
  });
  test('hreflang pairs point at each other, with x-default and og:locale', () => {
    for (const p of pages()) {
      const doc = page(p);
      const lang = p.startsWith('/es/') ? 'es' : 'en';
      const alt = (l: string) => new URL(doc.querySelector(`link[rel=alternate][hreflang="${l}"]`)!.getAttribute('href')!).pathname;
      const twin = lang === 'es' ? p.slice(3) : `/es${p}`;
      expect(alt(lang), p).toBe(p);
      expect(alt(lang === 'es' ? 'en' : 'es'), p).toBe(twin);
      expect(alt('x-default'), p).toBe(lang === 'es' ? twin : p);
      expect(page(twin).querySelector(`link[rel=alternate][hreflang="${lang}"]`)!.getAttribute('href')).toMatch(new RegExp(`${p.replace(/[/.]/g, '\\$&')}$`));
      expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(lang === 'es' ? 'es_ES' : 'en_GB');
    }
  });
});

describe('Spanish pages are in Spanish', () => {
  // Interface strings that differ between the languages: none may show on a Spanish page.
  const english = new Set<string>(
    Object.entries(en)
      .filter(([k, v]) => v !== es[k as keyof typeof en] && v.length >= 4 && !/\{\w+\}/.test(v))
      .map(([, v]) => v),
  );
  test('every /es/ page has lang="es" and no English interface text', () => {
    const offenders: string[] = [];
    for (const p of allPages().filter((x) => x.startsWith('/es/'))) {
      const doc = page(p);
      expect(doc.documentElement.getAttribute('lang'), p).toBe('es');
      for (const el of doc.querySelectorAll('body *')) {
        if (el.closest('[lang]:not(html)')?.getAttribute('lang')?.startsWith('en')) continue;
        const text = el.textContent?.trim() ?? '';
        const attrs = ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? '');
        for (const s of [text, ...attrs]) if (english.has(s)) offenders.push(`${p}: <${el.tagName.toLowerCase()}> "${s}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
  test('index pages are sorted by the Spanish names, with Spanish collation', () => {
    const names = (p: string) => [...page(p).querySelectorAll('main .card-list h2 a, main .glossary dt')].map((a) => (a.textContent ?? '').replace(/\s*\(.*\)$/, '').trim());
    const collator = new Intl.Collator('es');
    for (const p of ['/es/regulation/', '/es/companies/', '/es/glossary/']) {
      const list = names(p);
      expect(list.length, p).toBeGreaterThan(2);
      expect(list, p).toEqual([...list].sort(collator.compare));
    }
    // The regulations' Spanish names do not sort like their English ones.
    const esOrder = names('/es/regulation/');
    const enOrder = names('/regulation/');
    expect(esOrder.map((n) => n.slice(0, 3))).not.toEqual(enOrder.map((n) => n.slice(0, 3)));
  });
  test('dates and money are formatted the Spanish way', () => {
    const doc = page('/es/funding/mistral-ai-series-a-2023/');
    expect(doc.querySelector('main')!.textContent).toMatch(/385 millones de euros/);
    expect(doc.querySelector('main time')!.textContent).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
  });
});

describe('translations', () => {
  const { entries } = validateContent(root);
  test('articles exist in both languages, linked by their slug', () => {
    const slugs = (lang: string) => new Set(entries.articles.filter((a) => a.id.startsWith(`${lang}/`)).map((a) => a.id.slice(3)));
    expect([...slugs('en')].sort()).toEqual([...slugs('es')].sort());
  });
  test('every untranslated page shows the Spanish notice, and only those', () => {
    const missing = untranslated(root);
    for (const m of missing) expect(page(m.url).querySelector('[data-untranslated]'), m.url).not.toBeNull();
    const flagged = allPages().filter((p) => p.startsWith('/es/') && page(p).querySelector('main [data-untranslated]'));
    const listed = new Set(missing.map((m) => m.url));
    expect(flagged.filter((p) => !listed.has(p) && !p.endsWith('/articles/') && !p.endsWith('/search/'))).toEqual([]);
  });
  test('the check lists pages whose Spanish text is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-'));
    for (const d of ['companies', 'regulations', 'articles/en', 'articles/es']) mkdirSync(path.join(dir, d), { recursive: true });
    writeFileSync(path.join(dir, 'companies/acme.mdx'), '---\n---\n');
    writeFileSync(path.join(dir, 'companies/done.mdx'), '---\n---\n');
    writeFileSync(path.join(dir, 'companies/done.es.mdx'), '---\n---\n');
    writeFileSync(path.join(dir, 'regulations/law.mdx'), '---\n---\n');
    writeFileSync(path.join(dir, 'articles/en/story.mdx'), '---\n---\n');
    expect(untranslated(dir)).toEqual([
      { url: '/es/articles/story/', missing: 'content/articles/es/story.mdx' },
      { url: '/es/companies/acme/', missing: 'content/companies/acme.es.mdx' },
      { url: '/es/regulation/law/', missing: 'content/regulations/law.es.mdx' },
    ]);
  });
  test('the glossary uses the terms Spanish readers use', () => {
    const text = page('/es/glossary/').querySelector('main')!.textContent!.toLowerCase();
    expect(text).toContain('modelo como servicio');
    expect(text).toContain('pesos abiertos');
  });
});

describe('search per language', () => {
  test('accents do not matter in Spanish', async () => {
    const withAccent = await search('es', 'regulación');
    const without = await search('es', 'regulacion');
    expect(without.length).toBeGreaterThan(0);
    expect(new Set(without.map((h) => h.url))).toEqual(new Set(withAccent.map((h) => h.url)));
    expect((await search('es', 'inversion')).length).toBeGreaterThan(0);
  });
  test('the Spanish index holds only Spanish pages', async () => {
    for (const h of await search('es', 'Mistral', {}, 30)) expect(h.url.startsWith('/es/'), h.url).toBe(true);
    for (const h of await search('en', 'Mistral', {}, 30)) expect(h.url.startsWith('/es/'), h.url).toBe(false);
  });
});
