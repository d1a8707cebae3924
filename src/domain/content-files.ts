/**
 * Reads content/ straight from disk, without Astro, and validates it with the same schemas the
 * build uses. Powers `npm run check:content` (an editor's quick check) and the integrity tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { plainRef } from '../schemas/common.ts';
import { COLLECTIONS, makeSchemas, type CollectionName } from './registry.ts';
import { recordFiles } from './layout.ts';
import { checkReferences, type Corpus, type EntryLike, type IntegrityProblem } from './integrity.ts';
import { blockedFileSchema, checkSources, type SourcePolicy } from './source-policy.ts';

export interface RawEntry extends EntryLike {
  collection: CollectionName;
  filePath: string;
  body: string;
}

export function splitFrontmatter(source: string, file: string): { data: unknown; body: string } {
  // The closing --- must stand on a line of its own (a URL may contain "---").
  const m = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!m) throw new Error(`${file}: an MDX record must start with front matter between two --- lines`);
  return { data: parseYaml(m[1] ?? '') ?? {}, body: m[2] ?? '' };
}

export function readCollection(root: string, collection: CollectionName): RawEntry[] {
  return recordFiles(root, collection).map(({ id, file, abs }) => {
    const text = readFileSync(abs, 'utf8');
    if (file.endsWith('.mdx')) {
      const { data, body } = splitFrontmatter(text, file);
      return { collection, id, filePath: file, data, body };
    }
    return { collection, id, filePath: file, data: parseYaml(text), body: '' };
  });
}

export interface ContentReport {
  entries: Record<CollectionName, RawEntry[]>;
  problems: IntegrityProblem[];
}

/** Validates every file and every reference; problems name the file and the field. */
export function validateContent(root: string): ContentReport {
  const schemas = makeSchemas(plainRef);
  const problems: IntegrityProblem[] = [];
  const entries = {} as Record<CollectionName, RawEntry[]>;
  const corpus: Corpus = {};
  for (const collection of COLLECTIONS) {
    const raw = readCollection(root, collection);
    const parsed: RawEntry[] = [];
    const seen = new Map<string, string>();
    for (const e of raw) {
      const dup = seen.get(e.id);
      if (dup) problems.push({ file: e.filePath, field: '(file name)', message: `has the same slug as ${dup}: rename one of them` });
      seen.set(e.id, e.filePath);
      if (!/^(en\/|es\/)?[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) {
        problems.push({ file: e.filePath, field: '(file name)', message: 'the file name must be a slug: lowercase letters, digits and hyphens' });
      }
      const result = schemas[collection].safeParse(e.data);
      if (result.success) parsed.push({ ...e, data: result.data });
      else {
        for (const issue of result.error.issues) {
          problems.push({ file: e.filePath, field: issue.path.map(String).join('.') || '(front matter)', message: issue.message });
        }
      }
    }
    entries[collection] = parsed;
    corpus[collection] = parsed;
  }
  problems.push(...checkReferences(corpus));
  problems.push(...checkSources(corpus, readSourcePolicy(root, problems)));
  return { entries, problems };
}

const BLOCKED_FILE = 'data/blocked-domains.yaml';

/** The blocked domains and pending citations; a broken file is itself a problem (and blocks nothing). */
export function readSourcePolicy(root: string, problems: IntegrityProblem[] = []): SourcePolicy {
  const file = path.join(root, BLOCKED_FILE);
  const shown = path.posix.join('content', BLOCKED_FILE);
  if (!existsSync(file)) return { blocked: [], unfit: [], pending: [] };
  const result = blockedFileSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file: shown, field: issue.path.map(String).join('.') || '(file)', message: issue.message });
  return { blocked: [], unfit: [], pending: [] };
}
