/**
 * Element ids the site's layouts, components and pages use. Records shown as anchors on an index
 * page (glossary terms: /glossary/#open-weights) take their slug as their id, so a slug must not
 * be one of these: a term named `main` would collide with the skip link's target. The editors'
 * check refuses such slugs; `tests/unit/layout-ids.test.ts` keeps this list in step with src/.
 */
export const LAYOUT_IDS: readonly string[] = [
  'acq', 'browse', 'companies', 'corrections', 'corrections-log', 'covers', 'explainer', 'home-q', 'investors',
  'latest-articles', 'latest-rounds', 'main', 'mentioned-in', 'milestones', 'models', 'models-caption', 'open-data',
  'portfolio', 'profile', 'q', 'regs', 'related', 'roles', 'rounds', 'sort',
  'countries-caption', 'sectors-caption', 'place-companies', 'place-years', 'place-years-caption', 'place-rounds',
  'place-models', 'place-investors', 'place-regulation', 'place-rounds-table', 'home-map', 'home-figures',
  'acquisitions', 'acquisitions-caption', 'ai-act', 'explanation', 'who', 'timeline', 'all', 'toc-title',
];
/** Prefixes of ids built from data (`browse-company`, `correction-2`, `data-funding`, `from-m`: a paged index's jump target). */
export const LAYOUT_ID_PREFIXES: readonly string[] = ['browse-', 'correction-', 'data-', 'src-', 'from-', 'ref-'];

export const collidesWithLayout = (id: string): boolean => LAYOUT_IDS.includes(id) || LAYOUT_ID_PREFIXES.some((p) => id.startsWith(p));
