/**
 * Builds the Pagefind index right after Astro writes dist/, so `npm run build` produces the
 * site and its search index in one command. Every Pagefind response's `errors` is checked: an
 * index that failed to build must fail the build, not ship a search that finds nothing.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const created = await createIndex({});
        assertOk('createIndex', created);
        const index = created.index!;
        try {
          const added = await index.addDirectory({ path: site });
          assertOk('addDirectory', added);
          if (added.page_count === 0) throw new Error('Pagefind indexed 0 pages: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          assertOk('writeFiles', written);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
