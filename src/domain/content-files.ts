/**
 * Reads content/ straight from disk, without Astro, and validates it with the same schemas the
 * build uses. Powers `npm run check:content` (an editor's quick check) and the integrity tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { plainRef } from '../schemas/common.ts';
import { rateSchema } from '../schemas/rate.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';
import { COLLECTIONS, REGISTRY, definitionOf, makeSchemas, type CollectionName } from './registry.ts';
import { parseMdxFile, parseYamlFile, UnreadableFile, type ParsedFile } from './read-files.ts';
import { PAGES_FOLDER, strayFiles } from './stray-files.ts';
import { collidesWithLayout } from '../lib/layout-ids.ts';
import { checkAcquisitions } from './acquisition-checks.ts';
import { checkBody, fixedRoutes, type PublishedRecords } from './mdx-policy.ts';
import { placeholdersIn } from './scaffold.ts';
import { recordFiles } from './layout.ts';
import { checkReferences, type Corpus, type EntryLike, type IntegrityProblem } from './integrity.ts';
import { blockedFileSchema, checkSources, type SourcePolicy } from './source-policy.ts';

export interface RawEntry extends EntryLike {
  collection: CollectionName;
  filePath: string;
  body: string;
  /** The line of the body's first line in the file. */
  bodyLine: number;
}

/** Kept for callers that only need data and body; throws on an unreadable file. */
export function splitFrontmatter(source: string, file: string): { data: unknown; body: string } {
  try {
    const { data, body } = parseMdxFile(source);
    return { data, body };
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
  }
}

const pathOf = (issuePath: readonly PropertyKey[]) => issuePath.map(String).join('.');

/** Reads one file; an unreadable one is a problem with its line, never an exception. */
function readFile(abs: string, file: string, problems: IntegrityProblem[]): ParsedFile | undefined {
  try {
    const text = readFileSync(abs, 'utf8');
    return file.endsWith('.mdx') ? parseMdxFile(text) : parseYamlFile(text);
  } catch (e) {
    const line = e instanceof UnreadableFile ? e.line : undefined;
    problems.push({ file, ...(line ? { line } : {}), field: '(file)', message: e instanceof UnreadableFile ? e.message : `cannot be read: ${(e as Error).message}` });
    return undefined;
  }
}

/** Validates parsed data against a schema; each issue names the field and, where known, its line. */
function check<T>(schema: z.ZodType<T>, parsed: ParsedFile, file: string, problems: IntegrityProblem[], root = '(file)'): T | undefined {
  if (parsed.data === undefined || parsed.data === null) {
    problems.push({ file, line: 1, field: root, message: 'the file has no fields: it is empty or holds only comments' });
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const line = parsed.lineOf(issue.path);
    problems.push({ file, ...(line ? { line } : {}), field: pathOf(issue.path) || root, message: issue.message });
  }
  return undefined;
}

export function readCollection(root: string, collection: CollectionName, problems: IntegrityProblem[] = []): (RawEntry & { parsed: ParsedFile })[] {
  return recordFiles(root, collection).flatMap(({ id, file, abs }) => {
    const parsed = readFile(abs, file, problems);
    return parsed ? [{ collection, id, filePath: file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, parsed }] : [];
  });
}

export interface ContentReport {
  entries: Record<CollectionName, RawEntry[]>;
  problems: IntegrityProblem[];
}

/**
 * Validates every file under content/: the records and every reference between them, the
 * Spanish texts, the site pages, the rates and the source policy, and any file the site would
 * not read. Problems name the file, the line where known, the field and the fix.
 */
