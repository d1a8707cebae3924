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
  test('an MDX file starting with a byte-order mark reads like one without', async () => {
    const { parseMdxFile } = await import('../../src/domain/read-files.ts');
    expect(parseMdxFile('\uFEFF---\nname: X\n---\nBody\n')).toMatchObject({ data: { name: 'X' }, body: 'Body\n', bodyLine: 4 });
  });
});
