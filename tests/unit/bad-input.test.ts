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
  test('a problem in a body names the line in the file', async () => {
    const { checkBody } = await import('../../src/domain/mdx-policy.ts');
    expect(checkBody('First line.\n\n<script>x</script>\n', 'x.mdx', 10, 'en', { slugs: {} })).toEqual([expect.objectContaining({ line: 12, field: '(body)' })]);
  });

  test('an MDX file starting with a byte-order mark reads like one without', async () => {
    const { parseMdxFile } = await import('../../src/domain/read-files.ts');
    expect(parseMdxFile('\uFEFF---\nname: X\n---\nBody\n')).toMatchObject({ data: { name: 'X' }, body: 'Body\n', bodyLine: 4 });
  });
});
