import { describe, expect, test } from 'vitest';
import { mergeRanked, nameScore, normalise, pinnedMatches } from '../../src/search/rank.ts';
import { REGISTRY } from '../../src/domain/registry.ts';

describe('name-first ranking', () => {
  test('normalise folds case, accents and punctuation', () => {
    expect(normalise('  Timothée   Lacroix ')).toBe('timothee lacroix');
    expect(normalise('Regulación (UE) 2024/1689')).toBe('regulacion ue 2024 1689');
  });
  test('exact beats prefix beats phrase beats scattered words', () => {
    const q = 'mistral ai';
    expect(nameScore(q, 'Mistral AI')).toBeGreaterThan(nameScore(q, 'Mistral AI Studio'));
    expect(nameScore('mistral', 'Mistral AI')).toBeGreaterThan(nameScore('mistral', 'Le Mistral'));
    expect(nameScore('ai act', 'EU AI Act')).toBeGreaterThan(nameScore('ai act', 'Act on AI'));
    expect(nameScore('mistral', 'Mistralian')).toBe(0);
    expect(nameScore('', 'x')).toBe(0);
  });
  test('records with names come before texts that mention them', () => {
    const records = [
      { title: 'Mistral 7B', url: '/models/mistral-7b/', kind: 'model', priority: REGISTRY.models.priority },
      { title: 'Mistral AI', url: '/companies/mistral-ai/', kind: 'company', priority: REGISTRY.companies.priority },
      { title: 'Mistral AI raises money', url: '/articles/x/', kind: 'article', priority: REGISTRY.articles.priority },
    ];
    expect(pinnedMatches('Mistral', records).map((r) => r.url)).toEqual(['/companies/mistral-ai/', '/models/mistral-7b/', '/articles/x/']);
    expect(pinnedMatches('regulacion', [{ title: 'Regulación', url: '/es/x/', kind: 'glossary' }])).toHaveLength(1);
  });
  test('merging keeps pinned first and drops duplicates', () => {
    expect(mergeRanked(['/a/', '/b/'], ['/c/', '/a/', '/d/'])).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });
});
