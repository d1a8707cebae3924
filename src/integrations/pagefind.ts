/**
 * Builds the Pagefind index right after Astro writes dist/, so `npm run build` produces the
 * site and its search index in one command. Every Pagefind response's `errors` is checked: an
 * index that failed to build must fail the build, not ship a search that finds nothing.
 *
 * Then it asks the built index itself (through Pagefind's public JS API, src/search/pagefind-node.ts)
 * for each page's result id, and adds it to that language's search records (/search/records.json,
 * which the build wrote from the registry): the search page can then show a record's result from
 * its record, without fetching one Pagefind fragment per result. No HTML is rewritten.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LOCALES, localePath } from '../i18n/index.ts';
import { resultIds } from '../search/pagefind-node.ts';
import type { SearchRecord } from '../search/records.ts';

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

async function addResultIds(site: string): Promise<number> {
  let tagged = 0;
  const hadDocument = 'document' in globalThis;
  try {
    for (const lang of LOCALES) {
      const file = path.join(site, localePath(lang, '/search/records.json'));
      const records = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
      const ids = await resultIds(site, lang);
      for (const r of records) {
        const id = ids.get(r.url.split('#')[0] ?? r.url);
        if (id) {
          r.pf = id;
          tagged++;
        }
      }
      await writeFile(file, JSON.stringify(records));
    }
  } finally {
    // pagefind-node stubs a document to pick the language; leave the build as it found it.
    if (!hadDocument) Reflect.deleteProperty(globalThis, 'document');
  }
  return tagged;
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const outputPath = path.join(site, 'pagefind');
        const created = await createIndex({});
        assertOk('createIndex', created);
        const { index } = created;
        if (!index) throw new Error('Pagefind createIndex returned no index');
        try {
          const added = await index.addDirectory({ path: site });
          assertOk('addDirectory', added);
          if (added.page_count === 0) throw new Error('Pagefind indexed 0 pages: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath });
          assertOk('writeFiles', written);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
        logger.info(`${await addResultIds(site)} search records carry their Pagefind result id`);
      },
    },
  };
}
