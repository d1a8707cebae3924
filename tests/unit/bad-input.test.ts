/** Every case of the bad-input corpus is caught by the editors' validator, naming the file, the line where known, and the field. */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { formatProblem } from '../../src/domain/integrity.ts';
import { BAD_INPUT, brokenCopy, cleanUp, expectedLine } from '../helpers/bad-input.ts';

describe('bad input is refused by the editors’ check', () => {
  test.each(BAD_INPUT.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const root = brokenCopy(c);
    try {
      const lines = validateContent(root).problems.map(formatProblem);
      expect(lines.some((l) => expectedLine(c).test(`content/${l.replace(/^content\//, '')}`)), lines.join('\n') || '(no problem reported)').toBe(true);
    } finally {
      cleanUp(root);
    }
  });
});

describe('harmless variations are accepted', () => {
  test('Markdown, allowed inline elements, comments, plain values and links to published pages in the body’s language', async () => {
    const { checkBody, isPlainExpression } = await import('../../src/domain/mdx-policy.ts');
    const published = { slugs: { companies: new Set(['acme-ai']), glossary: new Set(['open-weights']) } };
    const en = 'An <abbr title="General-purpose AI">GPAI</abbr> model{/* note */} by [Acme](/companies/acme-ai/), see [open weights](/glossary/#open-weights), [the data](/data/) and <sup>1</sup> [mail](mailto:editors@example.org) [source](https://example.org/a).';
    expect(checkBody(en, 'x.mdx', 1, 'en', published)).toEqual([]);
    expect(checkBody('Véase [Acme](/es/companies/acme-ai/) y {"texto"}.', 'x.es.mdx', 1, 'es', published)).toEqual([]);
    expect(checkBody('See [nothing](/glossary/#no-such-term).', 'x.mdx', 1, 'en', published).map((p) => p.message)).toEqual([expect.stringMatching(/no such entry/)]);
    expect(['', '/* c */', '"a string"', "'x'", '42'].every(isPlainExpression)).toBe(true);
    expect(['process.env.X', 'a()', '`t`', '"a" + b', 'import("x")'].some(isPlainExpression)).toBe(false);
  });
  test('a numbered citation must name one of the article\'s own sources', async () => {
    const { checkBody } = await import('../../src/domain/mdx-policy.ts');
    const check = (body: string, sources?: number) => checkBody(body, 'x.mdx', 1, 'en', { slugs: {} }, new Set(), sources).map((p) => p.message);
    expect(check('A fact.<Ref n="2" /> Another.<Ref n="1" />', 2)).toEqual([]);
    expect(check('A fact.<Ref n="3" />', 2)).toEqual([expect.stringMatching(/one of this article's 2 sources .* 1 to 2/)]);
    expect(check('A fact.<Ref n="0" />', 2)).toEqual([expect.stringMatching(/1 to 2/)]);
    expect(check('A fact.<Ref n="x" />', 2)).toEqual([expect.stringMatching(/1 to 2/)]);
    expect(check('A fact.<Ref n="1">text</Ref>', 2)).toEqual([expect.stringMatching(/takes no content/)]);
    expect(check('A fact.<Ref n="1" />')).toEqual([expect.stringMatching(/not available in this text/)]);
    expect(check('A fact.<Ref n="1" id="x" />', 2)).toEqual([expect.stringMatching(/may not carry the attribute id/)]);
  });
  test('a problem in a body names the line in the file', async () => {
    const { checkBody } = await import('../../src/domain/mdx-policy.ts');
    expect(checkBody('First line.\n\n<script>x</script>\n', 'x.mdx', 10, 'en', { slugs: {} })).toEqual([expect.objectContaining({ line: 12, field: '(body)' })]);
  });

  test('an MDX file starting with a byte-order mark reads like one without', async () => {
    const { parseMdxFile } = await import('../../src/domain/read-files.ts');
    expect(parseMdxFile('\uFEFF---\nname: X\n---\nBody\n')).toMatchObject({ data: { name: 'X' }, body: 'Body\n', bodyLine: 4 });
  });
});
