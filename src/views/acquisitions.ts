/**
 * Acquisitions as events: who bought which company, when, and at what price where one was
 * disclosed. The company record says who bought it (`acquisition.by`) and when; a funding record
 * of stage "acquisition" for that company carries the price and its sources. The same event is
 * shown on the target's page and on the buyer's (an investor or another company).
 */
import type { Atlas, Company, Round } from '../domain/atlas.ts';
import type { CollectionName, Ref } from '../domain/registry.ts';
import type { Locale } from '../i18n/index.ts';
import type { Announced, Money, Source } from '../schemas/common.ts';
import { link, type Link } from './links.ts';

export interface AcquisitionEvent {
  target: Link;
  buyer: Link;
  /** Announcement day (or month), from the company record or else its acquisition round. */
  date?: Announced;
  /** From the acquisition round; absent when the Atlas holds no round for it. */
  price?: Money | 'undisclosed';
  round?: Link;
  /** What the date and price rest on: the round's sources, else the company's. */
  sources: Source[];
}

const acquisitionRound = (atlas: Atlas, company: Company, lang: Locale): Round | undefined =>
  atlas.referrers(company, 'funding', lang, 'company').find((r) => r.data.stage === 'acquisition');

export function acquisitionOf(atlas: Atlas, company: Company, lang: Locale): AcquisitionEvent | undefined {
  const by = company.data.acquisition?.by;
  if (!by) return undefined;
  const round = acquisitionRound(atlas, company, lang);
  const said = company.data.acquisition?.date;
  const date: Announced | undefined = said ? { date: said, precision: 'day' } : round?.data.announced;
  return {
    target: link(atlas, company, lang),
    buyer: link(atlas, 'company' in by ? by.company : by.investor, lang),
    ...(date ? { date } : {}),
    ...(round ? { price: round.data.amount, round: link(atlas, round, lang) } : {}),
    sources: round ? round.data.sources : company.data.sources,
  };
}

/** The companies a buyer (investor or company) bought, newest first; undated ones last. */
export function acquisitionsBy(atlas: Atlas, buyer: Ref<CollectionName>, lang: Locale): AcquisitionEvent[] {
  return atlas
    .referrers(buyer, 'companies', lang, 'acquisition')
    .flatMap((c) => acquisitionOf(atlas, c, lang) ?? [])
    .sort((a, b) => (b.date?.date.getTime() ?? 0) - (a.date?.date.getTime() ?? 0));
}
