/**
 * `npm run report:stale`: the records to re-verify against their sources, because they have never
 * been checked (no `checked` date) or were last checked more than a year ago; oldest first.
 */
import { validateContent } from '../src/domain/content-files.ts';
import { staleRecords } from '../src/domain/freshness.ts';
import { CONTENT } from './lib/site.ts';

const { entries } = validateContent(CONTENT);
const stale = staleRecords(entries, new Date());
const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
console.log(`${stale.length} of ${total} records are due for re-verification (never checked, or checked over a year ago):`);
for (const s of stale) console.log(`  ${s.checked ? s.checked.toISOString().slice(0, 10) : 'never     '}  ${s.file}`);
