/**
 * A folder of build outputs kept between builds, keyed by a hash of everything they are made from:
 * a second build redoes only what changed. $ATLAS_CACHE_DIR moves it (CI can keep it between runs);
 * by default it is node_modules/.cache/atlas, where build tools keep their caches.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const cacheDir = (kind: string): string =>
  path.join(process.env.ATLAS_CACHE_DIR ?? path.resolve('node_modules', '.cache', 'atlas'), kind);

function read(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed: a build stopped half-way leaves no broken entry. */
function store(file: string, bytes: Buffer | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** The cached bytes for `key`, or `make()`'s, stored for next time. */
export async function cached(kind: string, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = path.join(cacheDir(kind), key);
  const hit = read(file);
  if (hit) return hit;
  const bytes = await make();
  store(file, bytes);
  return bytes;
}

/** The same, for text made synchronously (a chart's SVG is drawn in the render of a page). */
export function cachedSync(kind: string, key: string, make: () => string): string {
  const file = path.join(cacheDir(kind), key);
  const hit = read(file);
  if (hit) return hit.toString('utf8');
  const text = make();
  store(file, text);
  return text;
}
