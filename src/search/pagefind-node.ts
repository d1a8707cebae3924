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

/** The index of one language of the site built in `dist` (one module instance per dist and language). */
export function pagefindFor(dist: string, lang: Locale): Promise<PagefindApi> {
  const key = `${dist}|${lang}`;
  let p = loaded.get(key);
  if (!p) {
    p = (async () => {
      installFileFetch();
      const base = pathToFileURL(path.join(dist, 'pagefind') + '/');
      const attr = (a: string) => (a === 'lang' ? lang : null);
      Object.assign(globalThis, { document: { querySelector: (s: string) => (s === 'html' ? { getAttribute: attr } : null), documentElement: { lang, getAttribute: attr }, currentScript: null } });
      // A fresh module instance per language: the query string defeats the module cache.
      const mod = (await import(/* @vite-ignore */ `${base.href}pagefind.js?lang=${lang}&dist=${encodeURIComponent(dist)}`)) as PagefindApi;
      await mod.options({ basePath: base.href });
      await mod.init();
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

/** Every indexed page of a language: its site path → its Pagefind result id. */
export async function resultIds(dist: string, lang: Locale): Promise<Map<string, string>> {
  const pf = await pagefindFor(dist, lang);
  const { results } = await pf.search(null);
  const pairs = await Promise.all(results.map(async (r) => [sitePath(dist, (await r.data()).url), r.id] as const));
  return new Map(pairs);
}
