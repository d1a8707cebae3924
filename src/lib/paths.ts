/** getStaticPaths helpers for pages under src/pages/[...lang]/: every page in every locale. */
import { LOCALES, langParam, type Locale } from '../i18n/index.ts';

export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

export function recordPaths<T extends { id: string }>(records: T[]) {
  return LOCALES.flatMap((lang: Locale) =>
    records.map((record) => ({ params: { lang: langParam(lang), slug: record.id }, props: { lang, record } })),
  );
}
