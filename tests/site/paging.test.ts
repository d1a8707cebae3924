/**
 * Paged indexes (src/lib/paging.ts) on the built site: every record of a paged collection is listed
 * on exactly one page of its index, pages link to each other, and every jump link (A–Z or year)
 * leads to the page and entry where its letter or year starts. Both languages.
 */
import { describe, expect, test } from 'vitest';
import { allPages, assertBuilt, exists, page } from '../../scripts/lib/site.ts';
import { pageCount } from '../../src/lib/paging.ts';
import { PAGED_COLLECTIONS, pageSize } from '../../src/lib/paged-collections.ts';
import { REGISTRY } from '../../src/domain/registry.ts';

assertBuilt();
const pages = allPages();

describe.each(['', '/es'])('paged indexes %s', (prefix) => {
  test.each([...PAGED_COLLECTIONS])('%s: every record on exactly one page, in pages of at most its page size', (collection) => {
    const segment = REGISTRY[collection].segment;
    const base = `${prefix}/${segment}/`;
    const records = pages.filter((p) => new RegExp(`^${base}(?!page/)[^/]+/$`).test(p));
    const n = pageCount(records.length, pageSize(collection));
    const indexPages = [base, ...Array.from({ length: n - 1 }, (_, i) => `${base}page/${i + 2}/`)];
    expect(exists(`${base}page/${n + 1}/`), 'no page past the last').toBe(false);
    const listed: string[] = [];
    for (const [i, p] of indexPages.entries()) {
      const doc = page(p);
      const main = doc.querySelector('main')!;
      // The entries: links to records of this collection outside the navigation.
      const links = [...main.querySelectorAll('a[href]')].filter((a) => !a.closest('nav')).map((a) => a.getAttribute('href')!)
        .filter((h) => records.includes(h));
      const unique = [...new Set(links)];
      expect(unique.length, p).toBeLessThanOrEqual(pageSize(collection));
      listed.push(...unique);
      if (n > 1) {
        const pager = doc.querySelector('nav.pager')!;
        expect(pager.querySelector('[aria-current="page"]')?.textContent, p).toBe(String(i + 1));
        expect(pager.querySelectorAll('a:not([rel])').length, p).toBe(n);
        expect(pager.querySelector('a[rel="prev"]') !== null, `${p} prev`).toBe(i > 0);
        expect(pager.querySelector('a[rel="next"]') !== null, `${p} next`).toBe(i < n - 1);
      } else {
        expect(doc.querySelector('nav.pager'), p).toBeNull();
      }
      if (i > 0) expect(doc.title, p).toContain(prefix ? `página ${i + 1} de ${n}` : `page ${i + 1} of ${n}`);
    }
    expect(listed.length).toBe(records.length);
    expect(new Set(listed)).toEqual(new Set(records));
  });

  test.each([...PAGED_COLLECTIONS])('%s: each jump link leads to the first entry of its letter or year', (collection) => {
    const base = `${prefix}/${REGISTRY[collection].segment}/`;
    const jumps = [...page(base).querySelectorAll('nav.jumps a')];
    expect(jumps.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const a of jumps) {
      const [target, id] = a.getAttribute('href')!.split('#') as [string, string];
      const entry = page(target || base).getElementById(id);
      expect(entry, `${a.getAttribute('href')}`).not.toBeNull();
      const key = a.textContent!.trim();
      seen.push(key);
      if (REGISTRY[collection].order.by === 'label') {
        const name = entry!.querySelector('a')!.textContent!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toUpperCase();
        expect(key === '#' ? /^[^A-Z]/.test(name) : name.startsWith(key), `${key} → ${name}`).toBe(true);
      } else {
        expect(entry!.querySelector('time')!.getAttribute('datetime')!.slice(0, 4), key).toBe(key);
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
  });
});
