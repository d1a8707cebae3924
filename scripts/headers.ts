/** `npm run headers`: rewrites public/_headers from src/lib/csp.ts (run after changing either). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile } from '../src/lib/csp.ts';
import { ROOT } from './lib/site.ts';

const file = path.join(ROOT, 'public', '_headers');
writeFileSync(file, headersFile());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
