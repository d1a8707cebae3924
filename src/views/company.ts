/** What a company page shows, computed from the Atlas: the page only lays it out. */
import type { Atlas, Company } from '../domain/atlas.ts';
import type { Locale, Translate } from '../i18n/index.ts';
import { companyChart } from '../charts/chart-views.ts';
import { fundingKind, totalsOfKind } from '../charts/chart-data.ts';
import { organization } from '../lib/structured-data.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { acquisitionOf, acquisitionsBy } from './acquisitions.ts';
import { link, sortedLinks } from './links.ts';

export function companyView(atlas: Atlas, company: Company, lang: Locale, t: Translate) {
  const c = company.data;
  const rounds = atlas.referrers(company, 'funding', lang, 'company');
  // Money of each kind is summed apart: equity is "funding raised"; debt and grants are shown
  // separately; acquisitions are not money raised and are not summed.
  const founders = c.founders.map((f) => link(atlas, f, lang));
  const chart = companyChart(atlas, company, lang, t);
  return {
    founders,
    acquisition: acquisitionOf(atlas, company, lang),
    acquisitions: acquisitionsBy(atlas, company, lang),
    rounds,
    totals: (['equity', 'debt', 'grant'] as const).map((kind) => ({ kind, totals: totalsOfKind(rounds, kind) })).filter((k) => k.totals.length > 0),
    chart,
    // Two or more rounds with an amount, but no chart: they cannot be summed (different currencies
    // without an ECB rate for an announcement day in the Atlas). Say so rather than show nothing.
    chartUnavailable: !chart && rounds.filter((r) => fundingKind(r) === 'equity' && r.data.amount !== 'undisclosed').length >= 2,
    investors: sortedLinks(atlas, rounds.flatMap((r) => [...r.data.leadInvestors, ...r.data.investors]), lang),
    models: atlas.referrers(company, 'models', lang, 'company').map((m) => ({ ...link(atlas, m, lang), summary: m.data.summary[lang] })),
    regulations: atlas.referrers(company, 'regulations', lang, 'companies').map((r) => link(atlas, r, lang)),
    body: atlas.body(company, lang),
    jsonLd: organization({
      name: c.name, url: absoluteUrl(atlas.href(company, lang)), website: c.website, legalName: c.legalName, country: c.country,
      founded: c.founded, description: c.summary[lang], lang, founders: founders.map((f) => ({ name: f.label, url: absoluteUrl(f.href) })),
    }),
  };
}
