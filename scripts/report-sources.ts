/**
 * `npm run report:sources`: per collection, how many records have at least one primary or press
 * source, how many rest on secondary sources only (their figures show as "reported"), the
 * citations of blocked sites still to replace, and the most-cited domains.
 */
import { readSourcePolicy, validateContent } from '../src/domain/content-files.ts';
import { sourceReport } from '../src/domain/source-report.ts';
import { CONTENT } from './lib/site.ts';

const { entries, problems } = validateContent(CONTENT);
if (problems.length) console.warn(`(content/ has ${problems.length} problem(s): run npm run check:content)`);
const report = sourceReport(entries, readSourcePolicy(CONTENT));
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '—');
console.log('collection      records  primary or press     secondary only  no source');
for (const c of report.collections) {
  console.log(`${c.collection.padEnd(15)} ${String(c.records).padStart(7)}  ${`${c.primaryOrPress} (${pct(c.primaryOrPress, c.records)})`.padStart(16)}  ${String(c.secondaryOnly).padStart(15)}  ${String(c.none).padStart(9)}`);
}
console.log(`\nCitations of blocked sites still to replace: ${report.blocked.length}`);
for (const b of report.blocked) console.log(`  ${b.file}: ${b.field}: ${b.url}`);
console.log('\nMost-cited domains:');
for (const d of report.domains.slice(0, 15)) console.log(`  ${String(d.citations).padStart(4)}  ${d.domain}`);
