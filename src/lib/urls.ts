/** URL scheme of the site (kept stable: tests and external links rely on it), from the registry's segments. */
import { localePath, type Locale } from '../i18n/index.ts';
import { REGISTRY, type CollectionName } from '../domain/registry.ts';

export function indexUrl(collection: CollectionName, lang: Locale): string {
  return localePath(lang, `/${REGISTRY[collection].segment}/`);
}

/** A record's page; for collections shown as anchors of their index page, its anchor there. */
export function recordUrl(collection: CollectionName, id: string, lang: Locale): string {
  const { segment, anchorsOnly } = REGISTRY[collection];
  return localePath(lang, anchorsOnly ? `/${segment}/#${id}` : `/${segment}/${id}/`);
}
