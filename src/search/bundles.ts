/**
 * The site's two Pagefind bundles (issue #13). Pagefind's page list (`pf_meta`), which a first
 * query must load whole, costs about 7 bytes a page: 87 KB at 12,000 pages a language, more than
 * a first query can afford next to Pagefind's 72 KB of code. So the pages are split:
 * - `main` (/pagefind/): articles, companies, models, regulation, obligations, the glossary, the
 *   index and other pages: what a first query searches in full;
 * - `more` (/pagefind-more/): the many short records of the collections marked `searchBundle:
 *   'more'` in the registry (funding rounds, investors, people). Their names are pinned from the
 *   name lists of every first query (src/search/shards.ts); their text is merged into the search
 *   (Pagefind's mergeIndex) when the reader filters or sorts.
 */
import { COLLECTIONS, REGISTRY } from '../domain/registry.ts';
import { LOCALES, DEFAULT_LOCALE } from '../i18n/index.ts';

export const BUNDLE_DIRS = { main: 'pagefind', more: 'pagefind-more' } as const;
export type Bundle = keyof typeof BUNDLE_DIRS;

/** URL segments whose record pages go to the `more` bundle. */
export const MORE_SEGMENTS: readonly string[] = COLLECTIONS.filter((c) => REGISTRY[c].searchBundle === 'more').map((c) => REGISTRY[c].segment);

const prefixes = LOCALES.map((l) => (l === DEFAULT_LOCALE ? '' : `${l}/`));

/**
 * Pagefind globs (relative to the built site) for a bundle, given the site's top-level folders
 * (`dirs`): together they take every HTML file once. A `more` segment's own index and its later
 * pages (/funding/, /funding/page/2/) stay in `main`; only its record pages (/funding/<slug>/) move.
 */
export function bundleGlobs(bundle: Bundle, dirs: readonly string[]): string[] {
  if (bundle === 'more') return prefixes.flatMap((p) => MORE_SEGMENTS.map((s) => `${p}${s}/*/index.html`));
  const other = dirs.filter((d) => !MORE_SEGMENTS.includes(d) && !LOCALES.includes(d as never) && !Object.values(BUNDLE_DIRS).includes(d as never) && d !== '_astro');
  return prefixes.flatMap((p) => [
    `${p}*.html`,
    ...other.map((d) => `${p}${d}/**/*.html`),
    ...MORE_SEGMENTS.flatMap((s) => [`${p}${s}/index.html`, `${p}${s}/page/**/*.html`]),
  ]);
}

/** The bundle a built page belongs to, from its site path ("/es/funding/x/" → more). */
export function bundleOf(sitePath: string): Bundle {
  const segments = sitePath.split('/').filter(Boolean);
  if (LOCALES.includes(segments[0] as never) && segments[0] !== DEFAULT_LOCALE) segments.shift();
  return segments.length === 2 && MORE_SEGMENTS.includes(segments[0] ?? '') && segments[1] !== 'page' ? 'more' : 'main';
}
