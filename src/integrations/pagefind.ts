/**
 * Builds the Pagefind index right after Astro writes dist/, so `npm run build` produces the
 * site and its search index in one command. Every Pagefind response's `errors` is checked: an
 * index that failed to build must fail the build, not ship a search that finds nothing.
 *
 * It then tags each record link of the search pages' A–Z index with its Pagefind result id
 * (`data-pf`), so the search script can show a record's result from the page it already has
 * instead of fetching one fragment per result: fewer requests, faster first results.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

/** Result id (fragment file name) → page URL, read from the fragments Pagefind wrote. */
export async function fragmentIds(pagefindDir: string): Promise<Map<string, string>> {
  const dir = path.join(pagefindDir, 'fragment');
  const byUrl = new Map<string, string>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const raw = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
    const json = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string };
    byUrl.set(json.url, name.slice(0, -'.pf_fragment'.length));
  }
  return byUrl;
}

export async function tagSearchPages(site: string, byUrl: Map<string, string>): Promise<number> {
  let tagged = 0;
  for (const page of ['search/index.html', 'es/search/index.html']) {
    const file = path.join(site, page);
    if (!existsSync(file)) continue;
    const html = await readFile(file, 'utf8');
    const out = html.replace(/<a href="([^"]+)" data-summary|<a href="([^"]+)" data-facts|<a href="([^"]+)">/g, (m, a?: string, b?: string, c?: string) => {
      const id = byUrl.get((a ?? b ?? c)!);
      if (!id) return m;
      tagged++;
      return m.replace('<a ', `<a data-pf="${id}" `);
    });
    await writeFile(file, out);
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
        const index = created.index!;
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
        const tagged = await tagSearchPages(site, await fragmentIds(outputPath));
        logger.info(`tagged ${tagged} record links on the search pages with their result ids`);
      },
    },
  };
}
