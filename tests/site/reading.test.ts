/** Reading an article: contents, reading time, numbered citations that lead to their source and back. */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { refIds } from '../../src/lib/refs.ts';
import { CONTENT, page } from '../../scripts/lib/site.ts';

const { entries } = validateContent(CONTENT);
const articles = entries.articles.filter((a) => !(a.data as { draft?: boolean }).draft);
const pathOf = (id: string) => (id.startsWith('es/') ? `/es/articles/${id.slice(3)}/` : `/articles/${id.slice(3)}/`);

describe('articles', () => {
  test('a long article (three sections or more) opens with its contents, each entry leading to its section', () => {
    let withContents = 0;
    for (const a of articles) {
      const doc = page(pathOf(a.id));
      const sections = [...doc.querySelectorAll('article .prose h2[id]')].map((h) => h.id);
      const toc = [...doc.querySelectorAll('.toc a')].map((l) => l.getAttribute('href')?.slice(1));
      if (sections.length >= 3) {
        expect(toc, a.id).toEqual(sections);
        withContents++;
      } else expect(toc, a.id).toEqual([]);
    }
    expect(withContents).toBeGreaterThan(4);
  });

  test('every article says how long it takes to read', () => {
    for (const a of articles) {
      const minutes = Number(page(pathOf(a.id)).querySelector('[data-reading-time]')?.getAttribute('data-reading-time'));
      expect(minutes, a.id).toBeGreaterThanOrEqual(1);
    }
  });

  test('numbered citations lead to their source, and each source links back to every citation of it', () => {
    let cited = 0;
    for (const a of articles) {
      const doc = page(pathOf(a.id));
      const refs = [...doc.querySelectorAll('sup.ref a')].map((r) => ({ id: r.id, href: r.getAttribute('href') }));
      const expected = [...refIds(a.body ?? '')].flatMap(([n, ids]) => ids.map((id) => ({ id, href: `#src-${n}` })));
      expect(refs.map((r) => r.id).sort(), a.id).toEqual(expected.map((r) => r.id).sort());
      for (const r of refs) {
        expect(doc.querySelector(r.href!)?.closest('.sources'), `${a.id} ${r.href}`).not.toBeNull();
        expect(r.href, r.id).toBe(`#src-${r.id.split('-')[1]}`);
      }
      const back = [...doc.querySelectorAll('.sources a.backref')].map((b) => b.getAttribute('href')?.slice(1));
      expect(back.sort(), a.id).toEqual(refs.map((r) => r.id).sort());
      cited += refs.length;
    }
    // The Microsoft–Mistral explainer cites its sources by number, in both languages.
    expect(page('/articles/microsoft-mistral-partnership/').querySelectorAll('sup.ref').length).toBeGreaterThanOrEqual(20);
    expect(page('/es/articles/microsoft-mistral-partnership/').querySelectorAll('sup.ref').length).toBeGreaterThanOrEqual(20);
    expect(cited).toBeGreaterThanOrEqual(40);
  });

  test('related records are cards with their type and a line about each', () => {
    const cards = [...page('/articles/microsoft-mistral-partnership/').querySelectorAll('.related .card')];
    expect(cards.length).toBeGreaterThan(10);
    for (const c of cards) {
      expect(c.querySelector('.badge')?.textContent?.trim()).toBeTruthy();
      expect(c.querySelector('a')?.getAttribute('href')).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/$/);
    }
  });
});
