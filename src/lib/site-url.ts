/**
 * The public address the site is deployed at (SITE_URL, e.g. https://atlas.example.eu): canonical
 * links, hreflang, the sitemap, feeds and JSON-LD all build absolute URLs from this one value.
 */
export const DEFAULT_SITE_URL = 'https://atlas.example.org';

export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? DEFAULT_SITE_URL);
}

/** An absolute URL on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}
