/** `npm run new` scaffolds records that match their schema, and the check lists exactly the placeholders left. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/domain/content-files.ts';
import { COLLECTIONS } from '../../src/domain/registry.ts';
import { FIXTURE } from '../helpers/fixture.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-new-'));
cpSync(FIXTURE, root, { recursive: true });
const npmNew = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'new-record.ts'), ...args], { env: { ...process.env, ATLAS_CONTENT: root }, encoding: 'utf8' });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  test.each(COLLECTIONS.map((c) => [c]))('scaffolds a %s record whose only problems are its placeholders', (collection) => {
    const slug = `acme-ai-new-${collection}`;
    const run = npmNew(collection, slug);
    expect(run.status, run.stderr).toBe(0);
    const problems = validateContent(root).problems.filter((p) => p.file.includes(slug));
    expect(problems.length).toBeGreaterThan(0);
    const unexpected = problems.filter((p) => !p.message.startsWith('still holds'));
    // country, jurisdiction and founded have no valid placeholder: the schema itself says what to write.
    expect(unexpected.filter((p) => !['country', 'jurisdiction', 'founded'].includes(p.field))).toEqual([]);
    expect(problems.every((p) => p.line !== undefined)).toBe(true);
  });

  test('a filled-in scaffold is a valid record', () => {
    const file = path.join(root, 'funding', 'acme-ai-series-z-2026.yaml');
    expect(npmNew('funding', 'acme-ai-series-z-2026').status).toBe(0);
    const filled = readFileSync(file, 'utf8')
      .replace('https://TODO.example/replace-with-the-page-url', 'https://example.org/news/acme-series-z')
      .replace('"TODO: publisher"', 'Example News')
      .replace('"TODO: title"', 'Acme raises again');
    writeFileSync(file, filled);
    expect(validateContent(root).problems.filter((p) => p.file.includes('acme-ai-series-z-2026'))).toEqual([]);
    expect(filled).toMatch(/^company: acme-ai$/m); // named after its company, from the slug
  });

  test('refuses an unknown collection, a bad slug and an existing record, without writing anything', () => {
    expect(npmNew('startups', 'x').stderr).toMatch(/"startups" is not a collection/);
    expect(npmNew('companies', 'Acme AI').stderr).toMatch(/is not a slug/);
    const again = npmNew('companies', 'acme-ai');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/content\/companies\/acme-ai\.mdx, content\/companies\/acme-ai\.es\.mdx already exist/);
    expect(existsSync(path.join(root, 'companies', 'Acme AI.mdx'))).toBe(false);
  });
});
