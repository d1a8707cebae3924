/**
 * Which Spanish pages still show English text: records of `mdx-twin` collections whose body has
 * no `.es.mdx`, and articles with no Spanish version (or English pages of Spanish-only articles).
 * Used by `npm run check:translations` and tests.
 */
import { COLLECTIONS, REGISTRY } from './registry.ts';
import { hasTwin, recordFiles } from './layout.ts';
import { localePath, LOCALES } from '../i18n/index.ts';

export interface Untranslated {
  url: string;
  missing: string;
}

export function untranslated(contentRoot: string): Untranslated[] {
  const out: Untranslated[] = [];
  for (const name of COLLECTIONS) {
    const { folder, format, segment } = REGISTRY[name];
    if (format === 'mdx-twin') {
      for (const { id } of recordFiles(contentRoot, name)) {
        if (!hasTwin(contentRoot, name, id, 'es')) out.push({ url: localePath('es', `/${segment}/${id}/`), missing: `content/${folder}/${id}.es.mdx` });
      }
    } else if (format === 'mdx-per-locale') {
      const slugs = new Set(recordFiles(contentRoot, name).map((f) => f.id.slice(f.id.indexOf('/') + 1)));
      for (const slug of slugs) {
        for (const lang of LOCALES) {
          if (!hasTwin(contentRoot, name, slug, lang)) out.push({ url: localePath(lang, `/${segment}/${slug}/`), missing: `content/${folder}/${lang}/${slug}.mdx` });
        }
      }
    }
  }
  return out.sort((a, b) => a.url.localeCompare(b.url));
}
