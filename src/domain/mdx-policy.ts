/**
 * What an article, profile or page body may contain. Bodies are MDX, which is code: without a
 * policy an editor's file could run `import`s and expressions at build time (reading files or
 * CI secrets into a page), ship `<script>`, `<iframe>`, forms, `<meta http-equiv="refresh">`,
 * event handlers or `javascript:` links to readers. The policy allows Markdown, a short list of
 * harmless inline HTML elements with plain attributes, plain-value expressions (a string, a
 * number, a comment) and links to http(s), mailto and the site's own published pages in the
 * body's language. Everything else is a problem naming the file, the line and the fix.
 *
 * Run by the editors' check (`npm run check:content`), and so by `astro build` and the dev
 * server through the content gate (src/integrations/content-gate.ts).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import type { Locale } from '../i18n/index.ts';
import { LOCALES } from '../i18n/index.ts';
import { COLLECTIONS, REGISTRY, type CollectionName } from './registry.ts';
import type { IntegrityProblem } from './integrity.ts';
import { ARTICLE_CHARTS, FILTERABLE_CHARTS, isArticleChart } from '../charts/article-chart-names.ts';

/** HTML elements a body may use, with the attributes each may carry (always plain strings). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  b: [], i: [], em: [], strong: [], small: [], s: [], u: [], mark: [],
  sub: [], sup: [], kbd: [], code: [], cite: [], q: [], br: [], wbr: [],
  span: ['lang'],
  time: ['datetime'],
};

/**
 * The Atlas's own components that a body may use. A component added here must also be passed to
 * the MDX `components` prop of the pages that render bodies (src/components/Body.astro).
 * <AtlasChart name="…" /> places a chart drawn from the records (src/charts/article-chart-names.ts).
 * <Ref n="3" /> cites source 3 of the text's own list (articles only), as a numbered note.
 */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  AtlasChart: ['name', 'sector', 'country'],
  Ref: ['n'],
};

/** The values an <AtlasChart> may take; a problem message, or undefined when it is fine. */
function atlasChartProblem(attrs: Record<string, string>, published: PublishedRecords, seen: Set<string>): string | undefined {
  const { name, sector, country } = attrs;
  if (!name) return `<AtlasChart> needs a name: one of ${ARTICLE_CHARTS.join(', ')}`;
  if (!isArticleChart(name)) return `<AtlasChart name="${name}"> is not a chart of the Atlas: use one of ${ARTICLE_CHARTS.join(', ')}`;
  if ((sector || country) && !FILTERABLE_CHARTS.includes(name)) return `<AtlasChart name="${name}"> takes no sector or country (only ${FILTERABLE_CHARTS.join(', ')} does)`;
  if (sector && country) return '<AtlasChart> takes a sector or a country, not both';
  if (sector && !published.sectors?.has(sector)) return `<AtlasChart sector="${sector}">: no company in content/companies has that sector; use one of ${[...(published.sectors ?? [])].join(', ')}`;
  if (country && !published.companyCountries?.has(country)) return `<AtlasChart country="${country}">: no company in content/companies is in that country; use an upper-case ISO code such as ${[...(published.companyCountries ?? [])].slice(0, 4).join(', ')}`;
  const key = `${name}|${sector ?? ''}|${country ?? ''}`;
  if (seen.has(key)) return `<AtlasChart name="${name}"${sector ? ` sector="${sector}"` : ''}${country ? ` country="${country}"` : ''}> appears twice in this text: show each chart once`;
  seen.add(key);
  return undefined;
}

const SAFE_SCHEMES = /^(https?:|mailto:)/i;

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Is an MDX expression a plain value: a comment, a string or a number (no code runs)? */
export function isPlainExpression(code: string): boolean {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return withoutComments === '' || /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|-?\d+(?:\.\d+)?)$/.test(withoutComments);
}

