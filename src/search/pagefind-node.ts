/**
 * Runs a built Pagefind index from Node, through Pagefind's own public JavaScript API (the same
 * `pagefind.js` readers load): the build uses it to learn each page's result id, the tests to
 * query the index. pagefind.js loads its files with fetch(), which cannot read file:// URLs in
 * Node, so fetch is given a reader for them; a stub document tells it which language to load.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Locale } from '../i18n/index.ts';
import { BUNDLE_DIRS, type Bundle } from './bundles.ts';

export interface PagefindHit {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindHit>;
}

export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let fetchInstalled = false;
function installFileFetch(): void {
  if (fetchInstalled) return;
  fetchInstalled = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url.replace(/\?.*$/, ''))));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

const loaded = new Map<string, Promise<PagefindApi>>();

/**
 * The index of one language of the site built in `dist` (one module instance per dist, language
 * and bundles): by default the `main` bundle merged with `more`, as the search page searches once
 * the reader filters; `['main']` is what a first query searches, `['more']` the other bundle alone.
 */
export function pagefindFor(dist: string, lang: Locale, bundles: readonly Bundle[] = ['main', 'more']): Promise<PagefindApi> {
  const key = `${dist}|${lang}|${bundles.join('+')}`;
  let p = loaded.get(key);
  if (!p) {
    p = (async () => {
      installFileFetch();
      const [first, ...merged] = bundles.map((b) => pathToFileURL(path.join(dist, BUNDLE_DIRS[b]) + '/'));
      if (!first) throw new Error('pagefindFor needs a bundle');
      const base = first;
      const attr = (a: string) => (a === 'lang' ? lang : null);
      Object.assign(globalThis, { document: { querySelector: (s: string) => (s === 'html' ? { getAttribute: attr } : null), documentElement: { lang, getAttribute: attr }, currentScript: null } });
      // A fresh module instance per language: the query string defeats the module cache.
      const mod = (await import(/* @vite-ignore */ `${base.href}pagefind.js?lang=${lang}&dist=${encodeURIComponent(dist)}&bundles=${bundles.join('+')}`)) as PagefindApi;
      await mod.options({ basePath: base.href });
      await mod.init();
      for (const m of merged) await mod.mergeIndex(m.href, { language: lang });
      return mod;
    })();
    loaded.set(key, p);
  }
  return p;
}

/** A result URL as a site path (in Node, Pagefind prefixes it with the bundle's file URL). */
export function sitePath(dist: string, url: string): string {
  const root = pathToFileURL(dist).pathname.replace(/\/?$/, '/');
  const at = url.indexOf(root);
  return at >= 0 ? `/${url.slice(at + root.length)}` : url;
}

/** Every indexed page of a language in a bundle: its site path → its Pagefind result id, title and type. */
export async function resultIds(dist: string, lang: Locale, bundle: Bundle): Promise<Map<string, { id: string; title?: string; type?: string }>> {
  const pf = await pagefindFor(dist, lang, [bundle]);
  const { results } = await pf.search(null);
  const pairs = await Promise.all(
    results.map(async (r) => {
      const d = await r.data();
      return [sitePath(dist, d.url), { id: r.id, ...(d.meta.title ? { title: d.meta.title } : {}), ...(d.meta.type ? { type: d.meta.type } : {}) }] as const;
    }),
  );
  return new Map(pairs);
}
