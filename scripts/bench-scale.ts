/**
 * `npm run bench:scale -- --size N [--no-bare] [--no-search] [--keep]`: how the build scales.
 *
 * Writes a synthetic content set of size N (src/domain/synthetic.ts) into a temporary folder
 * (never content/), then, back to back on this machine:
 * 1. builds the Atlas from it with an empty cache, as `npm run build` does (scripts/build.ts:
 *    Astro, then the search and compressed copies in a second process; ATLAS_CONTENT, ATLAS_CACHE_DIR, --outDir);
 * 2. builds it again with one company changed, the cache kept (an editor's next build);
 * 3. builds a bare Astro 7 site with the same number of pages from a Markdown collection and
 *    indexes it with Pagefind: the baseline;
 * and prints, for each: pages, wall time, ms per page, peak memory of the whole process tree
 * (Node and Pagefind together, sampled from /proc), the size of the output, and the time of each
 * phase (from the moment each phase's log line arrives). Then the first search query's cost on
 * the synthetic Atlas (requests and bytes), as `npm run measure:search` measures it.
 * Ratios are against the baseline measured in the same run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSynthetic } from '../src/domain/synthetic.ts';
import { measureSearch } from './lib/measure.ts';
import { CONTENT, ROOT } from './lib/site.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '250' },
    bare: { type: 'boolean', default: true },
    search: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a whole number of companies, e.g. --size 250');

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** `npm run build`: Astro, then the search and the compressed copies in a process of their own. */
const BUILD = path.join(ROOT, 'scripts', 'build.ts');
const PAGEFIND = path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** The resident memory of a process and all its descendants, and of the largest of them, in bytes (Linux /proc). */
function treeRss(root: number): { tree: number; largest: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    total += rss.get(pid) ?? 0;
    largest = Math.max(largest, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { tree: total, largest };
}

interface Run { wallMs: number; peakBytes: number; peakLargestBytes: number; phases: Record<string, number>; log: string }

/** Runs a command, sampling the tree's memory every 100 ms and timing each phase marker in its output. */
function run(args: string[], cwd: string, env: Record<string, string>, markers: Record<string, RegExp>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let peak = 0;
    let peakLargest = 0;
    const timer = setInterval(() => {
      const m = treeRss(child.pid ?? 0);
      peak = Math.max(peak, m.tree);
      peakLargest = Math.max(peakLargest, m.largest);
    }, 100);
    const phases: Record<string, number> = {};
    let log = '';
    const onData = (chunk: Buffer) => {
      // eslint-disable-next-line no-control-regex
      const text = chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
      log += text;
      for (const [name, re] of Object.entries(markers)) if (phases[name] === undefined && re.test(text)) phases[name] = performance.now() - started;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}:\n${log.slice(-3000)}`));
      else resolve({ wallMs: performance.now() - started, peakBytes: peak, peakLargestBytes: peakLargest, phases, log });
    });
  });
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

const htmlPages = (dir: string): number => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;

const ATLAS_MARKERS = {
  'content synced': /\[content\] Synced content/,
  'server built': /generating static routes/,
  'routes rendered': /\d\d:\d\d:\d\d ✓ Completed in/,
  'sitemap': /sitemap-index\.xml` created/,
  'Pagefind indexed': /\[atlas-pagefind\] indexed \d+ pages/,
  'search records': /search records carry their Pagefind result id/,
  'precompressed': /\[atlas-precompress\] brotli and gzip copies/,
};
const BARE_MARKERS = { 'content synced': /\[content\] Synced content/, 'routes rendered': /\d\d:\d\d:\d\d ✓ Completed in/ };

/** Astro's own time per rendered route ("├─ /es/companies/x/index.html (+12ms)"), summed by kind of page. */
function timeByKind(log: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    const segments = (m[1] ?? '').replace(/^\/es\//, '/').split('/').filter(Boolean);
    const kind = segments.length <= 1 ? (segments[0]?.endsWith('.html') ? 'home' : `${segments[0] ?? 'home'} (index)`) : (segments[0] === 'og' ? 'social images' : segments[0] ?? 'other');
    out[kind] = (out[kind] ?? 0) + Number(m[2]);
  }
  return out;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), `atlas-bench-${size}-`));
const content = path.join(tmp, 'content');
const counts = writeSynthetic(content, size, CONTENT);
console.log(`size ${size}: ${counts.companies} companies (+ Spanish profiles), ${counts.funding} rounds, ${counts.investors} investors, ${counts.people} people, ${counts.models} models, ${counts.articles} articles, in ${content}`);

const rows: { name: string; pages: number; r: Run; bytes: number }[] = [];
const atlasEnv = { ATLAS_CONTENT: content, ATLAS_CACHE_DIR: path.join(tmp, 'cache') };
const atlasDist = path.join(tmp, 'atlas-dist');
const cold = await run([BUILD, '--outDir', atlasDist], ROOT, atlasEnv, ATLAS_MARKERS);
const pages = htmlPages(atlasDist);
rows.push({ name: 'Atlas, cold', pages, r: cold, bytes: dirBytes(atlasDist) });

