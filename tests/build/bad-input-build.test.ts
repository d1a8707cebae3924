/**
 * One validation path: every case of the bad-input corpus (tests/helpers/bad-input.ts) makes both
 * `npm run check:content` and `astro build` fail, and both name the same file, field and fix
 * (ATLAS_CONTENT points the tools and the loaders at a broken copy of the fixture content). The
 * build stops in its first hook, before any page is rendered, so each case takes seconds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/site.ts';
import { BAD_INPUT, brokenCopy, cleanUp, expectedLine } from '../helpers/bad-input.ts';

function run(args: string[], content: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ATLAS_CONTENT: content } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe.concurrent('bad input stops both the editors’ check and the build, with the same message', () => {
  test.each(BAD_INPUT.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const content = brokenCopy(c);
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bad-dist-'));
    try {
      const [check, build] = await Promise.all([
        run([path.join(ROOT, 'scripts', 'check-content.ts')], content),
        run([path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], content),
      ]);
      const line = expectedLine(c);
      expect(check.status, check.output.slice(-1500)).toBe(1);
      expect(check.output, check.output.slice(-1500)).toMatch(line);
      expect(check.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
      expect(build.status, build.output.slice(-1500)).not.toBe(0);
      expect(build.output, build.output.slice(-1500)).toMatch(line);
    } finally {
      cleanUp(content);
      cleanUp(outDir);
    }
  });
});
