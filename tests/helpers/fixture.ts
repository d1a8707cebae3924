/**
 * The Atlas built in plain Node from a content folder (by default the small fixture in
 * tests/fixtures/content/), through the editors' validator: unit tests exercise the registry,
 * the Atlas API, search records, open data and views without an Astro build.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

/** A copy of the fixture content whose funding round cites a blocked site. */
export function fixtureCitingBlocked(pending = false): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-blocked-'));
  cpSync(FIXTURE, root, { recursive: true });
  const round = path.join(root, 'funding', 'acme-ai-seed-2024.yaml');
  writeFileSync(round, readFileSync(round, 'utf8').replace('https://example.org/news/acme-raises', 'https://www.spun-copies.example/acme-raises'));
  if (pending) {
    const policy = path.join(root, 'data', 'blocked-domains.yaml');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('pending: []', 'pending:\n  - file: content/funding/acme-ai-seed-2024.yaml\n    url: https://www.spun-copies.example/acme-raises'));
  }
  return root;
}