// An editor's next build: one company's summary changed, the cache (social images) kept.
const changed = path.join(content, 'companies', 'company-0.mdx');
writeFileSync(changed, readFileSync(changed, 'utf8').replace('Synthetic company number 0,', 'Synthetic company number 0 (edited),'));
const warm = await run([BUILD, '--outDir', atlasDist], ROOT, atlasEnv, ATLAS_MARKERS);
rows.push({ name: 'Atlas, one record changed', pages: htmlPages(atlasDist), r: warm, bytes: dirBytes(atlasDist) });

if (values.bare) {
  const bare = path.join(tmp, 'bare');
  mkdirSync(path.join(bare, 'src', 'pages'), { recursive: true });
  mkdirSync(path.join(bare, 'posts'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(bare, 'node_modules'), 'dir');
  writeFileSync(path.join(bare, 'package.json'), JSON.stringify({ name: 'bare', type: 'module', private: true }));
  writeFileSync(path.join(bare, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://bare.example.org', trailingSlash: 'always' });\n");
  writeFileSync(path.join(bare, 'src', 'content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { posts: defineCollection({ loader: glob({ pattern: '*.md', base: './posts' }), schema: z.object({ title: z.string() }) }) };\n");
  writeFileSync(path.join(bare, 'src', 'pages', '[...slug].astro'), "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('posts')).map((p) => ({ params: { slug: p.id }, props: { p } })); }\nconst { p } = Astro.props;\nconst { Content } = await render(p);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{p.data.title}</title></head><body><main><h1>{p.data.title}</h1><Content /></main></body></html>\n");
  for (let i = 0; i < pages; i++) writeFileSync(path.join(bare, 'posts', `post-${i}.md`), `---\ntitle: Post ${i}\n---\nPost ${i} has a paragraph of text, a [link](/post-${(i + 1) % pages}/) and a list:\n\n- one\n- two\n`);
  const build = await run([ASTRO, 'build'], bare, {}, BARE_MARKERS);
  const index = await run([PAGEFIND, '--site', 'dist'], bare, {}, {});
  const bareRun: Run = { wallMs: build.wallMs + index.wallMs, peakBytes: Math.max(build.peakBytes, index.peakBytes), peakLargestBytes: Math.max(build.peakLargestBytes, index.peakLargestBytes), phases: { ...build.phases, 'search indexed': build.wallMs + index.wallMs }, log: build.log + index.log };
  rows.push({ name: 'bare Astro + Pagefind', pages: htmlPages(path.join(bare, 'dist')), r: bareRun, bytes: dirBytes(path.join(bare, 'dist')) });
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;
const mb = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
console.log('\n| build | pages | wall | ms/page | peak memory: whole tree (largest process) | output | phases (time since start) |');
console.log('|---|---|---|---|---|---|---|');
for (const { name, pages: p, r, bytes } of rows) {
  const phases = Object.entries(r.phases).map(([k, v]) => `${k} ${s(v)}`).join('; ');
  console.log(`| ${name} | ${p} | ${s(r.wallMs)} | ${(r.wallMs / p).toFixed(1)} | ${gb(r.peakBytes)} (${gb(r.peakLargestBytes)}) | ${mb(bytes)} | ${phases} |`);
}
const kinds = timeByKind(cold.log);
console.log(`\nAtlas, cold: Astro's rendering time by kind of page (sum of its per-page times): ${Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${s(ms)}`).join(', ')}`);
const bareRow = rows.find((r) => r.name.startsWith('bare'));
if (bareRow) {
  console.log(`\nAtlas cold / bare: ${(cold.wallMs / bareRow.r.wallMs).toFixed(2)}× time, ${(cold.peakBytes / bareRow.r.peakBytes).toFixed(2)}× peak memory (per page: ${((cold.wallMs / pages) / (bareRow.r.wallMs / bareRow.pages)).toFixed(2)}×)`);
}
console.log(`Atlas, one record changed / cold: ${(warm.wallMs / cold.wallMs).toFixed(2)}× time`);

if (values.search) {
  const cost = await measureSearch(atlasDist, '/search/', 'company');
  console.log(`First search query on the synthetic Atlas ("company", served by nginx): ${cost.requests} requests, ${(cost.bytes / 1024).toFixed(1)} KB, ${cost.results} results shown after ${cost.ms} ms (${cost.pageMs} ms from the input event, in the page)`);
  for (const r of cost.detail) console.log(`    ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  ${r.url}`);
  const searchPage = readFileSync(path.join(atlasDist, 'search', 'index.html'));
  const searchPageBr = readFileSync(path.join(atlasDist, 'search', 'index.html.br'));
  console.log(`The /search/ page itself: ${(searchPage.length / 1024).toFixed(0)} KB of HTML, ${(searchPageBr.length / 1024).toFixed(1)} KB brotli`);
  const funding = readFileSync(path.join(atlasDist, 'funding', 'index.html.br'));
  const fundingPages = existsSync(path.join(atlasDist, 'funding', 'page')) ? readdirSync(path.join(atlasDist, 'funding', 'page')).length + 1 : 1;
  console.log(`The funding index (page 1 of ${fundingPages}): ${(funding.length / 1024).toFixed(1)} KB brotli`);
}

if (values.keep) console.log(`kept: ${tmp}`);
else if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
