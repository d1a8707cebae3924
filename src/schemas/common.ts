/**
 * Building blocks shared by every collection schema. Each error message is written for an
 * editor: it names what is wrong and how to fix it, because it is printed next to the file and
 * field that failed.
 */
import { z } from 'astro/zod';
import { COUNTRY_CODES } from '../domain/countries.ts';
import { RELATABLE, type CollectionName, type Ref, type RelatableCollection } from '../domain/collections.ts';

export type { CollectionName, Ref };

/**
 * How a schema points at another collection. `content.config.ts` passes Astro's `reference()`;
 * the tests (plain Node, no Astro runtime) pass `plainRef`, which produces the same
 * `{ collection, id }` shape. Astro only logs a dangling reference, so `src/lib/integrity.ts`
 * checks them all and fails the build.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, unknown>;

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const plainRef: RefFactory = <C extends CollectionName>(collection: C): z.ZodType<Ref<C>, unknown> =>
  z
    .string({ error: `must be the slug of a record in content/${collection}/, e.g. "mistral-ai"` })
    .regex(SLUG_RE, `must be a slug (lowercase letters, digits and hyphens) of a record in content/${collection}/`)
    .transform((id): Ref<C> => ({ collection, id }));

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Rejects 2024-02-30 and the like, which Date would silently roll over.
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
}

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date already). */
export function isoDate(opts: { allowFuture?: boolean } = {}) {
  return z.unknown().transform((value, ctx): Date => {
    const d = toUtcDate(value);
    if (!d) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a real date written YYYY-MM-DD, e.g. 2023-12-11 (got ${JSON.stringify(value)})`,
      });
      return z.NEVER;
    }
    if (!opts.allowFuture && d.getTime() > Date.now()) {
      ctx.addIssue({
        code: 'custom',
        message: `is in the future (${d.toISOString().slice(0, 10)}): only events that have happened can be recorded here`,
      });
      return z.NEVER;
    }
    return d;
  }).meta({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }); // for the editors' JSON Schemas
}

/** When a funding round was announced: the day, or only the month when no source gives the day. */
export interface Announced {
  date: Date;
  precision: 'day' | 'month';
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * An announcement date written YYYY-MM-DD, or YYYY-MM when the sources give only the month (the
 * page then says "May 2025" and the amount, having no day, gets no ECB rate). Never a guessed day.
 */
export function announcedDate() {
  return z.unknown().transform((value, ctx): Announced => {
    const day = toUtcDate(value);
    const m = typeof value === 'string' ? MONTH_RE.exec(value) : null;
    const month = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : null;
    const date = day ?? month;
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a real date written YYYY-MM-DD, e.g. 2023-12-11, or YYYY-MM (e.g. 2023-12) when the sources give only the month (got ${JSON.stringify(value)})`,
      });
      return z.NEVER;
    }
    if (date.getTime() > Date.now()) {
      ctx.addIssue({ code: 'custom', message: `is in the future (${String(value)}): only events that have happened can be recorded here` });
      return z.NEVER;
    }
    return { date, precision: day ? 'day' : 'month' };
  }).meta({ type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' });
}

/** Top-level names that only resolve inside an organisation's network (RFC 6762, 8375, 6761 and common practice). */
const PRIVATE_TLDS = new Set(['local', 'localhost', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'invalid', 'test']);

/** Only public http(s) links: no javascript:, data:, relative URLs, IP addresses or internal host names. */
function urlProblem(s: string): string | undefined {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return 'must be a full web address starting with https:// (javascript:, data: and relative links are not allowed)';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'must be a full web address starting with https:// (javascript:, data: and relative links are not allowed)';
  const host = u.hostname.toLowerCase();
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return `must name a public site, not an IP address (${host}): a reader cannot open it`;
  const tld = host.split('.').at(-1) ?? '';
  if (!host.includes('.') || PRIVATE_TLDS.has(tld)) return `must be a public web address: ${host} is an internal host name that readers cannot open`;
  if (u.username || u.password) return 'must not contain a user name or password';
  return undefined;
}

export const httpUrl = z.string({ error: 'must be a full web address starting with https://' }).superRefine((s, ctx) => {
  const problem = urlProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const nonEmpty = (what: string) =>
  z.string({ error: `${what} is required` }).trim().min(1, `${what} must not be empty`);

/**
 * A record's name: one line, at most 120 characters (the longest real name in the Atlas is under
 * 60). Longer text belongs in the summary; a name without spaces still wraps on the page.
 */
export const recordName = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(120, `${what} must be at most 120 characters: put longer text in the summary`)
    .refine((s) => !/[\r\n]/.test(s), `${what} must be one line`);

/** A short text in both languages. */
export const localized = (what = 'text', max = 600) =>
  z
    .strictObject(
      {
        en: nonEmpty(`the English ${what}`).max(max, `the English ${what} must be at most ${max} characters`),
        es: nonEmpty(`the Spanish ${what}`).max(max, `the Spanish ${what} must be at most ${max} characters`),
      },
      { error: `${what} must be written in both languages: { en: "...", es: "..." }` },
    )
    .describe(`${what} in English (en) and Spanish (es)`);

/**
 * How much a source can carry: `primary` is the company's, investor's or authority's own
 * release, filing, official journal, court or regulator decision, paper or model card; `press`
 * a named news organisation's own reporting; `secondary` anything else (blogs, law-firm notes,
 * aggregators that are not blocked). A figure backed only by secondary sources is shown as
 * "reported".
 */
export const SOURCE_KINDS = ['primary', 'press', 'secondary'] as const;

export const sourceSchema = z
  .strictObject({
    url: httpUrl.describe('Address of the page that states the fact.'),
    publisher: nonEmpty('publisher').describe('Who published it: the outlet, company or institution whose words these are (for a copy, the original publisher).'),
    via: nonEmpty('via').optional().describe('When the URL is a copy on another site (e.g. a Reuters story on CNA), the site that carries the copy.'),
    kind: z
      .enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(', ')} (primary: the company's or authority's own release, filing, paper or model card; press: a named news organisation; secondary: anything else)` })
      .describe("primary (the company's or authority's own release, filing, official journal, paper, model card), press (a named news organisation's own page) or secondary (anything else)."),
    title: nonEmpty('title').describe("The page's own headline."),
    published: z
      .union([isoDate(), z.literal('undated')], { error: 'published must be the date the page shows, YYYY-MM-DD, or undated when the page shows none (a model card, a licence page): never a guess' })
      .describe("The page's publication date, YYYY-MM-DD, as the page shows it; `undated` when the page shows none (never a guess)."),
  })
  .describe('Where a fact comes from.');
export type Source = z.infer<typeof sourceSchema>;

/**
 * When an editor last verified every fact of a record against its sources. Records without it
 * say on their page that they have not yet been re-checked; `npm run report:stale` lists them
 * and those checked more than a year ago.
 */
export const checked = () =>
  isoDate().optional().describe('The date an editor last verified every fact of this record against its sources, YYYY-MM-DD. Leave it out until someone has.');

export const sources = (what: string) =>
  z
    .array(sourceSchema, { error: `sources is required: every ${what} needs at least one source (url, publisher, title, published)` })
    .min(1, `every ${what} needs at least one source (url, publisher, title, published)`)
    .describe(`The pages that state this ${what}'s facts. At least one.`);

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencyCode = z
  .string({ error: 'currency must be an ISO 4217 code such as EUR, USD or GBP' })
  .refine((c) => CURRENCIES.has(c), 'currency must be an ISO 4217 code in capitals, such as EUR, USD or GBP')
  .describe('ISO 4217 code of the currency in which the amount was announced.');

export const moneySchema = z
  .strictObject({
    value: z
      .number({ error: 'value must be a number in the announced currency, e.g. 385000000' })
      .positive('must be a positive number in the announced currency, e.g. 385000000')
      .finite(),
    currency: currencyCode,
  })
  .describe('An amount in the currency in which it was announced.');
export type Money = z.infer<typeof moneySchema>;

export const countryCode = z
  .string({ error: 'country must be an ISO 3166-1 alpha-2 code such as FR or DE' })
  .refine((c) => COUNTRY_CODES.has(c), 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. FR, DE, GB')
  .describe('ISO 3166-1 alpha-2 country code, e.g. FR.');

/** Lists of slugs per collection: `{ companies: [mistral-ai], models: [mistral-7b] }`. */
export function relatedSchema(ref: RefFactory) {
  const shape = Object.fromEntries(RELATABLE.map((c) => [c, z.array(ref(c)).optional()])) as {
    [C in RelatableCollection]: z.ZodOptional<z.ZodArray<z.ZodType<Ref<C>, unknown>>>;
  };
  return z.strictObject(shape).describe('Records this one relates to, as lists of slugs per collection.');
}
