/** `npm run docs:content`: regenerates the field reference at the end of content/README.md from the schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withFieldReference } from '../src/domain/field-reference.ts';
import { CONTENT } from './lib/site.ts';

const file = path.join(CONTENT, 'README.md');
writeFileSync(file, withFieldReference(readFileSync(file, 'utf8')));
console.log(`wrote the field reference in ${path.relative(process.cwd(), file)}`);
