// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import contentGate from './src/integrations/content-gate.ts';
import precompress from './src/integrations/precompress.ts';
import { withAlternates } from './src/lib/sitemap-links.ts';
import { CSP_DIRECTIVES, SCRIPT_HASHES_BARE, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';

// The public address the site is deployed at; feeds, canonical links and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://atlas.example.org';

export default defineConfig({
  site,
  // ATLAS_CACHE_DIR (the benchmark, CI) keeps Astro's content cache apart too, with the social images.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: `${process.env.ATLAS_CACHE_DIR}/astro` } : {}),
  trailingSlash: 'always',
  // 'jsx' (the default) drops whitespace between elements, which glues words together in
  // Pagefind's index ("Made byStability AI"); HTML-aware compression keeps one space.
  compressHTML: true,
  // Every stylesheet is a file: the policy then needs no hash for inline styles, and the
  // header policy in public/_headers can allow styles from 'self' alone.
  // Four pages at a time: while one waits on work off the main thread (a social image rasterised
  // on the thread pool, a cache read, a file written) the others render. Measured by
  // `npm run bench:scale`; the pages themselves do not depend on the order they are built in.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: SCRIPT_HASHES_BARE },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // No code blocks need highlighting, and Shiki's inline styles would need CSP exceptions.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // One small stylesheet for the whole site: cached after the first page, one request.
      cssCodeSplit: false,
      rollupOptions: {
        // Every MDX module starts with "use astro:head-inject"; the bundler's warning about it is
        // cosmetic (an open upstream issue) and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // First: the whole of content/ is validated as `npm run check:content` does, before any page is built.
    contentGate(),
    mdx(),
    // hreflang pairs from each URL alone (src/lib/sitemap-links.ts): the `i18n` option would scan
    // every URL for every page, which grows with the square of the site.
    sitemap({ serialize: withAlternates }),
    pagefind(),
    // Last, once every file is written (Pagefind's too): brotli and gzip copies for the server to send.
    precompress(),
  ],
});
