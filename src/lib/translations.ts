/**
 * Which Spanish pages still show English text: records whose profile or explainer has no
 * `.es.mdx`, and articles with no Spanish version. Used by `npm run check:translations` and tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface Untranslated {
  url: string;
  missing: string;
}

export function untranslated(contentRoot: string): Untranslated[] {
  const out: Untranslated[] = [];
  for (const [folder, segment] of [['companies', 'companies'], ['regulations', 'regulation']] as const) {
    const dir = path.join(contentRoot, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx') && !n.endsWith('.es.mdx'))) {
      const slug = f.slice(0, -'.mdx'.length);
      if (!existsSync(path.join(dir, `${slug}.es.mdx`))) out.push({ url: `/es/${segment}/${slug}/`, missing: `content/${folder}/${slug}.es.mdx` });
    }
  }
  const articles = (lang: string) => {
    const dir = path.join(contentRoot, 'articles', lang);
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)) : [];
  };
  const es = new Set(articles('es'));
  const en = new Set(articles('en'));
  for (const slug of en) if (!es.has(slug)) out.push({ url: `/es/articles/${slug}/`, missing: `content/articles/es/${slug}.mdx` });
  for (const slug of es) if (!en.has(slug)) out.push({ url: `/articles/${slug}/`, missing: `content/articles/en/${slug}.mdx` });
  return out.sort((a, b) => a.url.localeCompare(b.url));
}
