/**
 * The names of the Atlas's collections: a leaf module that the schemas can import without
 * importing the registry (which imports the schemas). Everything else about a collection is in
 * its entry of src/domain/registry.ts, which must have one per name here.
 */

/** Every collection, in the order lists of them are shown. */
export const COLLECTIONS = ['articles', 'companies', 'funding', 'investors', 'people', 'models', 'regulations', 'obligations', 'glossary'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Collections an article's or a glossary term's `related` block can name: records, not articles. */
export type RelatableCollection = Exclude<CollectionName, 'articles'>;
export const RELATABLE: RelatableCollection[] = COLLECTIONS.filter((c): c is RelatableCollection => c !== 'articles');

/** A reference to a record: what `reference()` produces. */
export interface Ref<C extends string = string> {
  collection: C;
  id: string;
}
