/**
 * The site's sections: one per collection (from the registry) and the fixed pages. Navigation
 * and breadcrumbs (visible and in JSON-LD) read their labels and paths from here.
 */
import { COLLECTIONS, NAV, REGISTRY } from '../domain/registry.ts';
import type { UIKey } from '../i18n/en.ts';

export interface Section {
  /** First URL segment. */
  segment: string;
  /** Path without locale prefix, e.g. /companies/. */
  path: string;
  label: UIKey;
}

const FIXED: Section[] = [
  { segment: 'search', path: '/search/', label: 'nav.search' },
  { segment: 'about', path: '/about/', label: 'nav.about' },
  { segment: 'data', path: '/data/', label: 'data.title' },
];

const SECTIONS: Section[] = [
  ...COLLECTIONS.map((c) => ({ segment: REGISTRY[c].segment, path: `/${REGISTRY[c].segment}/`, label: REGISTRY[c].section })),
  ...FIXED,
];

export function sectionOf(segment: string | undefined): Section | undefined {
  return SECTIONS.find((s) => s.segment === segment);
}

/** The main navigation: the registry's navigable collections, then About. */
export const NAV_LINKS: { path: string; label: UIKey }[] = [
  ...NAV.map((c) => ({ path: `/${REGISTRY[c].segment}/`, label: REGISTRY[c].section })),
  { path: '/about/', label: 'nav.about' },
];
