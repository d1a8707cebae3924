/**
 * `npm run report:weight`: what each page template costs a first-time visitor, from dist/:
 * HTML, CSS, JS and fonts (brotli-compressed, as a host would send them) and the number of
 * requests, for the heaviest page of each template. Images are left aside.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseHTML } from 'linkedom';

const dist = process.env.ATLAS_DIST ?? path.resolve(import.meta.dirname, '..', 'dist');
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const TEMPLATES: [string, RegExp][] = [
  ['home', /^\/(es\/)?$/],
  ['article', /^\/(es\/)?articles\/[^/]+\/$/],
  ['company', /^\/(es\/)?companies\/[^/]+\/$/],
  ['investor', /^\/(es\/)?investors\/[^/]+\/$/],
  ['person', /^\/(es\/)?people\/[^/]+\/$/],
  ['funding round', /^\/(es\/)?funding\/[^/]+\/$/],
  ['model', /^\/(es\/)?models\/[^/]+\/$/],
  ['regulation', /^\/(es\/)?regulation\/[^/]+\/$/],
  ['index page', /^\/(es\/)?(articles|companies|investors|people|funding|models|regulation|data)\/$/],
  ['glossary', /^\/(es\/)?glossary\/$/],
  ['search', /^\/(es\/)?search\/$/],
  ['about', /^\/(es\/)?about\/$/],
];

function pages(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = path.join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else if (n === 'index.html') out.push('/' + path.relative(dist, d).split(path.sep).join('/') + (d === dist ? '' : '/'));
    }
  };
  walk(dist);
  return out.map((p) => p.replace(/^\/\/$/, '/'));
}

function cost(p: string) {
  const file = path.join(dist, p, 'index.html');
  const html = readFileSync(file);
  const { document } = parseHTML(html.toString());
  const css = [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')!);
  const js = [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);
  const fonts = [...document.querySelectorAll('link[rel=preload][as=font]')].map((l) => l.getAttribute('href')!);
  const size = (list: string[]) => list.filter((a) => existsSync(path.join(dist, a))).reduce((n, a) => n + br(readFileSync(path.join(dist, a))), 0);
  const inline = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].reduce((n, s) => n + Buffer.byteLength(s.textContent ?? ''), 0);
  return { html: br(html), css: size(css), js: size(js), inlineJs: inline, fonts: size(fonts), requests: 1 + css.length + js.length + fonts.length };
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const all = pages();
console.log('template        heaviest page                                   HTML KB  CSS KB   JS KB  fonts  inline JS  requests  total KB');
for (const [name, re] of TEMPLATES) {
  const list = all.filter((p) => re.test(p));
  if (!list.length) continue;
  const measured = list.map((p) => ({ p, c: cost(p) })).sort((a, b) => b.c.html - a.c.html);
  const { p, c } = measured[0]!;
  const total = c.html + c.css + c.js + c.fonts;
  console.log(`${name.padEnd(15)} ${p.padEnd(46)} ${kb(c.html)}  ${kb(c.css)}  ${kb(c.js)}  ${kb(c.fonts)}  ${String(c.inlineJs).padStart(7)} B  ${String(c.requests).padStart(8)}  ${kb(total)}`);
}
console.log('\nBudget for article and record pages: HTML ≤ 14 KB, first visit ≤ 35 KB (brotli), no script before interaction but the ≤ 1 KB theme snippet.');
