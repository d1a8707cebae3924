/**
 * `npm run report:weight`: what each page template costs a first-time visitor, from dist/:
 * HTML, CSS, JS and fonts (brotli-compressed, as a host would send them) and the number of
 * requests, for the heaviest page of each template. Images are left aside.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { allPages, DIST } from './lib/site.ts';
import { COLLECTIONS, REGISTRY } from '../src/domain/registry.ts';

const dist = DIST;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A page template per collection of the registry (its index and its record pages), then the fixed pages. */
const TEMPLATES: [string, RegExp][] = [
  ['home', /^\/(es\/)?$/],
  ...COLLECTIONS.flatMap((c): [string, RegExp][] => {
    const { segment, kind, anchorsOnly } = REGISTRY[c];
    const index: [string, RegExp] = [`${segment} index`, new RegExp(`^/(es/)?${segment}/$`)];
    return anchorsOnly ? [index] : [[kind, new RegExp(`^/(es/)?${segment}/[^/]+/$`)], index];
  }),
  ['data', /^\/(es\/)?data\/$/],
  ['search', /^\/(es\/)?search\/$/],
  ['about', /^\/(es\/)?about\/$/],
];

function cost(p: string) {
  const file = path.join(dist, p, 'index.html');
  const html = readFileSync(file);
  const { document } = parseHTML(html.toString());
  const hrefs = (selector: string, attr: string) => [...document.querySelectorAll(selector)].flatMap((e) => e.getAttribute(attr) ?? []);
  const css = hrefs('link[rel=stylesheet]', 'href');
  const js = hrefs('script[src]', 'src');
  const fonts = hrefs('link[rel=preload][as=font]', 'href');
  const size = (list: string[]) => list.filter((a) => existsSync(path.join(dist, a))).reduce((n, a) => n + br(readFileSync(path.join(dist, a))), 0);
  const inline = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].reduce((n, s) => n + Buffer.byteLength(s.textContent ?? ''), 0);
  return { html: br(html), css: size(css), js: size(js), inlineJs: inline, fonts: size(fonts), requests: 1 + css.length + js.length + fonts.length };
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const all = allPages().filter((p) => p.endsWith('/'));
console.log('template        heaviest page                                   HTML KB  CSS KB   JS KB  fonts  inline JS  requests  total KB');
for (const [name, re] of TEMPLATES) {
  const list = all.filter((p) => re.test(p));
  if (!list.length) continue;
  const measured = list.map((p) => ({ p, c: cost(p) })).sort((a, b) => b.c.html - a.c.html);
  const [heaviest] = measured;
  if (!heaviest) continue;
  const { p, c } = heaviest;
  const total = c.html + c.css + c.js + c.fonts;
  console.log(`${name.padEnd(15)} ${p.padEnd(46)} ${kb(c.html)}  ${kb(c.css)}  ${kb(c.js)}  ${kb(c.fonts)}  ${String(c.inlineJs).padStart(7)} B  ${String(c.requests).padStart(8)}  ${kb(total)}`);
}
console.log('\nBudget for article and record pages: HTML ≤ 14 KB, first visit ≤ 35 KB (brotli), no script before interaction but the ≤ 1 KB theme snippet.');
