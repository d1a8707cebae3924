import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articleSlug, articlesFor, getAtlas } from '../../lib/atlas.ts';
import { localePaths } from '../../lib/paths.ts';
import { recordUrl } from '../../lib/urls.ts';
import { localePath, useTranslations, type Locale } from '../../i18n/index.ts';

export const getStaticPaths = localePaths;

export async function GET(context: APIContext) {
  const lang = (context.props as { lang: Locale }).lang;
  const t = useTranslations(lang);
  const atlas = await getAtlas();
  return rss({
    title: t('site.name'),
    description: t('site.description'),
    site: new URL(localePath(lang, '/'), context.site!).href,
    customData: `<language>${lang}</language>`,
    items: articlesFor(atlas, lang)
      .filter(({ translated }) => translated)
      .map(({ article }) => ({
        title: article.data.title,
        description: article.data.description,
        pubDate: article.data.published,
        link: recordUrl('articles', articleSlug(article), lang),
        categories: article.data.tags,
      })),
  });
}
