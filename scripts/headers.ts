/** `npm run headers`: rewrites public/_headers from src/lib/csp.ts (run after changing either). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile } from '../src/lib/csp.ts';

const file = path.resolve(import.meta.dirname, '..', 'public', '_headers');
writeFileSync(file, headersFile());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
