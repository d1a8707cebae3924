/**
 * The collection registry is the one home of what a collection is: every consumer must cover
 * every entry. Built on the fixture Atlas (no Astro build), so a new registry entry without its
 * pages, loader layout, search records or open data fails here, in seconds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, NAV, PAGED, REGISTRY, RELATABLE, makeSchemas } from '../../src/domain/registry.ts';
import { plainRef } from '../../src/schemas/common.ts';
import { searchRecords } from '../../src/search/records.ts';
import { datasets } from '../../src/open-data/open-data.ts';
import { NAV_LINKS, sectionOf } from '../../src/lib/sections.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { ContentIntegrityError } from '../../src/domain/integrity.ts';
import { fixtureAtlas } from '../helpers/fixture.ts';

const atlas = fixtureAtlas();
const pages = path.resolve(import.meta.dirname, '..', '..', 'src', 'pages', '[...lang]');

describe('every collection of the registry', () => {
  test('has its pages: an index and a page per record (or an index with anchors)', () => {
    for (const c of COLLECTIONS) {
      const { segment, anchorsOnly } = REGISTRY[c];
      if (anchorsOnly) expect(existsSync(path.join(pages, `${segment}.astro`)), `${segment}.astro`).toBe(true);
      else {
        expect(existsSync(path.join(pages, segment, 'index.astro')), `${segment}/index.astro`).toBe(true);
        expect(existsSync(path.join(pages, segment, '[slug].astro')), `${segment}/[slug].astro`).toBe(true);
      }
    }
    expect(PAGED.length + COLLECTIONS.filter((c) => REGISTRY[c].anchorsOnly).length).toBe(COLLECTIONS.length);
  });
  test('has a schema, a unique URL segment, a unique search kind and open-data file', () => {
    const schemas = makeSchemas(plainRef);
    for (const c of COLLECTIONS) expect(schemas[c], c).toBeDefined();
    const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
    unique(COLLECTIONS.map((c) => REGISTRY[c].segment));
    unique(COLLECTIONS.map((c) => REGISTRY[c].kind));
    unique(COLLECTIONS.map((c) => REGISTRY[c].openData.dataset));
  });
  test('is a section (breadcrumbs), and navigation follows the registry', () => {
    for (const c of COLLECTIONS) expect(sectionOf(REGISTRY[c].segment)?.label).toBe(REGISTRY[c].section);
    expect(NAV_LINKS.slice(0, NAV.length).map((l) => l.path)).toEqual(NAV.map((c) => `/${REGISTRY[c].segment}/`));
    expect(RELATABLE).not.toContain('articles');
  });
  test.each(LOCALES)('has search records with a label, a URL and a type (%s)', (lang) => {
    const groups = searchRecords(atlas, lang);
    expect(groups.map((g) => g.collection)).toEqual([...COLLECTIONS]);
    for (const { collection, records } of groups) {
      expect(records.length, collection).toBeGreaterThan(0);
      for (const r of records) {
        expect(r.title, `${collection}: title`).not.toBe('');
        expect(r.url.startsWith(lang === 'en' ? '/' : '/es/'), r.url).toBe(true);
        expect(r.facets.type, r.url).toBe(r.type);
        expect(r.priority, r.url).toBe(REGISTRY[collection].priority);
      }
    }
  });
  test('has an open-data file whose every column is documented', () => {
    const all = datasets(atlas);
    for (const c of COLLECTIONS) {
      const d = all.find((x) => x.name === REGISTRY[c].openData.dataset);
      expect(d?.records.length, c).toBeGreaterThan(0);
      for (const col of d?.columns ?? []) expect(col.description, `${c}.${col.name}`).not.toBe('');
    }
  });
});

describe('the Atlas API', () => {
  test('labels, links and lists records by the locale', () => {
    expect(atlas.label({ collection: 'funding', id: 'acme-ai-seed-2024' }, 'en')).toBe('Seed of Acme AI');
    expect(atlas.label({ collection: 'funding', id: 'acme-ai-seed-2024' }, 'es')).toMatch(/Acme AI/);
    expect(atlas.href({ collection: 'glossary', id: 'open-weights' }, 'es')).toBe('/es/glossary/#open-weights');
    expect(atlas.href({ collection: 'articles', id: 'es/acme-story' }, 'es')).toBe('/es/articles/acme-story/');
    expect(atlas.list('companies', 'en').map((c) => c.id)).toEqual(['acme-ai', 'zeta-labs']);
  });
  test('finds who points at a record, through which field', () => {
    const acme = { collection: 'companies', id: 'acme-ai' } as const;
    expect(atlas.referrers(acme, 'funding', 'en', 'company').map((r) => r.id)).toEqual(['acme-ai-seed-2024']);
    expect(atlas.referrers(acme, 'models', 'en').map((r) => r.id)).toEqual(['acme-1']);
    expect(atlas.referrers({ collection: 'people', id: 'jane-roe' }, 'companies', 'en', 'founders').map((r) => r.id)).toEqual(['acme-ai']);
    expect(atlas.articlesMentioning('es', acme).map((a) => a.article.id)).toEqual(['es/acme-story']);
    expect(atlas.articlesMentioning('en', { collection: 'funding', id: 'acme-ai-seed-2024' }).map((a) => a.article.id)).toEqual(['en/acme-story']);
  });
  test('a missing record is a ContentIntegrityError naming the reference', () => {
    expect(() => atlas.get({ collection: 'investors', id: 'nobody' })).toThrow(ContentIntegrityError);
    expect(() => atlas.label({ collection: 'investors', id: 'nobody' }, 'en')).toThrow(/investors\/nobody/);
  });
  test('Spanish bodies: the twin when there is one, else the English original flagged', () => {
    expect(atlas.body(atlas.get({ collection: 'companies', id: 'acme-ai' }), 'es').translated).toBe(true);
    expect(atlas.body(atlas.get({ collection: 'companies', id: 'zeta-labs' }), 'es').translated).toBe(false);
  });
});
