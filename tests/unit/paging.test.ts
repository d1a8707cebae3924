import { describe, expect, test } from 'vitest';
import { jumpId, jumps, letterOf, pageCount, pageHref, pageSlice } from '../../src/lib/paging.ts';

describe('paging', () => {
  test('page count: at least one page, one more for each started page', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
    expect(pageCount(25_000, 100)).toBe(250);
  });

  test('slices cover every entry exactly once, in order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length, 10) }, (_, i) => pageSlice(items, i + 1, 10));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(pages.flat()).toEqual(items);
  });

  test('page 1 is the index itself; the others live under page/<n>/', () => {
    expect(pageHref('/companies/', 1)).toBe('/companies/');
    expect(pageHref('/es/funding/', 3)).toBe('/es/funding/page/3/');
  });

  test('letters: accents removed, lower case raised, anything but A–Z is #', () => {
    expect(letterOf('Ángel')).toBe('A');
    expect(letterOf('élan')).toBe('E');
    expect(letterOf('Ñu')).toBe('N');
    expect(letterOf('1X Technologies')).toBe('#');
    expect(letterOf('  Øresund')).toBe('#');
  });

  test('a jump per key, to the page and position of its first entry', () => {
    const names = ['Aa', 'Ab', 'Ba', 'Bb', 'Bc', 'Ca', 'Da'];
    const j = jumps(names, letterOf, 3);
    expect(j).toEqual([
      { key: 'A', page: 1, index: 0, id: 'from-a' },
      { key: 'B', page: 1, index: 2, id: 'from-b' },
      { key: 'C', page: 2, index: 5, id: 'from-c' },
      { key: 'D', page: 3, index: 6, id: 'from-d' },
    ]);
    expect(jumpId('#')).toBe('from-other');
    // A key seen again later (out of order) gets no second anchor: ids stay unique.
    expect(jumps(['A1', 'B1', 'A2'], letterOf, 10).map((x) => x.key)).toEqual(['A', 'B']);
  });
});
