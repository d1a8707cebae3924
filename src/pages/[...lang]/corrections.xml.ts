/** The corrections log as a feed: one item per correction, newest article first. */
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
    title: `${t('site.name')}: ${t('article.corrections')}`,
    description: t('article.correctionsIntro'),
    site: new URL(localePath(lang, '/'), context.site!).href,
    customData: `<language>${lang}</language>`,
    // Links carry #correction-N anchors: no slash may be appended after them.
    trailingSlash: false,
    items: articlesFor(atlas, lang)
      .filter(({ translated }) => translated)
      .flatMap(({ article }) =>
        article.data.corrections.map((c, i) => ({
          title: `${article.data.title}: ${c.claim}`,
          description: `${t('article.claim')}: ${c.claim} — ${t('article.correction')}: ${c.correction}`,
          pubDate: article.data.updated ?? article.data.published,
          link: `${recordUrl('articles', articleSlug(article), lang)}#correction-${i + 1}`,
        })),
      ),
  });
}
