/** The search filters a record can carry, in the order the search page shows them (a leaf module: the client bundles it). */
export const FACETS = ['type', 'country', 'sector', 'year', 'stage'] as const;
export type Facet = (typeof FACETS)[number];
export type Facets = Partial<Record<Exclude<Facet, 'type'>, string | string[]>>;
