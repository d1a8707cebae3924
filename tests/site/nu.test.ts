/**
 * Every built page (both languages, 404 included) passes the Nu HTML Checker (vnu) with no
 * errors. Builds nothing: run `npm run build` first (`npm test` does it).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { nuCheck } from '../../scripts/lib/nu.ts';
import { DIST, allPages, assertBuilt, fileFor } from '../../scripts/lib/site.ts';

describe('Nu HTML Checker', () => {
  it('reports no error on any page of the built site', async () => {
    assertBuilt();
    const pages = allPages();
    expect(pages).toContain('/404.html');
    expect(pages.some((p) => p.startsWith('/es/'))).toBe(true);
    const errors = await nuCheck(pages.map(fileFor));
    const report = errors.map((e) => `${path.relative(DIST, e.file) || e.file}:${e.line ?? '?'}: ${e.message}`).join('\n');
    expect(errors, `${errors.length} Nu error(s) in ${pages.length} pages:\n${report}`).toHaveLength(0);
  }, 180_000);
});
