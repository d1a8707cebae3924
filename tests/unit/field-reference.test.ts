/** content/README.md's field reference is generated from the schemas, and kept current. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fieldReference, withFieldReference } from '../../src/domain/field-reference.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'content', 'README.md'), 'utf8');

test('the field reference in content/README.md is current (npm run docs:content rewrites it)', () => {
  expect(withFieldReference(readme)).toBe(readme);
});

test('every field of every collection is described for editors', () => {
  const undescribed = fieldReference().split('\n').filter((l) => /^\| `[^`]+` \| (yes|no) \|\s*\|$/.test(l));
  expect(undescribed).toEqual([]);
});