/** Paths of the site's pages that are not records, from the page files (`/about/`, `/data/`…). */
export function fixedRoutes(): Set<string> {
  const dir = fileURLToPath(new URL('../pages/%5B...lang%5D/', import.meta.url));
  const routes = new Set<string>(['/']);
  const walk = (rel: string) => {
    for (const entry of readdirSync(dir + rel, { withFileTypes: true })) {
      if (entry.name.includes('[')) continue;
      if (entry.isDirectory()) walk(`${rel}${entry.name}/`);
      else if (entry.name === 'index.astro') routes.add(`/${rel}`);
      else if (entry.name.endsWith('.astro')) routes.add(`/${rel}${entry.name.replace(/\.astro$/, '')}/`);
      else routes.add(`/${rel}${entry.name.replace(/\.ts$/, '')}`);
    }
  };
  walk('');
  return routes;
}

export interface PublishedRecords {
  /** Slugs of the records that get a page (or an anchor), per collection; drafts excluded. */
  slugs: Partial<Record<CollectionName, ReadonlySet<string>>>;
  /** Sectors that at least one company has: each has a page, and a chart can be narrowed to it. */
  sectors?: ReadonlySet<string>;
  /** Countries (ISO codes) of companies: what a chart can be narrowed to. */
  companyCountries?: ReadonlySet<string>;
  /** Countries of companies or investors: each has a page. */
  countries?: ReadonlySet<string>;
}

/** Checks one internal link (path without the `/es` prefix) against the published pages. */
function internalProblem(pathname: string, fragment: string, published: PublishedRecords, fixed: Set<string>): string | undefined {
  for (const c of COLLECTIONS) {
    const { segment, anchorsOnly } = REGISTRY[c];
    const slugs = published.slugs[c] ?? new Set<string>();
    if (anchorsOnly && pathname === `/${segment}/`) {
      return !fragment || slugs.has(fragment) ? undefined : `links to #${fragment} on /${segment}/, but there is no such entry (or it is a draft)`;
    }
    const m = new RegExp(`^/${segment}/([a-z0-9-]+)/$`).exec(pathname);
    if (m && !anchorsOnly) return slugs.has(m[1] ?? '') ? undefined : `links to ${pathname}, which is not a published page: no ${c} record "${m[1]}" exists, or it is a draft`;
  }
  if (fixed.has(pathname)) return undefined;
  const place = /^\/(countries|sectors)\/([a-z0-9-]+)\/$/.exec(pathname);
  if (place) {
    const [, kind = '', key = ''] = place;
    const known = kind === 'countries' ? [...(published.countries ?? [])].map((c) => c.toLowerCase()) : [...(published.sectors ?? [])];
    return known.includes(key) ? undefined : `links to ${pathname}, which is not a page: ${kind === 'countries' ? `no company or investor is in that country (use a lower-case ISO code such as /countries/${known[0] ?? 'fr'}/)` : `no company is in that sector (use one of ${known.join(', ')})`}`;
  }
  if (/^\/data\/[a-z0-9-]+\.(csv|json)$/.test(pathname)) return undefined;
  return `links to ${pathname}, which is not a page of the site (internal links end with a slash, e.g. /companies/mistral-ai/)`;
}

/**
 * The problems of one body. `lang` is the body's language: its internal links must lead to pages
 * in that language (`/es/…` from Spanish bodies).
 */
