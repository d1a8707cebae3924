/**
 * Which sources may be cited: every source URL in every record is checked against the list of
 * blocked domains in content/data/blocked-domains.yaml (AI-written aggregators, spun copies,
 * mirrors, link farms). Pure, so the editors' validator and the build run the same check and
 * print the same message.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import { recordFile } from './registry.ts';
import type { EntryLike, IntegrityProblem } from './integrity.ts';

export const blockedDomainSchema = z.strictObject({
  domain: z
    .string({ error: 'domain is required, e.g. example-aggregator.com' })
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'domain must be a bare host name in lower case, e.g. example-aggregator.com (no https://, no path)')
    .describe('The site that may not be cited; its subdomains are blocked too.'),
  reason: z.string().trim().min(1, 'reason must say why the site may not be cited').describe('Why it may not be cited (shown to the editor who cites it).'),
});


/**
 * A citation of a blocked site that predates the list and is being replaced (truth pass, issue
 * 10): tolerated by the checks, flagged on the page and counted by `npm run report:sources`. A
 * test fails when an entry no longer matches a citation, so the list only shrinks.
 */
export const pendingCitationSchema = z.strictObject({
  file: z.string().regex(/^content\//, 'file is the path of the record, e.g. content/funding/x.yaml').describe('The record that still cites a blocked site.'),
  url: z.string().url().describe('The blocked URL it cites.'),
});

/**
 * A kind of page that cannot support the facts the Atlas cites, whatever the site: a privacy
 * policy does not state a founding date, a bug thread does not announce a release. Matched
 * against the whole URL.
 */
export const unfitPageSchema = z.strictObject({
  pattern: z
    .string({ error: 'pattern is required: a regular expression matched against the whole URL' })
    .refine((p) => {
      try {
        new RegExp(p, 'i');
        return true;
      } catch {
        return false;
      }
    }, 'pattern must be a valid regular expression, e.g. "/privacy-policy"')
    .describe('A regular expression (case-insensitive) matched against the whole URL.'),
  what: z.string().trim().min(1, 'what names the kind of page, e.g. "a privacy policy"').describe('The kind of page, as the error message names it.'),
  reason: z.string().trim().min(1, 'reason must say why such a page cannot be cited').describe('Why such a page cannot support a figure.'),
});


export const blockedFileSchema = z.strictObject({
  blocked: z.array(blockedDomainSchema),
  unfit: z.array(unfitPageSchema).default([]),
  pending: z.array(pendingCitationSchema).default([]),
});
export type SourcePolicy = z.infer<typeof blockedFileSchema>;

/** Why a URL may not be cited: the blocked site or the unfit kind of page it falls under, if any. */
export interface Refusal {
  /** The site (`aitechsuite.com`) or the kind of page (`a privacy policy`). */
  what: string;
  reason: string;
}

type Rules = Pick<SourcePolicy, 'blocked'> & Partial<Pick<SourcePolicy, 'unfit'>>;

export function blockedBy(url: string, rules: Rules): Refusal | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const site = rules.blocked.find((b) => host === b.domain || host.endsWith(`.${b.domain}`));
  if (site) return { what: site.domain, reason: site.reason };
  const page = rules.unfit?.find((u) => new RegExp(u.pattern, 'i').test(url));
  return page && { what: page.what, reason: page.reason };
}

/**
 * Every source (`{ url, publisher, kind, … }`) inside a record, with the field path of its URL
 * (e.g. `milestones[2].sources[0].url`).
 */
export function* sourcesIn(data: unknown, path = ''): Generator<{ field: string; url: string; kind: unknown }> {
  if (Array.isArray(data)) {
    for (const [i, v] of data.entries()) yield* sourcesIn(v, `${path}[${i}]`);
  } else if (data && typeof data === 'object' && !(data instanceof Date)) {
    const o = data as Record<string, unknown>;
    if (typeof o.url === 'string' && typeof o.publisher === 'string') yield { field: `${path}.url`.replace(/^\./, ''), url: o.url, kind: o.kind };
    for (const [k, v] of Object.entries(o)) if (typeof v === 'object') yield* sourcesIn(v, path ? `${path}.${k}` : k);
  }
}

/** A figure backed only by secondary sources is shown as "reported". */
export const reportedOnly = (sources: readonly { kind: string }[]): boolean => sources.length > 0 && sources.every((s) => s.kind === 'secondary');

/** Every blocked citation in the corpus, pending or not. */
export function blockedCitations(corpus: Partial<Record<CollectionName, readonly EntryLike[]>>, rules: Rules) {
  const out: { file: string; field: string; url: string; hit: Refusal }[] = [];
  for (const [collection, entries] of Object.entries(corpus) as [CollectionName, readonly EntryLike[]][]) {
    for (const entry of entries) {
      for (const { field, url } of sourcesIn(entry.data)) {
        const hit = blockedBy(url, rules);
        if (hit) out.push({ file: entry.filePath ?? recordFile(collection, entry.id), field, url, hit });
      }
    }
  }
  return out;
}

export const isPending = (policy: Pick<SourcePolicy, 'pending'>, file: string, url: string) => policy.pending.some((p) => p.file === file && p.url === url);

export function checkSources(corpus: Partial<Record<CollectionName, readonly EntryLike[]>>, policy: SourcePolicy): IntegrityProblem[] {
  return blockedCitations(corpus, policy)
    .filter(({ file, url }) => !isPending(policy, file, url))
    .map(({ file, field, hit }) => ({
      file,
      field,
      message: `cites ${hit.what}, which may not be cited (${hit.reason}; see content/data/blocked-domains.yaml). Cite the original publisher's page, or the company's or authority's own release, that states the fact instead`,
    }));
}
