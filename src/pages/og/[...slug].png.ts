/** /og/*.png: a social image per company and per article (each language), and one per site language. */
import type { APIContext } from 'astro';
import { articleLang, articleSlug } from '../../domain/atlas.ts';
import { getAtlas } from '../../domain/load-atlas.ts';
import { countryName } from '../../lib/format.ts';
import { renderCard, type Card } from '../../lib/social-image.ts';
import { LOCALES, useTranslations } from '../../i18n/index.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  const en = useTranslations('en');
  const paths: { params: { slug: string }; props: { card: Card } }[] = [];
  for (const lang of LOCALES) {
    const t = useTranslations(lang);
    paths.push({ params: { slug: `site-${lang}` }, props: { card: { kicker: t('site.name'), title: t('home.title'), subtitle: t('home.intro'), footer: t('site.name') } } });
  }
  for (const c of atlas.all('companies')) {
    paths.push({
      params: { slug: `companies/${c.id}` },
      props: { card: { kicker: `${en('type.company')} · ${countryName(c.data.country, 'en')}`, title: c.data.name, subtitle: c.data.summary.en, footer: en('site.name') } },
    });
  }
  for (const a of atlas.all('articles')) {
    const lang = articleLang(a);
    const t = useTranslations(lang);
    paths.push({
      params: { slug: `articles/${lang}/${articleSlug(a)}` },
      props: { card: { kicker: t('type.article'), title: a.data.title, subtitle: a.data.description, footer: t('site.name') } },
    });
  }
  return paths;
}

export async function GET({ props }: APIContext) {
  const png = await renderCard((props as { card: Card }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
