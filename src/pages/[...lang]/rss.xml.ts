import type { APIContext } from 'astro';
import { articleSlug, articlesFor } from '../../lib/atlas.ts';
import { languageFeed } from '../../lib/feed.ts';
import { localePaths } from '../../lib/paths.ts';
import { recordUrl } from '../../lib/urls.ts';

export const getStaticPaths = localePaths;

export function GET(context: APIContext) {
  return languageFeed(context, (atlas, lang, t) => ({
    title: t('site.name'),
    description: t('site.description'),
    items: articlesFor(atlas, lang)
      .filter(({ translated }) => translated)
      .map(({ article }) => ({
        title: article.data.title,
        description: article.data.description,
        pubDate: article.data.published,
        link: recordUrl('articles', articleSlug(article), lang),
        categories: article.data.tags,
      })),
  }));
}
