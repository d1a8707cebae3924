/** getStaticPaths helpers for pages under src/pages/[...lang]/: every page in every locale. */
import type { Entry } from '../domain/atlas.ts';
import { getAtlas } from '../domain/load-atlas.ts';
import type { CollectionName } from '../domain/registry.ts';
import { LOCALES, langParam } from '../i18n/index.ts';

/** One page per locale (index pages, fixed pages); the middleware gives the page its `lang`. */
export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** One page per record of a collection, per locale; the record is the page's `record` prop. */
export async function recordPaths<N extends CollectionName>(name: N): Promise<{ params: { lang: string | undefined; slug: string }; props: { record: Entry<N> } }[]> {
  const atlas = await getAtlas();
  return LOCALES.flatMap((lang) => atlas.all(name).map((record) => ({ params: { lang: langParam(lang), slug: record.id }, props: { record } })));
}
