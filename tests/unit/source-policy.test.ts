/** Blocked sites: the editors' check names the file, the field and the reason; pending citations are tolerated and counted. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSourcePolicy, validateContent } from '../../src/domain/content-files.ts';
import { blockedBy } from '../../src/domain/source-policy.ts';
import { sourceReport } from '../../src/domain/source-report.ts';
import { FIXTURE, fixtureCitingBlocked } from '../helpers/fixture.ts';

describe('blocked sites', () => {
  test('a host or any of its subdomains is blocked, nothing else', () => {
    const rules = { blocked: [{ domain: 'spun-copies.example', reason: 'r' }] };
    expect(blockedBy('https://spun-copies.example/a', rules)?.what).toBe('spun-copies.example');
    expect(blockedBy('https://news.spun-copies.example/a', rules)?.what).toBe('spun-copies.example');
    expect(blockedBy('https://notspun-copies.example/a', rules)).toBeUndefined();
  });
  test('a kind of page that cannot support a figure is refused on any site', () => {
    const rules = readSourcePolicy(FIXTURE);
    expect(blockedBy('https://www.acme.example/privacy-policy', rules)).toEqual({ what: 'a privacy policy', reason: expect.stringContaining('states no fact') });
    expect(blockedBy('https://www.acme.example/news/privacy-first-launch', rules)).toBeUndefined();
  });
  test('citing an unfit page is a problem naming the file, the field and the kind of page', () => {
    const root = fixtureCitingBlocked();
    const file = path.join(root, 'funding', 'acme-ai-seed-2024.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('https://www.spun-copies.example/acme-raises', 'https://acme.example/privacy'));
    expect(validateContent(root).problems).toEqual([
      expect.objectContaining({ file: 'content/funding/acme-ai-seed-2024.yaml', field: 'sources[0].url', message: expect.stringMatching(/^cites a privacy policy, which may not be cited \(it states no fact/) }),
    ]);
  });
  test('an unfit-page pattern that is not a regular expression is reported', () => {
    const root = fixtureCitingBlocked();
    writeFileSync(path.join(root, 'data', 'blocked-domains.yaml'), 'blocked: []\nunfit:\n  - { pattern: "(", what: x, reason: y }\n');
    expect(validateContent(root).problems.map((p) => [p.file, p.field])).toContainEqual(['content/data/blocked-domains.yaml', 'unfit.0.pattern']);
  });
  test('citing one is a problem naming the file, the field and the reason', () => {
    const { problems } = validateContent(fixtureCitingBlocked());
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/funding/acme-ai-seed-2024.yaml',
        field: 'sources[0].url',
        message: expect.stringMatching(/cites spun-copies\.example, which may not be cited \(a fictional farm of spun copies/),
      }),
    ]);
  });
  test('a pending citation is tolerated, and reported', () => {
    const root = fixtureCitingBlocked(true);
    const { entries, problems } = validateContent(root);
    expect(problems).toEqual([]);
    expect(sourceReport(entries, readSourcePolicy(root)).blocked).toEqual([
      { file: 'content/funding/acme-ai-seed-2024.yaml', field: 'sources[0].url', url: 'https://www.spun-copies.example/acme-raises' },
    ]);
  });
  test('a malformed list is itself reported', () => {
    const root = fixtureCitingBlocked();
    writeFileSync(path.join(root, 'data', 'blocked-domains.yaml'), 'blocked:\n  - domain: https://x.example/\n');
    expect(validateContent(root).problems.map((p) => [p.file, p.field])).toEqual([
      ['content/data/blocked-domains.yaml', 'blocked.0.domain'],
      ['content/data/blocked-domains.yaml', 'blocked.0.reason'],
    ]);
  });
});

describe('source report', () => {
  test('counts records with a primary or press source and those with secondary ones only', () => {
    const { entries } = validateContent(FIXTURE);
    const report = sourceReport(entries, readSourcePolicy(FIXTURE));
    const funding = report.collections.find((c) => c.collection === 'funding');
    expect(funding).toEqual({ collection: 'funding', records: 1, primaryOrPress: 1, secondaryOnly: 0, none: 0 });
    expect(report.blocked).toEqual([]);
    expect(report.domains[0]?.domain).toBe('example.org');
  });
});
