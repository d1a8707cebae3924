/**
 * Loads the Atlas from Astro's content layer, once per build: every collection of the registry,
 * the Spanish bodies and the rates. Broken references stop the build here with the file, the
 * field and the fix (Astro itself only logs them). Kept apart from atlas.ts so that the Atlas
 * can be built in plain Node (tests) from the editors' validator.
 */
import { getCollection } from 'astro:content';
import { Atlas, type Entries } from './atlas.ts';
import { checkReferences, ContentIntegrityError } from './integrity.ts';
import { checkSources } from './source-policy.ts';
import { RateTable } from './money.ts';
import { COLLECTIONS } from './registry.ts';

async function load(): Promise<Atlas> {
  const loaded = await Promise.all(COLLECTIONS.map(async (name) => [name, await getCollection(name)] as const));
  const entries = Object.fromEntries(loaded) as Entries;
  const [policy] = await getCollection('sourcePolicy');
  if (!policy) throw new ContentIntegrityError([{ file: 'content/data/blocked-domains.yaml', field: '(file)', message: 'is missing or empty: it lists the sites that may not be cited' }]);
  const problems = [...checkReferences(entries), ...checkSources(entries, policy.data)];
  if (problems.length) throw new ContentIntegrityError(problems);
  // Drafts are visible in `astro dev`, never in a production build.
  entries.articles = entries.articles.filter((a) => !(import.meta.env.PROD && a.data.draft));
  const [translations, rates] = await Promise.all([getCollection('translations'), getCollection('rates')]);
  return new Atlas(entries, translations, new RateTable(rates.map((r) => r.data)), policy.data);
}

let cached: Promise<Atlas> | undefined;
export function getAtlas(): Promise<Atlas> {
  return (cached ??= load());
}
