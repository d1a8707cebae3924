/** The corrections log as a feed: one item per correction, newest article first. */
import type { APIContext } from 'astro';

import { languageFeed } from '../../lib/feed.ts';
import { localePaths } from '../../lib/paths.ts';

export const getStaticPaths = localePaths;

export function GET(context: APIContext) {
  return languageFeed(context, (atlas, lang, t) => ({
    title: `${t('site.name')}: ${t('article.corrections')}`,
    description: t('article.correctionsIntro'),
    // Links carry #correction-N anchors: no slash may be appended after them.
    trailingSlash: false,
    items: atlas
      .articles(lang)
      .filter(({ translated }) => translated)
      .flatMap(({ article }) =>
        article.data.corrections.map((c, i) => ({
          title: `${article.data.title}: ${c.claim}`,
          description: `${t('article.claim')}: ${c.claim} — ${t('article.correction')}: ${c.correction}`,
          pubDate: article.data.updated ?? article.data.published,
          link: `${atlas.href({ collection: 'articles', id: article.id }, lang)}#correction-${i + 1}`,
        })),
      ),
  }));
}
