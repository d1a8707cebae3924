/**
 * `npm run check:content`: validates every file in content/ in about a second, without a build,
 * and prints each problem with its file, field and fix. Exits 1 when there is any.
 */
import { validateContent } from '../src/domain/content-files.ts';
import { formatProblems } from '../src/domain/integrity.ts';
import { CONTENT } from './lib/site.ts';

const { entries, problems } = validateContent(CONTENT);
const counts = Object.entries(entries).map(([c, list]) => `${list.length} ${c}`).join(', ');
if (problems.length) {
  console.error(`content/ has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`content/ is valid: ${counts}.`);
