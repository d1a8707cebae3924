/** One RSS feed in one language: the articles feed and the corrections log share this. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Atlas } from '../domain/atlas.ts';
import { localePath, type Locale, type Translate } from '../i18n/index.ts';
import { absoluteUrl } from './site-url.ts';

export async function languageFeed(
  context: APIContext,
  build: (atlas: Atlas, lang: Locale, t: Translate) => { title: string; description: string; items: RSSFeedItem[]; trailingSlash?: boolean },
): Promise<Response> {
  const { atlas, lang, t } = context.locals;
  const { title, description, items, trailingSlash } = build(atlas, lang, t);
  return rss({
    title,
    description,
    site: absoluteUrl(localePath(lang, '/')),
    customData: `<language>${lang}</language>`,
    items,
    ...(trailingSlash === undefined ? {} : { trailingSlash }),
  });
}
