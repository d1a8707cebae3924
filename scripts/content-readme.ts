/**
 * `npm run docs:content`: regenerates what is derived from the schemas for editors: the field
 * reference at the end of content/README.md, and the JSON Schemas in .vscode/schemas/ with the
 * VS Code settings that wire them to content/ (completion and red squiggles while typing).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withFieldReference } from '../src/domain/field-reference.ts';
import { SCHEMA_DIR, jsonSchemas, serialise, vscodeSettings } from '../src/domain/json-schemas.ts';
import { CONTENT, ROOT } from './lib/site.ts';

const file = path.join(CONTENT, 'README.md');
writeFileSync(file, withFieldReference(readFileSync(file, 'utf8')));
console.log(`wrote the field reference in ${path.relative(process.cwd(), file)}`);

mkdirSync(path.join(ROOT, SCHEMA_DIR), { recursive: true });
for (const s of jsonSchemas()) writeFileSync(path.join(ROOT, SCHEMA_DIR, s.file), serialise(s.schema));
writeFileSync(path.join(ROOT, '.vscode', 'settings.json'), serialise(vscodeSettings()));
console.log(`wrote ${jsonSchemas().length} JSON Schemas in ${SCHEMA_DIR}/ and .vscode/settings.json`);
