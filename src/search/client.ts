/**
 * Client side of /search/: the <atlas-search> element. Nothing is fetched until the reader types
 * or arrives with ?q=; then Pagefind (its JS, WASM and index chunks) and this language's search
 * records (/search/records.json, built from the registry) load together. Pagefind finds and
 * ranks pages by their text; the records supply everything else — exact name matches pinned
 * first (src/search/rank.ts), each record result's name, type, facts and summary, the filter
 * counts, filtering and the date order — so a first query fetches no per-result fragment. Only a
 * page that is not a record (none today) would be shown from its Pagefind fragment.
 *
 * The query, filters and sort live in the URL, so a search can be shared and the back button
 * restores it. Reader input is only ever set as text.
 */
import { FACETS, type Facet } from './facets.ts';
import { arrange, facetCounts, recordsById, unknownKey, type Filters } from './rank.ts';
import { readState, writeState, type SearchState } from './state.ts';
import type { SearchRecord } from './records.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: Result[] } | null>;
}


const PAGE = 8;
const DEBOUNCE_MS = 120;
/** Outside the bundle: Pagefind's own script, written next to the site by the build. */
const PAGEFIND = '/pagefind/pagefind.js';

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Pagefind excerpts are escaped page text with <mark> around hits; keep only that markup. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((n) => {
    if (n instanceof HTMLElement && n.tagName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<atlas-search> needs ${selector}`);
  return found;
}

class AtlasSearch extends HTMLElement {
  #state: SearchState = { q: '', sort: 'relevance', filters: {} };
  #seq = 0;
  #pending: { items: (() => Promise<HTMLLIElement>)[]; shown: number } = { items: [], shown: 0 };
  #engine?: Promise<{ pf: Pagefind; records: SearchRecord[]; byPf: Map<string, SearchRecord>; byUrl: Map<string, SearchRecord> }>;

  connectedCallback(): void {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const form = required<HTMLFormElement>(this, 'form');
    const input = required<HTMLInputElement>(this, 'input[name=q]');
    const sortSelect = required<HTMLSelectElement>(this, 'select[name=sort]');
    const status = required<HTMLElement>(this, '[role=status]');
    const list = required<HTMLOListElement>(this, '.results');
    const more = required<HTMLButtonElement>(this, '.more');
    const filterBox = required<HTMLElement>(this, '.filters');
    const labels = JSON.parse(filterBox.dataset.labels ?? '{}') as Record<string, string>;

    const resultItem = (type: string, url: string, title: string, facts: string, text: Node[]): HTMLLIElement => {
      const li = el('li', {}, el('span', { className: 'badge' }, type), el('a', { className: 'title', href: url }, title));
      if (facts) li.append(el('p', { className: 'facts' }, facts));
      if (text.length) li.append(el('p', {}, ...text));
      return li;
    };
    const fromRecord = (r: SearchRecord) => resultItem(r.type, r.url, r.title, r.facts ?? '', r.summary ? [document.createTextNode(r.summary)] : []);

    const showMore = async (): Promise<void> => {
      const mine = this.#seq;
      const next = this.#pending.items.slice(this.#pending.shown, this.#pending.shown + PAGE);
      const nodes = await Promise.all(next.map((f) => f()));
      if (mine !== this.#seq) return;
      list.append(...nodes);
      this.#pending.shown += next.length;
      more.hidden = this.#pending.shown >= this.#pending.items.length;
    };

    const renderFilters = (counts: Record<Facet, Map<string, number>>): void => {
      const { filters } = this.#state;
      // A group shows only values with results (or already chosen); a group with none is left out.
      const groups = FACETS.map((k) => {
        const values = [...counts[k]]
          .filter(([v, n]) => n > 0 || filters[k]?.includes(v))
          .sort((a, b) => (k === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
        for (const v of filters[k] ?? []) if (!counts[k].has(v)) values.push([v, 0]);
        return { k, values };
      }).filter((g) => g.values.length > 0);
      filterBox.replaceChildren(
        ...groups.map(({ k, values }) => {
          const fs = el('fieldset', {}, el('legend', {}, labels[k] ?? k));
          for (const [value, n] of values) {
            const box = el('input', { type: 'checkbox', name: k, value, checked: filters[k]?.includes(value) ?? false });
            fs.append(el('label', {}, box, ` ${value} `, el('span', { className: 'count' }, `(${n})`)));
          }
          return fs;
        }),
      );
      filterBox.hidden = groups.length === 0;
    };

    const engine = () =>
      (this.#engine ??= (async () => {
        const [pf, records] = await Promise.all([
          (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (m) => {
            await m.options({ excerptLength: 22 });
            // Fetch the language's metadata and WebAssembly while the reader is still typing.
            await m.init();
            return m;
          }),
          fetch(this.dataset.records ?? '').then((r) => {
            if (!r.ok) throw new Error(`search records: HTTP ${r.status}`);
            return r.json() as Promise<SearchRecord[]>;
          }),
        ]);
        return { pf, records, byPf: recordsById(records), byUrl: new Map(records.map((r) => [r.url, r])) };
      })());

    const run = async (): Promise<void> => {
      const mine = ++this.#seq;
      const { q: raw, sort, filters } = this.#state;
      const q = raw.trim();
      input.value = raw;
      sortSelect.value = sort;
      if (!q) {
        list.replaceChildren();
        filterBox.hidden = true;
        more.hidden = true;
        status.textContent = '';
        return;
      }
      this.setAttribute('aria-busy', 'true');
      status.textContent = strings.loading ?? '';
      try {
        const started = performance.now();
        const { pf, records, byPf, byUrl } = await engine();
        // Keystrokes typed while Pagefind loaded: only the latest query goes on (each call would
        // also preload its own index chunk).
        if (mine !== this.#seq) return;
        // Pagefind debounces the keystrokes; time already spent loading it counts towards the pause.
        const res = await pf.debouncedSearch(q, {}, Math.max(0, DEBOUNCE_MS - (performance.now() - started)));
        if (mine !== this.#seq || !res) return;
        // Every result is a record or a page known only to Pagefind (shown from its fragment).
        const order = arrange(q, res.results.map((r) => r.id), records, byPf, { filters, sort });
        const unknown = new Map(res.results.filter((r) => !byPf.has(r.id)).map((r) => [unknownKey(r.id), r]));
        this.#pending = {
          shown: 0,
          items: order.map((key) => async () => {
            const record = byUrl.get(key);
            if (record) return fromRecord(record);
            const d = await unknown.get(key)?.data();
            if (!d) return el('li', { hidden: true });
            return resultItem(d.meta.type ?? '', d.url, d.meta.title ?? d.url, [d.meta.amount, d.meta.date].filter(Boolean).join(' · '), excerptNodes(d.excerpt));
          }),
        };
        list.replaceChildren();
        await showMore();
        if (mine !== this.#seq) return;
        const shown = [...new Set(order)].flatMap((key) => byUrl.get(key) ?? []);
        renderFilters(facetCounts(shown));
        const n = order.length;
        status.textContent = fill(n === 0 ? (strings.none ?? '') : n === 1 ? (strings.one ?? '') : (strings.results ?? ''), { n, q });
      } catch {
        if (mine === this.#seq) status.textContent = strings.error ?? '';
      } finally {
        if (mine === this.#seq) this.removeAttribute('aria-busy');
      }
    };

    const writeUrl = (push: boolean): void => {
      const url = writeState(new URL(location.href), this.#state);
      if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    };
    const commit = (push: boolean): void => {
      writeUrl(push);
      void run();
    };

    // While the reader types, Pagefind's debouncedSearch lets only the last query run; the URL is
    // written once the typing pauses (a history entry per query, not per keystroke).
    let typing: ReturnType<typeof setTimeout> | undefined;
    let pushTyped = false;
    input.addEventListener('input', () => {
      // A new query keeps the sort but starts with no filters: their values depend on the query.
      pushTyped ||= !this.#state.q;
      this.#state = { q: input.value, sort: this.#state.sort, filters: {} };
      void run();
      clearTimeout(typing);
      typing = setTimeout(() => {
        writeUrl(pushTyped);
        pushTyped = false;
      }, DEBOUNCE_MS * 4);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#state = { ...this.#state, q: input.value };
      commit(true);
    });
    sortSelect.addEventListener('change', () => {
      this.#state = { ...this.#state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' };
      commit(true);
    });
    filterBox.addEventListener('change', (e) => {
      if (!(e.target instanceof HTMLInputElement)) return;
      const box = e.target;
      const key = FACETS.find((k) => k === box.name);
      if (!key) return;
      const current = new Set(this.#state.filters[key] ?? []);
      if (box.checked) current.add(box.value);
      else current.delete(box.value);
      const filters: Filters = { ...this.#state.filters, [key]: [...current] };
      if (!current.size) delete filters[key];
      this.#state = { ...this.#state, filters };
      commit(true);
    });
    more.addEventListener('click', () => void showMore());

    // Arrow keys move between the search box and the results.
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const links = [...list.querySelectorAll<HTMLAnchorElement>('li:not([hidden]) a.title')];
      const active = document.activeElement;
      const i = links.findIndex((a) => a === active);
      if (active === input && e.key === 'ArrowDown' && links[0]) links[0].focus();
      else if (i >= 0) (e.key === 'ArrowDown' ? links[i + 1] : (links[i - 1] ?? input))?.focus();
      else return;
      e.preventDefault();
    });

    window.addEventListener('popstate', () => {
      this.#state = readState(new URL(location.href));
      void run();
    });

    this.#state = readState(new URL(location.href));
    if (this.#state.q) void run();
    else if (this.dataset.focus !== undefined || new URL(location.href).hash === '#q') input.focus();
  }
}

if (!customElements.get('atlas-search')) customElements.define('atlas-search', AtlasSearch);
