/** The search page's ranking, run in Node: name matches from the built A–Z index, then Pagefind. */
import { pinnedMatches, type NamedRecord } from '../../src/lib/rank.ts';
import { page } from './site.ts';
import { pagefindFor } from './pagefind.ts';
import { DIST } from './site.ts';
import { pathToFileURL } from 'node:url';

const named = new Map<string, (NamedRecord & { pf?: string })[]>();
function namesFor(lang: 'en' | 'es') {
  let list = named.get(lang);
  if (!list) {
    const doc = page(lang === 'es' ? '/es/search/' : '/search/');
    list = [...doc.querySelectorAll('.browse ul[data-kind]')].flatMap((ul) =>
      [...ul.querySelectorAll('a')].map((a) => ({
        title: a.textContent ?? '', url: a.getAttribute('href')!, kind: ul.getAttribute('data-kind')!,
        ...(a.getAttribute('data-pf') ? { pf: a.getAttribute('data-pf')! } : {}),
      })),
    );
    named.set(lang, list);
  }
  return list;
}

export async function rankedSearch(lang: 'en' | 'es', q: string, filters: Record<string, string[]> = {}, limit = 10): Promise<string[]> {
  const pf = await pagefindFor(lang);
  const res = await pf.search(q, { filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])) });
  const pins = Object.keys(filters).length ? [] : pinnedMatches(q, namesFor(lang)).map((r) => r.url);
  const root = pathToFileURL(DIST).pathname;
  const urls = await Promise.all(res.results.slice(0, limit + pins.length).map(async (r) => {
    const u = (await r.data()).url;
    const at = u.indexOf(root);
    return at >= 0 ? u.slice(at + root.length) : u;
  }));
  return [...new Set([...pins, ...urls])].slice(0, limit);
}
