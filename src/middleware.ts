/**
 * Gives every page its language, its dictionary and the Atlas through `Astro.locals` (as
 * Starlight's locals do), so that components do not receive `lang` as a prop or call
 * `useTranslations` themselves. Runs for every page at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { getAtlas } from './domain/load-atlas.ts';
import { isLocale, DEFAULT_LOCALE, useTranslations } from './i18n/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const first = context.url.pathname.split('/')[1];
  const lang = isLocale(first) ? first : DEFAULT_LOCALE;
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  context.locals.atlas = await getAtlas();
  return next();
});
