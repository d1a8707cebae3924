/**
 * The build holds the same line as the editors' check: building a content folder that cites a
 * blocked site fails, naming the file, the field and the reason (ATLAS_CONTENT points the
 * loaders at a copy of the fixture content).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/site.ts';
import { fixtureCitingBlocked } from '../helpers/fixture.ts';

test('astro build refuses a citation of a blocked site', () => {
  const content = fixtureCitingBlocked();
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-blocked-dist-'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_CONTENT: content },
    encoding: 'utf8',
    timeout: 170_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output.slice(-2000)).not.toBe(0);
  expect(output, output.slice(-3000)).toMatch(/funding\/acme-ai-seed-2024\.yaml: field "sources\[0\]\.url" cites spun-copies\.example, which may not be cited/);
}, 180_000);
