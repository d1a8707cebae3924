/**
 * Pages grouped by structure, so that the browser sweeps (axe in two themes, reading without
 * JavaScript) visit one page per distinct structure instead of every page: the site has a few
 * templates and thousands of records, and a sweep over every page grows with the content.
 *
 * Two pages share a structure when they have the same set of element shapes: tag, classes,
 * ARIA role and attribute names, inline colours, whether an element that needs a text or an
 * alternative has one, and which element sits in which (so a list item outside a list, or a
 * table without headers, makes a structure of its own). The heading levels in order and any
 * duplicate id are part of it too. Everything axe judges — names, roles, nesting, contrast of a
 * class against the theme, heading order, landmarks, duplicate ids — is then the same for every
 * page in a group; only the words differ. `tests/browser/a11y.test.ts` checks this claim on a
 * sample: pages of the same group get the same axe answer.
 */
import { page as parsed } from '../../scripts/lib/site.ts';

/** Elements whose accessible name comes from their text (or alt, aria-label, title). */
const NAMED = /^(A|BUTTON|H[1-6]|TH|LABEL|SUMMARY|LEGEND|CAPTION|TITLE|OPTION|DT|DD|LI|FIGCAPTION)$/;
/** Attributes that change what axe sees (names, roles, states, relations, colours, tables, forms). */
const KEPT = /^(role|aria-.*|alt|type|tabindex|scope|headers|colspan|rowspan|lang|dir|hidden|open|for|target|fill|stroke|style|disabled|required|autocomplete|inert|popover|data-theme.*)$/;

function shape(el: Element): string {
  const attrs = el
    .getAttributeNames()
    .filter((n) => KEPT.test(n))
    .sort()
    .map((n) => (n === 'fill' || n === 'stroke' || n === 'style' || n === 'type' || n === 'role' || n === 'lang' || n === 'scope' ? `${n}=${el.getAttribute(n)}` : n));
  if (el.tagName === 'A') {
    const href = el.getAttribute('href') ?? '';
    attrs.push(href.startsWith('#') ? 'href=#' : /^https?:/.test(href) ? 'href=ext' : href ? 'href=int' : 'nohref');
  }
  const named = NAMED.test(el.tagName) && !(el.textContent ?? '').trim() && !el.getAttribute('aria-label') && !el.querySelector('img[alt]:not([alt=""]), svg[aria-label]') ? '∅' : '';
  const classes = [...el.classList].sort().join('.');
  return `${el.tagName}${classes ? '.' + classes : ''}[${attrs.join(',')}]${named}`;
}

/** The structure key of a built page (see above). */
export function structureKey(doc: Document): string {
  const shapes = new Set<string>();
  const seenIds = new Set<string>();
  let duplicateId = false;
  for (const el of doc.querySelectorAll('html, html *')) {
    const own = shape(el);
    shapes.add(own);
    const parent = el.parentElement;
    if (parent) shapes.add(`${parent.tagName}>${el.tagName}`);
    const id = el.getAttribute('id');
    if (id) {
      if (seenIds.has(id)) duplicateId = true;
      seenIds.add(id);
    }
  }
  const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName[1]);
  const steps = new Set(levels.map((l, i) => `${levels[i - 1] ?? 0}→${l}`));
  return [[...shapes].sort().join(' '), [...steps].sort().join(' '), duplicateId ? 'duplicate-id' : ''].join('\n');
}

/**
 * The URL paths to visit: the first page of each structure (in the order given), and how many
 * pages each stands for.
 */
export function representatives(urls: readonly string[]): { urls: string[]; groups: Map<string, string[]> } {
  const groups = new Map<string, string[]>();
  for (const u of urls) {
    const key = structureKey(parsed(u));
    const group = groups.get(key);
    if (group) group.push(u);
    else groups.set(key, [u]);
  }
  return { urls: [...groups.values()].map((g) => g[0]!), groups };
}
