/** The list of ids the layout uses, which anchor slugs may not take, covers every literal id in src/. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { LAYOUT_IDS, LAYOUT_ID_PREFIXES, collidesWithLayout } from '../../src/lib/layout-ids.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.astro') ? [path.join(dir, d.name)] : []));

test('every literal id and id prefix in src/ is listed', () => {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const f of files('src')) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\bid=(?:"([^"{}]+)"|'([^'{}]+)')/g)) literal.add(m[1] ?? m[2] ?? '');
    for (const m of text.matchAll(/\bid=\{`([a-z-]+-)\$\{/g)) prefixes.add(m[1] ?? '');
  }
  expect(literal.size).toBeGreaterThan(10);
  expect([...literal].filter((id) => !LAYOUT_IDS.includes(id))).toEqual([]);
  expect([...prefixes].filter((p) => !LAYOUT_ID_PREFIXES.includes(p))).toEqual([]);
  expect(collidesWithLayout('main')).toBe(true);
  expect(collidesWithLayout('open-weights')).toBe(false);
});
