/** The editors' validator and the reference checker, on small inputs and on the fixture content. */
import { describe, expect, test } from 'vitest';
import { splitFrontmatter, validateContent } from '../../src/domain/content-files.ts';
import { checkReferences } from '../../src/domain/integrity.ts';
import { untranslated } from '../../src/domain/translations.ts';
import { COLLECTIONS } from '../../src/domain/registry.ts';
import { FIXTURE } from '../helpers/fixture.ts';

describe('fixture content', () => {
  test('is valid, and the validator finds records of every collection of the registry', () => {
    const { entries, problems } = validateContent(FIXTURE);
    expect(problems).toEqual([]);
    for (const c of COLLECTIONS) expect(entries[c].length, `no ${c} read from tests/fixtures/content`).toBeGreaterThan(0);
    expect(entries.articles.map((a) => a.id).sort()).toEqual(['en/acme-story', 'es/acme-story']);
  });
  test('lists the pages still shown untranslated', () => {
    expect(untranslated(FIXTURE)).toEqual([{ url: '/es/companies/zeta-labs/', missing: 'content/companies/zeta-labs.es.mdx' }]);
  });
});

describe('reference checker', () => {
  test('names the file and the field of a dangling reference', () => {
    const problems = checkReferences({
      companies: [{ id: 'acme', filePath: 'content/companies/acme.mdx', data: { founders: [{ collection: 'people', id: 'ghost' }] } }],
      people: [],
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/companies/acme.mdx', field: 'founders[0]', message: expect.stringMatching(/"ghost" in people, which does not exist/) }),
    ]);
  });
  test('finds references nested in related blocks and unions', () => {
    const problems = checkReferences({
      companies: [{ id: 'acme', data: { acquisition: { by: { investor: { collection: 'investors', id: 'nobody' } } } } }],
      articles: [{ id: 'en/x', data: { related: { models: [{ collection: 'models', id: 'm1' }] } } }],
      models: [{ id: 'm1', data: {} }],
    });
    expect(problems.map((p) => p.field)).toEqual(['acquisition.by.investor']);
  });
});

describe('front matter', () => {
  test('a "---" inside a value does not end the front matter', () => {
    const src = '---\nurl: https://example.com/a---b\ntitle: x\n---\nBody text\n';
    expect(splitFrontmatter(src, 'x.mdx')).toEqual({ data: { url: 'https://example.com/a---b', title: 'x' }, body: 'Body text\n' });
    expect(splitFrontmatter('---\n---\nSolo\n', 'y.mdx')).toEqual({ data: {}, body: 'Solo\n' });
  });
  test('a file without front matter is reported with its name', () => {
    expect(() => splitFrontmatter('no front matter', 'content/companies/x.mdx')).toThrow(/content\/companies\/x\.mdx/);
  });
});
