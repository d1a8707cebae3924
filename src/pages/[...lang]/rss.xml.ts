import type { APIContext } from 'astro';

import { languageFeed } from '../../lib/feed.ts';
import { localePaths } from '../../lib/paths.ts';

export const getStaticPaths = localePaths;

export function GET(context: APIContext) {
  return languageFeed(context, (atlas, lang, t) => ({
    title: t('site.name'),
    description: t('site.description'),
    items: atlas
      .articles(lang)
      .filter(({ translated }) => translated)
      .map(({ article }) => ({
        title: article.data.title,
        description: article.data.description,
        pubDate: article.data.published,
        link: atlas.href({ collection: 'articles', id: article.id }, lang),
        categories: article.data.tags,
      })),
  }));
}
