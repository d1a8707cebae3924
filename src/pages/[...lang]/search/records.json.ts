/**
 * /search/records.json and /es/search/records.json: every searchable record of a language as
 * data (src/search/records.ts). The search page's script fetches it with the first query, to pin
 * exact name matches, show record results and count filters without fetching Pagefind fragments.
 */
import type { APIContext } from 'astro';
import { localePaths } from '../../../lib/paths.ts';
import { pageRecords, searchRecords } from '../../../search/records.ts';

export const getStaticPaths = localePaths;

export function GET({ locals }: APIContext) {
  const records = [...searchRecords(locals.atlas, locals.lang).flatMap((g) => g.records), ...pageRecords(locals.atlas, locals.lang)];
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
}
