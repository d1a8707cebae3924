/** What an investor page shows: the rounds it took part in, its portfolio and acquisitions. */
import type { Atlas, Entry } from '../domain/atlas.ts';
import type { Locale } from '../i18n/index.ts';
import { organization } from '../lib/structured-data.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { acquisitionsBy } from './acquisitions.ts';
import { link } from './links.ts';

export function investorView(atlas: Atlas, investor: Entry<'investors'>, lang: Locale) {
  const i = investor.data;
  const rounds = atlas.referrers(investor, 'funding', lang);
  const companies = [...new Map(rounds.map((r) => [r.data.company.id, r.data.company])).values()];
  const collator = new Intl.Collator(lang);
  return {
    rounds,
    portfolio: companies
      .map((c) => ({ ...link(atlas, c, lang), summary: atlas.get(c).data.summary[lang] }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    acquisitions: acquisitionsBy(atlas, investor, lang),
    jsonLd: organization({ name: i.name, url: absoluteUrl(atlas.href(investor, lang)), website: i.website, country: i.country, description: i.summary[lang], lang }),
  };
}
