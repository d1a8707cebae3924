/** Reading the built site (dist/) from tests: files, parsed HTML, the sitemap. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** The repository. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The editors' content (ATLAS_CONTENT points the build and the tools at another folder, as the loaders do). */
export const CONTENT = path.resolve(ROOT, process.env.ATLAS_CONTENT ?? 'content');
/** The built site; ATLAS_DIST points tests and scripts at another build (e.g. one made with --outDir). */
export const DIST = process.env.ATLAS_DIST ?? path.join(ROOT, 'dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
}

/** The file a URL path is served from: /companies/x/ → dist/companies/x/index.html. */
export function fileFor(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  return clean.endsWith('/') ? path.join(DIST, clean, 'index.html') : path.join(DIST, clean);
}

export function exists(urlPath: string): boolean {
  const f = fileFor(urlPath);
  return existsSync(f) && statSync(f).isFile();
}

export function page(urlPath: string): Document {
  const f = fileFor(urlPath);
  if (!existsSync(f)) throw new Error(`No page at ${urlPath} (${path.relative(DIST, f)})`);
  return parseHTML(readFileSync(f, 'utf8')).document;
}

/** Every HTML page of the site as a URL path. */
export function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(abs);
      } else if (name.endsWith('.html')) {
        const rel = '/' + path.relative(DIST, abs).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel === '/index.html' ? '/' : rel);
      }
    }
  };
  walk(DIST);
  return out.map((p) => (p === '/index.html' ? '/' : p)).sort();
}

/** The URL paths the sitemap lists, with their hreflang alternates. */
export function sitemap(): { loc: string; alternates: Record<string, string> }[] {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  const pathOf = (u: string | undefined) => new URL(u ?? '/', 'https://x.invalid').pathname;
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]));
  return files.flatMap((f) => {
    const xml = readFileSync(path.join(DIST, f), 'utf8');
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
      const body = m[1] ?? '';
      const loc = pathOf(/<loc>([^<]+)<\/loc>/.exec(body)?.[1]);
      const alternates: Record<string, string> = {};
      for (const [, lang = '', href] of body.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)) alternates[lang] = pathOf(href);
      return { loc, alternates };
    });
  });
}
