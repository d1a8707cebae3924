/** URL scheme of the site (kept stable: tests and external links rely on it). */
import { localePath, type Locale } from '../i18n/index.ts';
import type { CollectionName } from '../schemas/common.ts';

const SEGMENT: Record<CollectionName, string> = {
  companies: 'companies',
  people: 'people',
  investors: 'investors',
  funding: 'funding',
  models: 'models',
  regulations: 'regulation',
  glossary: 'glossary',
  articles: 'articles',
};

export function indexUrl(collection: CollectionName, lang: Locale): string {
  return localePath(lang, `/${SEGMENT[collection]}/`);
}

export function recordUrl(collection: CollectionName, id: string, lang: Locale): string {
  if (collection === 'glossary') return localePath(lang, `/glossary/#${id}`);
  return localePath(lang, `/${SEGMENT[collection]}/${id}/`);
}