export function validateContent(root: string): ContentReport {
  const schemas = makeSchemas(plainRef);
  const problems: IntegrityProblem[] = [];
  const entries = {} as Record<CollectionName, RawEntry[]>;
  const corpus: Corpus = {};
  const parsedFiles = new Map<string, ParsedFile>();
  problems.push(...strayFiles(root));
  for (const collection of COLLECTIONS) {
    const parsed: RawEntry[] = [];
    const seen = new Map<string, string>();
    const named = definitionOf(collection).fileNamedAfter;
    const invalid: EntryLike[] = [];
    for (const { parsed: file, ...e } of readCollection(root, collection, problems)) {
      parsedFiles.set(e.filePath, file);
      for (const field of placeholdersIn(e.data)) {
        const line = file.lineOf(field.split('.'));
        problems.push({ file: e.filePath, ...(line ? { line } : {}), field, message: 'still holds a placeholder left by npm run new: write the real value' });
      }
      const dup = seen.get(e.id);
      if (dup) problems.push({ file: e.filePath, field: '(file name)', message: `has the same slug as ${dup}: rename one of them` });
      seen.set(e.id, e.filePath);
      if (!/^(en\/|es\/)?[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) {
        problems.push({ file: e.filePath, field: '(file name)', message: 'the file name must be a slug: lowercase letters, digits and hyphens' });
      }
      if (REGISTRY[collection].anchorsOnly && collidesWithLayout(e.id.replace(/^(en|es)\//, ''))) {
        problems.push({ file: e.filePath, field: '(file name)', message: `"${e.id}" is an id the page layout already uses (its anchor would clash with the page's own element): choose another slug, e.g. "${e.id}-term"` });
      }
      const data: unknown = check<unknown>(schemas[collection] as z.ZodType<unknown>, file, e.filePath, problems, '(front matter)');
      if (data === undefined) {
        // Reported above; kept as a reference target so that links to it are not reported as missing too.
        invalid.push({ id: e.id, filePath: e.filePath, data: {} });
        continue;
      }
      const owner = named?.(data);
      if (owner && !e.id.startsWith(`${owner.id}-`)) {
        problems.push({
          file: e.filePath, field: '(file name)',
          message: `does not match its record: the file of a ${collection} record starts with the slug of the record it belongs to (${owner.collection}/${owner.id}: "${owner.id}-…"). Rename the file, or correct the field that says it belongs to "${owner.id}"`,
        });
      }
      parsed.push({ ...e, data });
    }
    entries[collection] = parsed;
    corpus[collection] = [...parsed, ...invalid];
  }
  // A field still holding its placeholder is reported once, as a placeholder, not also as invalid.
  const placeholders = new Set(problems.filter((p) => p.message.startsWith('still holds a placeholder')).map((p) => `${p.file} ${p.field}`));
  if (placeholders.size) problems.splice(0, problems.length, ...problems.filter((p) => p.message.startsWith('still holds') || !placeholders.has(`${p.file} ${p.field}`)));
  // Cross-file problems name a field path (`leadInvestors[0]`, `sources[2].url`): add its line.
  const withLine = (p: IntegrityProblem): IntegrityProblem => {
    const line = parsedFiles.get(p.file)?.lineOf(p.field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
    return line && !p.line ? { ...p, line } : p;
  };
  problems.push(...checkReferences(corpus).map(withLine));
  problems.push(...checkSources(corpus, readSourcePolicy(root, problems)).map(withLine));
  problems.push(...checkAcquisitions(entries.companies, entries.funding).map(withLine));
  const bodies: Body[] = [];
  for (const c of COLLECTIONS) {
    if (REGISTRY[c].format === 'yaml') continue;
    for (const e of entries[c]) {
      const sources = c === 'articles' ? (e.data as { sources?: unknown[] }).sources?.length : undefined;
      bodies.push({ file: e.filePath, lang: langOfId(e.id), body: e.body, line: e.bodyLine, ...(sources !== undefined ? { sources } : {}) });
    }
  }
  checkTwins(root, problems, bodies);
  checkPages(root, problems, bodies);
  checkRates(root, problems);
  const published = publishedRecords(entries);
  const fixed = fixedRoutes();
  for (const b of bodies) {
    const todo = /^TODO:/m.exec(b.body);
    if (todo) problems.push({ file: b.file, line: b.line + b.body.slice(0, todo.index).split('\n').length - 1, field: '(body)', message: 'still holds the placeholder text left by npm run new: write the text' });
    problems.push(...checkBody(b.body, b.file, b.line, b.lang, published, fixed, b.sources));
  }
  return { entries, problems };
}

/** A text an editor wrote (an article, a profile, an explainer, a site page), in its language. */
interface Body {
  file: string;
  lang: Locale;
  body: string;
  line: number;
  /** An article's number of sources, which its <Ref n="…" /> citations number. */
  sources?: number;
}

const langOfId = (id: string): Locale => LOCALES.find((l) => id.startsWith(`${l}/`)) ?? 'en';

/** The records that get a page in a production build: every record but draft articles. */
function publishedRecords(entries: Record<CollectionName, RawEntry[]>): PublishedRecords {
  const slugs: PublishedRecords['slugs'] = {};
  for (const c of COLLECTIONS) {
    slugs[c] = new Set(
      entries[c]
        .filter((e) => !(e.data as { draft?: boolean }).draft)
        .map((e) => e.id.replace(/^[a-z]{2}\//, '')),
    );
  }
  const companies = entries.companies.map((e) => e.data as { country?: string; sectors?: string[] });
  const investors = entries.investors.map((e) => e.data as { country?: string });
  const companyCountries = new Set(companies.flatMap((c) => (c.country ? [c.country] : [])));
  return {
    slugs,
    sectors: new Set(companies.flatMap((c) => c.sectors ?? [])),
    companyCountries,
    countries: new Set([...companyCountries, ...investors.flatMap((i) => (i.country ? [i.country] : []))]),
  };
}

/** The Spanish bodies of `mdx-twin` records: readable, with empty front matter. */
function checkTwins(root: string, problems: IntegrityProblem[], bodies: Body[]) {
  for (const c of COLLECTIONS) {
    if (REGISTRY[c].format !== 'mdx-twin') continue;
    for (const { file } of recordFiles(root, c)) {
      const twin = file.replace(/\.mdx$/, '.es.mdx');
      const abs = path.join(root, path.relative('content', twin));
      if (!existsSync(abs)) continue;
      const parsed = readFile(abs, twin, problems);
      if (parsed) bodies.push({ file: twin, lang: 'es', body: parsed.body, line: parsed.bodyLine });
      if (parsed && parsed.data && typeof parsed.data === 'object' && Object.keys(parsed.data).length) {
        problems.push({ file: twin, line: 2, field: '(front matter)', message: `the Spanish text takes no fields (its data is in ${file}): leave the front matter empty (--- then ---)` });
      }
    }
  }
}

const pageSchema = z.strictObject({
  title: z.string({ error: 'title is required' }).trim().min(1, 'title must not be empty'),
  description: z.string({ error: 'description is required' }).trim().min(1, 'description must not be empty'),
});

/** Site pages (content/pages/<lang>/<slug>.mdx): a title and a description, in every language. */
function checkPages(root: string, problems: IntegrityProblem[], bodies: Body[]) {
  const slugs = new Map<string, Set<string>>();
  for (const lang of LOCALES) {
    const dir = path.join(root, PAGES_FOLDER, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const file = path.posix.join('content', PAGES_FOLDER, lang, name);
      const parsed = readFile(path.join(dir, name), file, problems);
      if (parsed) {
        check(pageSchema, parsed, file, problems, '(front matter)');
        bodies.push({ file, lang, body: parsed.body, line: parsed.bodyLine });
      }
      const slug = name.replace(/\.mdx$/, '');
      slugs.set(slug, (slugs.get(slug) ?? new Set()).add(lang));
    }
  }
  for (const [slug, langs] of slugs) {
    for (const lang of LOCALES.filter((l) => !langs.has(l))) {
      problems.push({ file: path.posix.join('content', PAGES_FOLDER, lang, `${slug}.mdx`), field: '(file)', message: `is missing: every site page exists in ${LOCALES.join(' and ')}` });
    }
  }
}

const ratesFileSchema = z.strictObject({
  source: z.unknown().optional(),
  rates: z.array(rateSchema, { error: 'rates is required: a list of { date, currency, rate, sources }' }),
});

/** The ECB rates table: every row valid, and one rate per date and currency. */
function checkRates(root: string, problems: IntegrityProblem[]) {
  const rel = 'data/ecb-rates.yaml';
  const abs = path.join(root, rel);
  const file = path.posix.join('content', rel);
  if (!existsSync(abs)) return;
  const parsed = readFile(abs, file, problems);
  const table = parsed && check(ratesFileSchema, parsed, file, problems);
  if (!table || !parsed) return;
  const seen = new Map<string, number>();
  for (const [i, r] of table.rates.entries()) {
    const key = `${r.date.toISOString().slice(0, 10)} ${r.currency}`;
    const first = seen.get(key);
    const line = parsed.lineOf(['rates', i]);
    if (first !== undefined) {
      problems.push({ file, ...(line ? { line } : {}), field: `rates.${i}`, message: `repeats the rate for ${key} (first given at rates.${first}): keep one row per date and currency` });
    } else seen.set(key, i);
  }
}

const BLOCKED_FILE = 'data/blocked-domains.yaml';

/** The blocked domains and pending citations; a broken file is itself a problem (and blocks nothing). */
export function readSourcePolicy(root: string, problems: IntegrityProblem[] = []): SourcePolicy {
  const file = path.join(root, BLOCKED_FILE);
  const shown = path.posix.join('content', BLOCKED_FILE);
  if (!existsSync(file)) return { blocked: [], unfit: [], pending: [] };
  const parsed = readFile(file, shown, problems);
  return (parsed && check(blockedFileSchema, parsed, shown, problems)) ?? { blocked: [], unfit: [], pending: [] };
}
