/**
 * The content layer: one collection per entry of the registry (src/domain/registry.ts), whose
 * folder and file format give the loader, and whose schema (src/schemas/, every field described
 * for editors) is bound here to Astro's `reference()`. Dangling references are made fatal in
 * src/domain/atlas.ts. Besides the registry's collections: the Spanish bodies of `mdx-twin`
 * records, the ECB rates table and the site pages.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import type { RefFactory } from './schemas/common.ts';
import { COLLECTIONS, REGISTRY, definitionOf, type CollectionName, type Registry } from './domain/registry.ts';
import { contentRoot, recordPattern, twinPatterns } from './domain/layout.ts';
import { rateSchema } from './schemas/rate.ts';
import { blockedFileSchema } from './domain/source-policy.ts';

const ref: RefFactory = (collection) => reference(collection);

/** Each collection keeps its own schema type, so `getCollection()` returns typed data. */
type FromRegistry = { [N in CollectionName]: { loader: ReturnType<typeof glob>; schema: ReturnType<Registry[N]['schema']> } };
const defineFor = (name: CollectionName) => {
  const config = { loader: glob({ pattern: recordPattern(name), base: `${contentRoot()}/${REGISTRY[name].folder}` }), schema: definitionOf(name).schema(ref) };
  defineCollection(config);
  return config;
};
const fromRegistry = Object.fromEntries(COLLECTIONS.map((name) => [name, defineFor(name)])) as FromRegistry;

export const collections = {
  ...fromRegistry,
  /** Spanish bodies of `mdx-twin` records (company profiles, regulation explainers); id = `companies/<slug>`. */
  translations: defineCollection({
    loader: glob({ pattern: twinPatterns(), base: contentRoot(), generateId: ({ entry }) => entry.replace(/\.es\.mdx$/, '') }),
    schema: z.strictObject({}),
  }),
  /** ECB euro reference rates, used only where amounts in different currencies are added up. */
  rates: defineCollection({
    loader: file(`${contentRoot()}/data/ecb-rates.yaml`, {
      parser: (text) => {
        const doc = parseYaml(text) as { rates?: { date: unknown; currency: string }[] };
        // Keyed by "<date>-<currency>": an object, so the key does not end up in the data.
        return Object.fromEntries((doc.rates ?? []).map((r) => [`${String(r.date).slice(0, 10)}-${r.currency}`, r]));
      },
    }),
    schema: rateSchema,
  }),
  /** Domains that may not be cited (AI-written aggregators, mirrors, spun copies), and the old citations being replaced. */
  sourcePolicy: defineCollection({
    loader: file(`${contentRoot()}/data/blocked-domains.yaml`, { parser: (text) => ({ policy: parseYaml(text) as Record<string, unknown> }) }),
    schema: blockedFileSchema,
  }),
  /** Site pages written as MDX, one per language (about: methodology, sources, corrections). */
  pages: defineCollection({
    loader: glob({ pattern: '{en,es}/*.mdx', base: `${contentRoot()}/pages` }),
    schema: z.strictObject({ title: z.string().min(1), description: z.string().min(1) }),
  }),
};
