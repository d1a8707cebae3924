/** /data/<collection>.json and /data/<collection>.csv: the open data files (CC BY 4.0). */
import type { APIContext } from 'astro';
import { getAtlas } from '../../domain/load-atlas.ts';
import { datasets, toCsv } from '../../open-data/open-data.ts';

export async function getStaticPaths() {
  const all = datasets(await getAtlas());
  return all.flatMap((d) => [
    { params: { file: `${d.name}.json` }, props: { body: `${JSON.stringify({ licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', source: 'European AI Atlas', records: d.records }, null, 2)}\n`, type: 'application/json' } },
    { params: { file: `${d.name}.csv` }, props: { body: toCsv(d.rows), type: 'text/csv; charset=utf-8' } },
  ]);
}

export function GET({ props }: APIContext) {
  const { body, type } = props as { body: string; type: string };
  return new Response(body, { headers: { 'Content-Type': type } });
}