export function checkBody(body: string, file: string, bodyLine: number, lang: Locale, published: PublishedRecords, fixed = fixedRoutes(), sourceCount?: number): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const at = (node: Node | undefined, message: string) => {
    const line = node?.position ? node.position.start.line + bodyLine - 1 : undefined;
    problems.push({ file, ...(line ? { line } : {}), field: '(body)', message });
  };
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (e) {
    const m = /^(\d+):(\d+): (.*)$/s.exec((e as Error).message);
    problems.push({ file, line: m ? Number(m[1]) + bodyLine - 1 : bodyLine, field: '(body)', message: `the text cannot be read as MDX: ${(m?.[3] ?? (e as Error).message).split('\n')[0]} (write < as &lt; and { as &#123; in running text)` });
    return problems;
  }
  const prefix = lang === 'en' ? '' : `/${lang}`;
  const checkUrl = (node: Node, url: string) => {
    if (url.startsWith('#')) return;
    if (url.startsWith('/') && !url.startsWith('//')) {
      const [pathAndQuery = '', fragment = ''] = url.split('#');
      const pathname = pathAndQuery.split('?')[0] ?? '';
      const other = LOCALES.find((l) => l !== 'en' && l !== lang && (pathname === `/${l}/` || pathname.startsWith(`/${l}/`)));
      if (lang !== 'en' && !pathname.startsWith(`${prefix}/`) && !pathname.startsWith('/data/')) {
        return at(node, `links to ${pathname} from a ${lang} text: link to the ${lang} page, ${prefix}${pathname}`);
      }
      if (lang === 'en' && other) return at(node, `links to ${pathname} from an English text: link to the English page, ${pathname.slice(other.length + 1)}`);
      const neutral = lang === 'en' ? pathname : pathname.slice(prefix.length);
      const problem = internalProblem(neutral, fragment, published, fixed);
      if (problem) at(node, problem);
      return;
    }
    if (!SAFE_SCHEMES.test(url)) at(node, `links to "${url.slice(0, 60)}": only https://, http://, mailto: and the site's own pages (/companies/…) may be linked`);
  };
  const charts = new Set<string>();
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, 'import and export are not allowed in a body: it is text, not code. Write Markdown; the layout adds sources, figures and cross-links from the records');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isPlainExpression(node.value ?? '')) at(node, `{${(node.value ?? '').slice(0, 40)}} is code, which is not allowed in a body: write the text itself (a comment {/* … */} or a quoted string is fine)`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = ALLOWED_ELEMENTS[name] ?? ALLOWED_COMPONENTS[name];
        if (!allowed) {
          at(node, `<${name || '>'}> is not allowed in a body: use Markdown, or one of ${Object.keys({ ...ALLOWED_ELEMENTS, ...ALLOWED_COMPONENTS }).map((n) => `<${n}>`).join(', ')}`);
          break;
        }
        const values: Record<string, string> = {};
        let attributesOk = true;
        for (const a of node.attributes ?? []) {
          const problem = a.type !== 'mdxJsxAttribute' || !a.name
            ? `<${name}> takes no spread attributes ({...}) in a body`
            : !allowed.includes(a.name)
              ? `<${name}> may not carry the attribute ${a.name}${/^on/i.test(a.name) ? ' (event handlers run code)' : ''}; allowed: ${allowed.join(', ') || 'none'}`
              : typeof a.value !== 'string' ? `<${name} ${a.name}> must be a plain quoted value, not an expression` : undefined;
          if (problem) {
            at(node, problem);
            attributesOk = false;
          } else if (a.name) values[a.name] = String(a.value);
        }
        if (name === 'Ref' && attributesOk) {
          const n = Number(values.n);
          const problem = (node.children ?? []).length
            ? '<Ref> takes no content: write it as <Ref n="3" />'
            : sourceCount === undefined
              ? '<Ref> numbers an article\'s own sources: it is not available in this text (cite in the record\'s sources instead)'
              : !values.n || !Number.isInteger(n) || n < 1 || n > sourceCount
                ? `<Ref n="${values.n ?? ''}"> must name one of this article's ${sourceCount} sources by its number in the sources list: 1 to ${sourceCount}`
                : undefined;
          if (problem) at(node, problem);
        }
        if (name === 'AtlasChart') {
          const problem = (node.children ?? []).length
            ? '<AtlasChart> takes no content: write it as <AtlasChart name="…" />'
            : attributesOk ? atlasChartProblem(values, published, charts) : undefined;
          if (problem) at(node, problem);
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node, node.url ?? '');
        break;
      case 'html':
        at(node, 'raw HTML is not allowed in a body');
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

