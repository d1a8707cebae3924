/**
 * Queries the built Pagefind index from Node. pagefind.js loads its files with fetch(), which
 * cannot read file:// URLs in Node, so fetch is swapped for one that reads from dist/; and a
 * stub document tells it which language's index to load.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';
import { DIST } from './site.ts';

export interface Hit {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<Hit & { url: string }> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const loaded = new Map<string, Promise<PagefindApi>>();

export function pagefindFor(lang: 'en' | 'es'): Promise<PagefindApi> {
  let p = loaded.get(lang);
  if (!p) {
    p = (async () => {
      const base = pathToFileURL(path.join(DIST, 'pagefind') + '/');
      const realFetch = globalThis.fetch;
      globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (!url.startsWith('file:')) return realFetch(input, init);
        try {
          return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
        } catch {
          return new Response(null, { status: 404 });
        }
      }) as typeof fetch;
      (globalThis as { document?: unknown }).document = {
        querySelector: (sel: string) => (sel === 'html' ? { getAttribute: (a: string) => (a === 'lang' ? lang : null) } : null),
        documentElement: { lang, getAttribute: (a: string) => (a === 'lang' ? lang : null) },
        currentScript: null,
      };
      // A fresh module instance per language: the query string defeats the module cache.
      const mod = (await import(/* @vite-ignore */ `${base.href}pagefind.js?lang=${lang}`)) as PagefindApi;
      await mod.options({ basePath: base.href });
      await mod.init();
      return mod;
    })();
    loaded.set(lang, p);
  }
  return p;
}

/** Result URLs as site paths (Pagefind prefixes them with the base path). */
export async function search(lang: 'en' | 'es', q: string, opts: Record<string, unknown> = {}, limit = 10): Promise<Hit[]> {
  const pf = await pagefindFor(lang);
  const res = await pf.search(q, opts);
  const hits = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
  const root = pathToFileURL(DIST).pathname + '/';
  return hits.map((h) => {
    const at = h.url.indexOf(root);
    return { ...h, url: at >= 0 ? '/' + h.url.slice(at + root.length) : h.url };
  });
}
