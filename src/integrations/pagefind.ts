/**
 * Builds the Pagefind indexes right after Astro writes dist/, so `npm run build` produces the
 * site and its search in one command: two bundles, /pagefind/ and /pagefind-more/ (which pages go
 * where, and why: src/search/bundles.ts). Every Pagefind response's `errors` is checked: an
 * index that failed to build must fail the build, not ship a search that finds nothing.
 *
 * Then it asks the built index itself (through Pagefind's public JS API, src/search/pagefind-node.ts)
 * for each page's result id, and adds it to that language's search records (/search/records.json,
 * which the build wrote from the registry): the search page can then show a record's result from
 * its record, without fetching one Pagefind fragment per result; and writes the small files a first
 * query reads instead of the whole list (result shards and name buckets, src/search/shards.ts).
 * No HTML is rewritten.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LOCALES, localePath, useTranslations } from '../i18n/index.ts';
import { AFTER_ASTRO } from './after-astro.ts';
import { BUNDLE_DIRS, bundleGlobs, bundleOf, type Bundle } from '../search/bundles.ts';
import { resultIds } from '../search/pagefind-node.ts';
import type { SearchRecord } from '../search/records.ts';
import { nameBuckets, resultShards, type ShownRecord } from '../search/shards.ts';

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value));
}

/**
 * Gives every record its result id (from whichever bundle holds its page), then writes the
 * language's result shards and name buckets (src/search/shards.ts). A record page that no bundle
 * indexed, or a result id found twice, fails the build: search would show the wrong record.
 */
async function addResultIds(site: string): Promise<{ tagged: number; shards: number; buckets: number }> {
  let tagged = 0;
  let shards = 0;
  let buckets = 0;
  const hadDocument = 'document' in globalThis;
  try {
    for (const lang of LOCALES) {
      const file = path.join(site, localePath(lang, '/search/records.json'));
      const records = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
      const ids = new Map<string, { id: string; title?: string; type?: string }>();
      for (const bundle of Object.keys(BUNDLE_DIRS) as Bundle[]) {
        for (const [url, page] of await resultIds(site, lang, bundle)) {
          if (ids.has(url)) throw new Error(`Pagefind: ${url} is in two search bundles`);
          ids.set(url, page);
        }
      }
      const seen = new Map<string, string>();
      for (const [url, { id }] of ids) {
        const other = seen.get(id);
        if (other) throw new Error(`Pagefind gave ${url} and ${other} the same result id ${id}`);
        seen.set(id, url);
      }
      for (const r of records) {
        const id = ids.get(r.url.split('#')[0] ?? r.url)?.id;
        if (!id) throw new Error(`search: the page of ${r.url} is in no Pagefind bundle (is data-pagefind-body missing?)`);
        r.pf = id;
        tagged++;
      }
      await writeFile(file, JSON.stringify(records));
      // Indexed pages that are no record (an index page, say) get a shard entry too, by their title:
      // a first query then shows every result from a shard, never a fragment.
      const t = useTranslations(lang);
      const known = new Set(records.map((r) => r.url));
      const pages: ShownRecord[] = [...ids].filter(([url]) => !known.has(url)).map(([url, { id, title, type }]) => ({ title: title ?? url, url, kind: 'page', priority: 1, type: type ?? t('type.page'), pf: id }));
      const withIds = [...(records as (SearchRecord & ShownRecord)[]), ...pages];
      const dir = path.join(site, localePath(lang, '/search/'));
      // A first query shows results of the main bundle only (the other's records come as pins,
      // whole, from the name lists): only main pages need a shard entry.
      const shardMap = resultShards(withIds.filter((r) => bundleOf(r.url.split('#')[0] ?? r.url) === 'main'));
      // Name lists are of records only: an index page's title ("Companies") is no name to pin.
      const nameMap = nameBuckets(records as (SearchRecord & ShownRecord)[]);
      for (const [key, list] of shardMap) await writeJson(path.join(dir, 'r', `${key}.json`), list);
      for (const [bucket, lists] of nameMap) await writeJson(path.join(dir, 'n', `${bucket}.json`), lists);
      shards += shardMap.size;
      buckets += nameMap.size;
    }
  } finally {
    // pagefind-node stubs a document to pick the language; leave the build as it found it.
    if (!hadDocument) Reflect.deleteProperty(globalThis, 'document');
  }
  return { tagged, shards, buckets };
}

/** Indexes one bundle's pages (src/search/bundles.ts) into dist/<its folder>/. */
async function indexBundle(site: string, bundle: Bundle, dirs: string[]): Promise<number> {
  const { createIndex } = await import('pagefind');
  const created = await createIndex({});
  assertOk('createIndex', created);
  const { index } = created;
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let pages = 0;
  for (const glob of bundleGlobs(bundle, dirs)) {
    const added = await index.addDirectory({ path: site, glob });
    assertOk(`addDirectory ${glob}`, added);
    pages += added.page_count;
  }
  if (pages === 0) throw new Error(`Pagefind indexed 0 pages for the ${bundle} bundle: is data-pagefind-body missing?`);
  const written = await index.writeFiles({ outputPath: path.join(site, BUNDLE_DIRS[bundle]) });
  assertOk('writeFiles', written);
  await index.deleteIndex();
  return pages;
}

/** Both bundles, then the records' result ids and the shards: the whole search, for a built site. */
export async function buildSearch(site: string, info: (message: string) => void): Promise<void> {
  const top = async (d: string) => (await readdir(d, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const dirs = [...new Set([...(await top(site)), ...(await Promise.all(LOCALES.map((l) => top(path.join(site, localePath(l, '/'))).catch(() => [])))).flat()])];
  const { close } = await import('pagefind');
  let main: number;
  let more: number;
  try {
    main = await indexBundle(site, 'main', dirs);
    more = await indexBundle(site, 'more', dirs);
  } finally {
    await close();
  }
  info(`indexed ${main + more} pages (${main} in /${BUNDLE_DIRS.main}/, ${more} in /${BUNDLE_DIRS.more}/)`);
  const { tagged, shards, buckets } = await addResultIds(site);
  info(`${tagged} search records carry their Pagefind result id; ${shards} result shards and ${buckets} name buckets written`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[AFTER_ASTRO]) return logger.info('search left to scripts/build.ts, once this process has ended');
        await buildSearch(fileURLToPath(dir), (m) => logger.info(m));
      },
    },
  };
}
