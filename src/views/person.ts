/** What a person page shows: the companies they founded or work for, and their first role. */
import type { Atlas, Entry } from '../domain/atlas.ts';
import type { Locale } from '../i18n/index.ts';
import { person } from '../lib/structured-data.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { sortedLinks } from './links.ts';

export function personView(atlas: Atlas, record: Entry<'people'>, lang: Locale) {
  const p = record.data;
  const founded = atlas.referrers(record, 'companies', lang, 'founders');
  const foundedHrefs = new Set(founded.map((c) => atlas.href(c, lang)));
  const companies = sortedLinks(atlas, [...founded, ...p.affiliations], lang).map((c) => ({ ...c, founded: foundedHrefs.has(c.href) }));
  const role = p.roles[0]?.[lang];
  return {
    role,
    companies,
    jsonLd: person({ name: p.name, url: absoluteUrl(atlas.href(record, lang)), jobTitle: role, worksFor: companies.map((c) => ({ name: c.label, url: absoluteUrl(c.href) })) }),
  };
}
