/** Record and article pages say when their file last changed (from git) and link to it for editing. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, allPages, page } from '../../scripts/lib/site.ts';

const recordPages = allPages().filter((p) => /^\/(es\/)?(companies|funding|investors|people|models|regulation|articles)\/[a-z0-9-]+\/$/.test(p));
const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true';

describe('edit links and last-changed dates', () => {
  test('every record and article page links to the file that holds its text, in the repository', () => {
    expect(recordPages.length).toBeGreaterThan(100);
    for (const p of recordPages) {
      const link = page(p).querySelector('a[data-edit-link]');
      expect(link, p).not.toBeNull();
      const file = /\/edit\/[^/]+\/(content\/.+)$/.exec(link?.getAttribute('href') ?? '')?.[1] ?? '';
      expect(existsSync(path.join(ROOT, file)), `${p} → ${file}`).toBe(true);
      if (p.startsWith('/es/companies/') && existsSync(path.join(ROOT, file.replace(/\.es\.mdx$/, '.mdx')))) expect(file, p).toMatch(/\.es\.mdx$/);
    }
  });
  test('the last-changed date is that of the last commit that touched the file (none in a shallow clone, where history is cut)', () => {
    const shown = page('/companies/mistral-ai/').querySelector('.edit-info time')?.getAttribute('datetime');
    if (shallow) {
      expect(shown).toBeUndefined();
      return;
    }
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/companies/mistral-ai.mdx'], { cwd: ROOT, encoding: 'utf8' }).trim().slice(0, 10);
    expect(shown).toBe(committed);
  });
});
