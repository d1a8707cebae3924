// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// The public address the site is deployed at; feeds, canonical links and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // 'jsx' (the default) drops whitespace between elements, which glues words together in
  // Pagefind's index ("Made byStability AI"); HTML-aware compression keeps one space.
  compressHTML: true,
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    build: {
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
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
    }),
    pagefind(),
  ],
});
