/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the built site, after
 * Pagefind has written its own files: a static server (nginx's brotli_static and gzip_static,
 * see src/lib/nginx.ts) then sends the smallest encoding the browser accepts without compressing
 * anything per request. Brotli's best quality (11) is slow, about a second per megabyte: at 24,000
 * pages it was 258 s, the largest single part of a cold build. Quality 10 gives files about 2 %
 * larger (this site's 22 MB of HTML: 5.49 MB against 5.38 MB, the largest page 13.9 KB at both)
 * in about 40 % of the time (8 s against 19 s); below 10 brotli switches to a faster, coarser
 * method and pages grow 11 %. Each result is also kept in the build cache under a hash of the file:
 * a rebuild compresses only what changed.
 * Pagefind's index files are compressed by Pagefind already and are left as they are.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { cached } from '../lib/build-cache.ts';
import { AFTER_ASTRO } from './after-astro.ts';

/** Extensions worth compressing: text. Images, fonts and Pagefind's own (gzipped) files are not. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv']);
/** Below this a compressed copy saves too little to be worth a file. */
export const MIN_BYTES = 512;
/** Files this large (the open-data downloads) get a faster brotli level: a few per cent larger, far quicker. */
const LARGE = 1024 * 1024;
/** Brotli quality for everything else (see above for why not 11). */
export const BROTLI_QUALITY = 10;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(abs);
    else if (COMPRESSIBLE.has(path.extname(entry.name))) yield abs;
  }
}

/** Compresses one file; resolves to the bytes written (both copies), 0 when the file is too small. */
async function compressFile(file: string): Promise<number> {
  if ((await stat(file)).size < MIN_BYTES) return 0;
  const body = await readFile(file);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 40);
  const quality = body.length >= LARGE ? 5 : BROTLI_QUALITY;
  const [br, gz] = await Promise.all([
    cached('compressed', `${hash}.q${quality}.br`, () =>
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })),
    cached('compressed', `${hash}.gz`, () => gzip(body, { level: 9 })),
  ]);
  // Both copies are always written, even in the rare case one is no smaller: a stale copy left from
  // an earlier build in the same folder would otherwise be served instead of the new file.
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return br.length + gz.length;
}

/** Compresses every text file under `dir`, a few at a time (zlib works on libuv's thread pool). */
export async function precompress(dir: string): Promise<{ files: number; bytes: number }> {
  const queue: string[] = [];
  for await (const f of textFiles(dir)) queue.push(f);
  let files = 0;
  let bytes = 0;
  const worker = async () => {
    for (let f = queue.pop(); f; f = queue.pop()) {
      const n = await compressFile(f);
      if (n) {
        files++;
        bytes += n;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { files, bytes };
}

/** Compresses a built site and says how it went. */
export async function precompressSite(dir: string, info: (message: string) => void): Promise<void> {
  const started = performance.now();
  const { files, bytes } = await precompress(dir);
  info(`brotli and gzip copies of ${files} files (${(bytes / 1048576).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'atlas-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` compresses after the search, in a process of its own (src/integrations/after-astro.ts).
        if (process.env[AFTER_ASTRO]) return;
        await precompressSite(fileURLToPath(dir), (m) => logger.info(m));
      },
    },
  };
}
