/**
 * Where the editors' files are, derived from the registry's folder and format of each
 * collection. Astro's loaders (content.config.ts) take the glob patterns; the editors' validator
 * (content-files.ts) and the translation report list the same files from disk with `recordFiles`.
 *
 * The content folder is `content/` unless ATLAS_CONTENT names another one (test fixtures, the
 * scale benchmark's synthetic content).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, REGISTRY, type CollectionName, type FileFormat } from './registry.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';

export function contentRoot(): string {
  return process.env.ATLAS_CONTENT ?? './content';
}

/** Glob of a collection's record files, relative to its folder. */
export function recordPattern(name: CollectionName): string | string[] {
  const format: FileFormat = REGISTRY[name].format;
  switch (format) {
    case 'yaml':
      return '*.{yaml,yml}';
    case 'mdx-twin':
      return ['*.mdx', '!*.es.mdx'];
    case 'mdx-per-locale':
      return `{${LOCALES.join(',')}}/*.mdx`;
  }
}

/** Globs of the Spanish bodies of `mdx-twin` records, relative to the content folder. */
export function twinPatterns(): string[] {
  return COLLECTIONS.filter((c) => REGISTRY[c].format === 'mdx-twin').map((c) => `${REGISTRY[c].folder}/*.es.mdx`);
}

export interface RecordFile {
  collection: CollectionName;
  /** The record's id as Astro's glob loader makes it: the slug, or `en/<slug>` per locale. */
  id: string;
  /** Path relative to the repository, e.g. content/companies/mistral-ai.mdx. */
  file: string;
  abs: string;
}

const slugOf = (name: string) => name.replace(/\.(ya?ml|mdx)$/, '');
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Every record file of a collection under `root` (the content folder), as the loaders see them. */
export function recordFiles(root: string, name: CollectionName): RecordFile[] {
  const { folder } = REGISTRY[name];
  const format: FileFormat = REGISTRY[name].format;
  const base = path.join(root, folder);
  const rel = (...p: string[]) => path.posix.join('content', folder, ...p);
  switch (format) {
    case 'yaml':
      return list(base).filter((n) => /\.ya?ml$/.test(n)).map((n) => ({ collection: name, id: slugOf(n), file: rel(n), abs: path.join(base, n) }));
    case 'mdx-twin':
      return list(base)
        .filter((n) => n.endsWith('.mdx') && !n.endsWith('.es.mdx'))
        .map((n) => ({ collection: name, id: slugOf(n), file: rel(n), abs: path.join(base, n) }));
    case 'mdx-per-locale':
      return LOCALES.flatMap((lang) =>
        list(path.join(base, lang))
          .filter((n) => n.endsWith('.mdx'))
          .map((n) => ({ collection: name, id: `${lang}/${slugOf(n)}`, file: rel(lang, n), abs: path.join(base, lang, n) })),
      );
  }
}

/** Does the Spanish (or other locale's) body of a record exist? */
export function hasTwin(root: string, name: CollectionName, slug: string, lang: Locale): boolean {
  const { folder, format } = REGISTRY[name];
  if (format === 'yaml') return true;
  if (format === 'mdx-twin') return lang === 'en' || existsSync(path.join(root, folder, `${slug}.${lang}.mdx`));
  return existsSync(path.join(root, folder, lang, `${slug}.mdx`));
}
