/**
 * Files under content/ that the site would not read, or should not: a profile saved as `.md`, a
 * `.json` in a YAML folder, a Spanish profile whose English record does not exist (a typo in its
 * name), a file in a folder no collection uses, and symbolic links (which could publish a file
 * from outside the repository). Each would otherwise vanish silently from the site.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, REGISTRY, type CollectionName } from './registry.ts';
import { LOCALES } from '../i18n/index.ts';
import type { IntegrityProblem } from './integrity.ts';

/** Files outside the collections that the site reads (or that document the folder). */
export const DATA_FILES = ['README.md', 'data/blocked-domains.yaml', 'data/ecb-rates.yaml'] as const;
/** Site pages written as MDX, one per language: `pages/<lang>/<slug>.mdx`. */
export const PAGES_FOLDER = 'pages';

const shown = (rel: string) => path.posix.join('content', rel);

/** Every file and link under `root`, as paths relative to it (posix separators). */
function walk(root: string, dir = ''): { rel: string; link: boolean; isDir: boolean }[] {
  const out: { rel: string; link: boolean; isDir: boolean }[] = [];
  for (const name of readdirSync(path.join(root, dir)).sort()) {
    const rel = dir ? `${dir}/${name}` : name;
    const st = lstatSync(path.join(root, rel));
    if (st.isSymbolicLink()) out.push({ rel, link: true, isDir: false });
    else if (st.isDirectory()) out.push(...walk(root, rel));
    else out.push({ rel, link: false, isDir: false });
  }
  return out;
}

const isHidden = (rel: string) => rel.split('/').some((part) => part.startsWith('.'));
const RECORD_LIKE = /\.(ya?ml|mdx?|json|toml|txt|html?)$/i;

function expectation(collection: CollectionName): string {
  const { folder, format } = REGISTRY[collection];
  if (format === 'yaml') return `records in ${folder}/ are YAML files named <slug>.yaml`;
  if (format === 'mdx-twin') return `records in ${folder}/ are <slug>.mdx (data and English text) with an optional <slug>.es.mdx (Spanish text)`;
  return `records in ${folder}/ are ${LOCALES.map((l) => `${l}/<slug>.mdx`).join(' and ')}`;
}

/** Problems for every file under content/ that is not a record, a twin, a page or a data file. */
export function strayFiles(root: string): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const files = walk(root);
  const present = new Set(files.map((f) => f.rel));
  const folders = new Map(COLLECTIONS.map((c) => [REGISTRY[c].folder, c]));
  for (const { rel, link } of files) {
    const file = shown(rel);
    if (link) {
      problems.push({ file, field: '(file)', message: 'is a symbolic link: content/ must hold the files themselves, since a link can publish a file from outside the repository. Replace the link with a copy of the file' });
      continue;
    }
    // Editors' tools leave hidden files (.DS_Store, .gitkeep); a hidden record-like file is still a mistake.
    if (isHidden(rel) && !RECORD_LIKE.test(rel)) continue;
    if ((DATA_FILES as readonly string[]).includes(rel)) continue;
    const [top = '', ...restParts] = rel.split('/');
    const rest = restParts.join('/');
    if (top === PAGES_FOLDER) {
      if (!new RegExp(`^(${LOCALES.join('|')})/[^/]+\\.mdx$`).test(rest)) {
        problems.push({ file, field: '(file)', message: `is not read: site pages are ${LOCALES.map((l) => `pages/${l}/<slug>.mdx`).join(' and ')}` });
      }
      continue;
    }
    if (top === 'data') {
      problems.push({ file, field: '(file)', message: `is not read: the site reads only ${DATA_FILES.filter((f) => f.startsWith('data/')).join(' and ')} in data/` });
      continue;
    }
    const collection = folders.get(top);
    if (!collection) {
      problems.push({ file, field: '(file)', message: `is not in a folder the site reads: records go in ${[...folders.keys()].map((f) => `${f}/`).join(', ')}` });
      continue;
    }
    const { format } = REGISTRY[collection];
    const hint = expectation(collection);
    if (format === 'yaml') {
      if (rest.includes('/') || !/\.ya?ml$/.test(rest)) problems.push({ file, field: '(file)', message: `is not read: ${hint}` });
    } else if (format === 'mdx-twin') {
      const twin = /^([^/]+)\.([a-z]{2})\.mdx$/.exec(rest);
      if (rest.includes('/')) problems.push({ file, field: '(file)', message: `is not read: ${hint}` });
      else if (twin) {
        const [, slug = '', lang = ''] = twin;
        if (lang === 'en' || !(LOCALES as readonly string[]).includes(lang)) problems.push({ file, field: '(file)', message: `is not read: ${hint}` });
        else if (!present.has(`${top}/${slug}.mdx`)) {
          problems.push({ file, field: '(file name)', message: `is a Spanish text without an English record: content/${top}/${slug}.mdx does not exist. Check the spelling of the file name, or add the English file` });
        }
      } else if (/\.md$/.test(rest)) problems.push({ file, field: '(file)', message: `is not read: rename it to ${rest.replace(/\.md$/, '.mdx')} (${hint})` });
      else if (!rest.endsWith('.mdx')) problems.push({ file, field: '(file)', message: `is not read: ${hint}` });
    } else {
      const m = /^([^/]+)\/([^/]+)$/.exec(rest);
      if (!m || !(LOCALES as readonly string[]).includes(m[1] ?? '') || !(m[2] ?? '').endsWith('.mdx')) {
        problems.push({ file, field: '(file)', message: `is not read: ${/\.md$/.test(rest) ? `rename it to .mdx; ` : ''}${hint}` });
      }
    }
  }
  return problems;
}
