/**
 * `npm run build [-- --outDir <dir>]`: the site, its search and its compressed copies, in two
 * processes one after the other. Astro builds the pages in the first; once it has ended, this one
 * builds both Pagefind bundles, the result shards (src/integrations/pagefind.ts) and the brotli and
 * gzip copies (src/integrations/precompress.ts). At 24,000 pages Node peaked at 3.0 GB and
 * Pagefind's binary, started from the same process, added 0.75 GB on top: apart, the peaks no
 * longer add up (`npm run bench:scale` prints both). `astro build` alone still does everything,
 * in one process.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AFTER_ASTRO } from '../src/integrations/after-astro.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(ROOT, values.outDir);
const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const code = await new Promise<number | null>((resolve, reject) => {
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, [AFTER_ASTRO]: '1' } });
  child.on('error', reject);
  child.on('close', resolve);
});
if (code !== 0) process.exit(code ?? 1);

// Loaded only now: while Astro ran, this process stayed at Node's bare minimum of memory.
const { buildSearch } = await import('../src/integrations/pagefind.ts');
const { precompressSite } = await import('../src/integrations/precompress.ts');
const time = () => new Date().toTimeString().slice(0, 8);
await buildSearch(outDir, (m) => console.log(`${time()} [atlas-pagefind] ${m}`));
await precompressSite(outDir, (m) => console.log(`${time()} [atlas-precompress] ${m}`));
