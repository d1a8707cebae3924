/**
 * Cross-collection checks that a per-file schema cannot make: every reference points at a record
 * that exists. Pure, so the tests run it over content/ without Astro, and the build runs it over
 * the content layer (src/lib/atlas.ts) and stops on the first problem list.
 */
import { COLLECTIONS, isCollection, recordFile, type CollectionName } from './registry.ts';

export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

export type Corpus = Partial<Record<CollectionName, readonly EntryLike[]>>;

export interface IntegrityProblem {
  file: string;
  /** The line in the file, where it is known. */
  line?: number;
  field: string;
  message: string;
}

function isRef(v: unknown): v is { collection: CollectionName; id: string } {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return false;
  const keys = Object.keys(v);
  const o = v as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof o.id === 'string' &&
    isCollection(o.collection)
  );
}

function fileOf(collection: CollectionName, e: EntryLike): string {
  return e.filePath ?? recordFile(collection, e.id);
}

/** Every `{ collection, id }` inside an entry, with its field path (e.g. `leadInvestors[0]`). */
export function* walkRefs(data: unknown, path = ''): Generator<{ field: string; collection: CollectionName; id: string }> {
  if (isRef(data)) {
    yield { field: path, collection: data.collection, id: data.id };
    return;
  }
  if (Array.isArray(data)) {
    for (const [i, v] of data.entries()) yield* walkRefs(v, `${path}[${i}]`);
  } else if (data && typeof data === 'object' && !(data instanceof Date)) {
    for (const [k, v] of Object.entries(data)) yield* walkRefs(v, path ? `${path}.${k}` : k);
  }
}

export function checkReferences(corpus: Corpus): IntegrityProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const c of COLLECTIONS) ids.set(c, new Set((corpus[c] ?? []).map((e) => e.id)));
  const problems: IntegrityProblem[] = [];
  for (const c of COLLECTIONS) {
    for (const entry of corpus[c] ?? []) {
      for (const r of walkRefs(entry.data)) {
        if (ids.get(r.collection)?.has(r.id)) continue;
        problems.push({
          file: fileOf(c, entry),
          field: r.field,
          message: `points to "${r.id}" in ${r.collection}, which does not exist. Fix the slug, or create ${recordFile(r.collection, r.id)}`,
        });
      }
    }
  }
  return problems;
}

/** One problem as editors see it, in `check:content`, the build and the dev server alike. */
export const formatProblem = (p: IntegrityProblem): string => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;

export function formatProblems(problems: IntegrityProblem[]): string {
  return problems.map((p) => `  ${formatProblem(p)}`).join('\n');
}

export class ContentIntegrityError extends Error {
  constructor(problems: IntegrityProblem[]) {
    super(`content/ has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentIntegrityError';
  }
}
