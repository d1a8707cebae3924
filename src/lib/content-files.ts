/**
 * Reads content/ straight from disk, without Astro, and validates it with the same schemas the
 * build uses. Powers `npm run check:content` (an editor's quick check) and the integrity tests.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { plainRef, type CollectionName } from '../schemas/common.ts';
import { makeSchemas } from '../schemas/index.ts';
import { checkReferences, type Corpus, type EntryLike, type IntegrityProblem } from './integrity.ts';

export interface RawEntry extends EntryLike {
  collection: CollectionName;
  filePath: string;
  body: string;
}

/** Where each collection's files are and which of them are records. */
const LAYOUT: Record<CollectionName, { dirs: string[]; match: RegExp }> = {
  companies: { dirs: ['companies'], match: /^(?!.*\.es\.mdx$).*\.mdx$/ },
  people: { dirs: ['people'], match: /\.ya?ml$/ },
  investors: { dirs: ['investors'], match: /\.ya?ml$/ },
  funding: { dirs: ['funding'], match: /\.ya?ml$/ },
  models: { dirs: ['models'], match: /\.ya?ml$/ },
  regulations: { dirs: ['regulations'], match: /^(?!.*\.es\.mdx$).*\.mdx$/ },
  glossary: { dirs: ['glossary'], match: /\.ya?ml$/ },
  articles: { dirs: ['articles/en', 'articles/es'], match: /\.mdx$/ },
};

export function splitFrontmatter(source: string, file: string): { data: unknown; body: string } {
  // The closing --- must stand on a line of its own (a URL may contain "---").
  const m = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!m) throw new Error(`${file}: an MDX record must start with front matter between two --- lines`);
  return { data: parseYaml(m[1] ?? '') ?? {}, body: m[2] ?? '' };
}

export function readCollection(root: string, collection: CollectionName): RawEntry[] {
  const { dirs, match } = LAYOUT[collection];
  const out: RawEntry[] = [];
  for (const dir of dirs) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (!match.test(name)) continue;
      const filePath = path.posix.join('content', dir, name);
      const text = readFileSync(path.join(abs, name), 'utf8');
      const slug = name.replace(/\.(ya?ml|mdx)$/, '');
      const id = collection === 'articles' ? `${path.basename(dir)}/${slug}` : slug;
      if (name.endsWith('.mdx')) {
        const { data, body } = splitFrontmatter(text, filePath);
        out.push({ collection, id, filePath, data, body });
      } else {
        out.push({ collection, id, filePath, data: parseYaml(text), body: '' });
      }
    }
  }
  return out;
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
  for (const collection of Object.keys(LAYOUT) as CollectionName[]) {
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
  return { entries, problems };
}
