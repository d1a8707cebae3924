/** Integrity of the real content/: what the editors have written, checked as the build will. */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { CONTENT } from '../../scripts/lib/site.ts';

const root = CONTENT;
const { entries, problems } = validateContent(root);
const data = <T>(c: keyof typeof entries) => entries[c].map((e) => ({ id: e.id, ...(e.data as T) }));

describe('content/', () => {
  test('every file passes its schema and every reference resolves', () => {
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([]);
  });

  test('every round, model and milestone has a source with a date', () => {
    for (const r of data<{ sources: { published: Date }[] }>('funding')) expect(r.sources.length, r.id).toBeGreaterThan(0);
    for (const m of data<{ sources: unknown[] }>('models')) expect(m.sources.length, m.id).toBeGreaterThan(0);
    for (const r of data<{ milestones: { sources: unknown[] }[] }>('regulations')) {
      for (const m of r.milestones) expect(m.sources.length, r.id).toBeGreaterThan(0);
    }
  });

  test('the slugs other pages and checks rely on exist', () => {
    const has = (c: keyof typeof entries, id: string) => entries[c].some((e) => e.id === id);
    expect(has('companies', 'mistral-ai')).toBe(true);
    expect(has('investors', 'microsoft')).toBe(true);
    expect(has('people', 'arthur-mensch')).toBe(true);
    expect(has('regulations', 'eu-ai-act')).toBe(true);
    expect(has('models', 'mistral-7b')).toBe(true);
    expect(has('models', 'mixtral-8x7b')).toBe(true);
  });

  test('coverage: the counts the Atlas promises', () => {
    const companies = data<{ country: string }>('companies');
    expect(companies.length).toBeGreaterThanOrEqual(12);
    expect(new Set(companies.map((c) => c.country)).size).toBeGreaterThanOrEqual(6);
    expect(entries.funding.length).toBeGreaterThanOrEqual(25);
    expect(entries.investors.length).toBeGreaterThanOrEqual(12);
    expect(entries.models.length).toBeGreaterThanOrEqual(10);
    expect(entries.regulations.length).toBeGreaterThanOrEqual(3);
    expect(entries.articles.filter((a) => a.id.startsWith('en/')).length).toBeGreaterThanOrEqual(4);
    expect(entries.glossary.length).toBeGreaterThanOrEqual(20);
  });

  test('the AI Act has its milestones so far', () => {
    const act = data<{ milestones: { date: Date }[] }>('regulations').find((r) => r.id === 'eu-ai-act')!;
    expect(act.milestones.filter((m) => m.date.getTime() <= Date.now()).length).toBeGreaterThanOrEqual(8);
  });

  test('every acronym the seed article uses has a glossary entry', () => {
    const abbrs = new Set(data<{ abbreviation?: string }>('glossary').flatMap((g) => (g.abbreviation ? g.abbreviation.split(/\s*\/\s*/) : [])));
    for (const a of ['LLM', 'MaaS', 'MACC', 'API']) expect(abbrs, a).toContain(a);
  });

  test('the founding article corrects the seed visibly', () => {
    for (const lang of ['en', 'es']) {
      const a = entries.articles.find((e) => e.id === `${lang}/microsoft-mistral-partnership`);
      expect(a, lang).toBeDefined();
      expect((a!.data as { corrections: unknown[] }).corrections.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('source policy', () => {
  test('every pending citation of a blocked site still exists (fixed ones must leave the list)', async () => {
    const { readSourcePolicy } = await import('../../src/domain/content-files.ts');
    const { blockedCitations } = await import('../../src/domain/source-policy.ts');
    const policy = readSourcePolicy(root);
    const cited = new Set(blockedCitations(entries, policy).map((c) => `${c.file} ${c.url}`));
    expect(policy.pending.filter((p) => !cited.has(`${p.file} ${p.url}`))).toEqual([]);
  });
  test('the domains the truth-pass issue names are blocked', async () => {
    const { readSourcePolicy } = await import('../../src/domain/content-files.ts');
    const domains = readSourcePolicy(root).blocked.map((b) => b.domain);
    for (const d of ['ainews.planetpost.xyz', 'aitechsuite.com', 'themeridiem.com', 'creati.ai', 'keynews.ai', 'agenticdaily.ai', 'diariovasco.diariosergipano.net', 'reddit.jaspervandalum.nl', 'bitcointrader2022.blogspot.com', 'squidbusiness.fr', 'newyorkdigitalnews.org']) {
      expect(domains, d).toContain(d);
    }
  });
});
