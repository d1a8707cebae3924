/**
 * The benchmark's generator (`npm run bench:scale`) writes content that the editors' check
 * accepts and that builds: run at a small size, so that it stays valid as the schemas change.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { syntheticCounts, writeSynthetic } from '../../src/domain/synthetic.ts';
import { CONTENT, ROOT } from '../../scripts/lib/site.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-synthetic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('synthetic content for the scale benchmark', () => {
  test('size 20: valid for the editors’ check, and the site builds from it with a page per record', async () => {
    const content = path.join(tmp, 'content');
    const counts = writeSynthetic(content, 20, CONTENT);
    expect(counts).toEqual(syntheticCounts(20));
    const { entries, problems } = validateContent(content);
    expect(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.field}: ${p.message}`)).toEqual([]);
    expect(entries.companies).toHaveLength(20);
    expect(entries.funding).toHaveLength(40);

    const outDir = path.join(tmp, 'dist');
    const result = await new Promise<{ status: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
        cwd: ROOT, env: { ...process.env, ATLAS_CONTENT: content, ATLAS_CACHE_DIR: path.join(tmp, 'cache') },
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (status) => resolve({ status, output }));
    });
    expect(result.status, result.output.slice(-2000)).toBe(0);
    const pages = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name === 'index.html').map((e) => path.relative(outDir, e.parentPath));
    for (const dir of ['companies/company-0', 'es/companies/company-19', 'funding/company-3-seed-2023', 'investors/investor-9', 'people/person-7', 'models/model-4', 'articles/article-0', 'es/articles/article-0']) {
      expect(pages, dir).toContain(dir);
    }
    // Social images went to the cache named by ATLAS_CACHE_DIR, not to the project's.
    expect(readdirSync(path.join(tmp, 'cache', 'og')).length).toBeGreaterThanOrEqual(20);
  }, 300_000);
});
