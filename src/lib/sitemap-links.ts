/**
 * hreflang alternates for the sitemap, computed from each URL alone. Every page of the site is
 * built in both languages from the same route (English at /x/, Spanish at /es/x/), so a page's
 * twin is its URL with the /es prefix added or removed: one step per page, where the sitemap
 * integration's `i18n` option scans every URL for every page (quadratic: 15 s at 48,000 pages).
 * tests/site/site.test.ts checks that every alternate is a page that exists.
 */
interface Item {
  url: string;
  links?: { url: string; lang: string }[];
}

export function withAlternates<T extends Item>(item: T): T {
  const url = new URL(item.url);
  const path = url.pathname;
  const en = path === '/es/' ? '/' : path.startsWith('/es/') ? path.slice(3) : path;
  const es = en === '/' ? '/es/' : `/es${en}`;
  return {
    ...item,
    links: [
      { url: new URL(en, url).href, lang: 'en' },
      { url: new URL(es, url).href, lang: 'es' },
    ],
  };
}
