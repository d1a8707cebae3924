/**
 * The Atlas built in plain Node from a content folder (by default the small fixture in
 * tests/fixtures/content/), through the editors' validator: unit tests exercise the registry,
 * the Atlas API, search records, open data and views without an Astro build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Atlas, type Entries, type Translation } from '../../src/domain/atlas.ts';
import { splitFrontmatter, validateContent } from '../../src/domain/content-files.ts';
import { recordFiles } from '../../src/domain/layout.ts';
import { RateTable } from '../../src/domain/money.ts';
import { COLLECTIONS, REGISTRY } from '../../src/domain/registry.ts';
import { rateSchema } from '../../src/schemas/rate.ts';

export const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'content');

export function fixtureAtlas(root = FIXTURE): Atlas {
  const { entries, problems } = validateContent(root);
  if (problems.length) throw new Error(`fixture content has problems: ${JSON.stringify(problems, null, 2)}`);
  // The validator's entries have the shape of Astro's (id, collection, data); the cast names that.
  const typed = Object.fromEntries(COLLECTIONS.map((c) => [c, entries[c].map((e) => ({ ...e, collection: c }))])) as unknown as Entries;
  const translations = COLLECTIONS.filter((c) => REGISTRY[c].format === 'mdx-twin').flatMap((c) =>
    recordFiles(root, c).flatMap(({ id }) => {
      const file = path.join(root, REGISTRY[c].folder, `${id}.es.mdx`);
      if (!existsSync(file)) return [];
      return [{ id: `${c}/${id}`, collection: 'translations', data: {}, body: splitFrontmatter(readFileSync(file, 'utf8'), file).body } as Translation];
    }),
  );
  const ratesFile = path.join(root, 'data', 'ecb-rates.yaml');
  const rawRates = existsSync(ratesFile) ? ((parseYaml(readFileSync(ratesFile, 'utf8')) as { rates?: unknown[] }).rates ?? []) : [];
  return new Atlas(typed, translations, new RateTable(rawRates.map((r) => rateSchema.parse(r))));
}
