/** The editors' JSON Schemas (.vscode/schemas/) are current, and agree with the zod schemas on real and broken files. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { SCHEMA_DIR, jsonSchemas, serialise, vscodeSettings } from '../../src/domain/json-schemas.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ajv = new Ajv({ strict: false, allErrors: true });

describe('JSON Schemas for editors', () => {
  test('are current (npm run docs:content rewrites them) and wired in .vscode/settings.json', () => {
    for (const s of jsonSchemas()) expect(readFileSync(path.join(ROOT, SCHEMA_DIR, s.file), 'utf8'), s.file).toBe(serialise(s.schema));
    expect(readFileSync(path.join(ROOT, '.vscode', 'settings.json'), 'utf8')).toBe(serialise(vscodeSettings()));
  });

  test('accept every YAML file of content/ and the fixture content', () => {
    for (const s of jsonSchemas().filter((x) => x.glob.endsWith('.yaml'))) {
      const validate = ajv.compile(s.schema);
      for (const root of ['content', 'tests/fixtures/content']) {
        const [dir = '', pattern = ''] = s.glob.replace(/^content\//, '').split(/\/(?=[^/]*$)/);
        const files = readdirSync(path.join(ROOT, root, dir)).filter((f) => (pattern === '*.yaml' ? f.endsWith('.yaml') : f === pattern));
        for (const f of files) {
          const ok = validate(parse(readFileSync(path.join(ROOT, root, dir, f), 'utf8')));
          expect(ok, `${root}/${dir}/${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }
    }
  });

  test('flag what the check flags as an editor types: a wrong stage, a malformed date, a missing source, an unknown field', () => {
    const funding = jsonSchemas().find((s) => s.file === 'funding.schema.json');
    if (!funding) throw new Error('no funding schema');
    const validate = ajv.compile(funding.schema);
    const round = parse(readFileSync(path.join(ROOT, 'tests/fixtures/content/funding/acme-ai-seed-2024.yaml'), 'utf8')) as Record<string, unknown>;
    for (const broken of [{ stage: 'series-z' }, { announced: '11/12/2023' }, { sources: undefined }, { amountEUR: 5 }]) {
      expect(validate({ ...round, ...broken }), JSON.stringify(broken)).toBe(false);
    }
  });
});
