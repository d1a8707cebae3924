/** When records were last checked against their sources, and which are due again. */
import { expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { checkedDate, staleRecords } from '../../src/domain/freshness.ts';
import { datasets } from '../../src/open-data/open-data.ts';
import { FIXTURE, fixtureAtlas } from '../helpers/fixture.ts';

const { entries } = validateContent(FIXTURE);

test('records never checked, or checked over a year ago, are due; a recent check is not', () => {
  const files = (today: string) => staleRecords(entries, new Date(today)).map((s) => s.file);
  expect(files('2026-11-30')).not.toContain('content/funding/acme-ai-seed-2024.yaml');
  expect(files('2026-11-30')).toContain('content/companies/acme-ai.mdx');
  expect(files('2027-12-01')).toContain('content/funding/acme-ai-seed-2024.yaml');
  // Never-checked records come first, then the oldest checks.
  expect(files('2027-12-01').at(-1)).toBe('content/funding/acme-ai-seed-2024.yaml');
});

test('the checked date reaches /data/', () => {
  const funding = datasets(fixtureAtlas()).find((d) => d.name === 'funding');
  expect(funding?.records[0]?.checked).toBe('2026-11-01');
  expect(funding?.columns.find((c) => c.name === 'checked')?.description).toMatch(/verified/);
  expect(checkedDate({ checked: 'not a date' })).toBeUndefined();
});
