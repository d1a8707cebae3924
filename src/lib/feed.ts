/** One RSS feed in one language: the articles feed and the corrections log share this. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getAtlas, type Atlas } from './atlas.ts';
import { localePath, useTranslations, type Locale, type Translate } from '../i18n/index.ts';

export async function languageFeed(
  context: APIContext,
  build: (atlas: Atlas, lang: Locale, t: Translate) => { title: string; description: string; items: RSSFeedItem[]; trailingSlash?: boolean },
): Promise<Response> {
  const lang = (context.props as { lang: Locale }).lang;
  const t = useTranslations(lang);
  const { title, description, items, trailingSlash } = build(await getAtlas(), lang, t);
  return rss({
    title,
    description,
    site: new URL(localePath(lang, '/'), context.site!).href,
    customData: `<language>${lang}</language>`,
    items,
    ...(trailingSlash === undefined ? {} : { trailingSlash }),
  });
}
