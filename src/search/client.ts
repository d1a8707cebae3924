/**
 * Client side of /search/: the <atlas-search> element. Nothing is fetched until the reader types
 * or arrives with ?q=. A first query stays light however large the Atlas grows (issue #13):
 * Pagefind's `main` bundle (src/search/bundles.ts) finds pages by their text; the name lists of
 * the query's words pin exact name matches of every record, funding rounds, investors and people
 * included; and each shown result comes from its small result shard (src/search/shards.ts), or
 * from its Pagefind fragment for a page that is not a record.
 *
 * Filters and the date order need every record's facets and date, and the text of every page:
 * when the reader opens the filters, sorts by date or arrives with either in the URL, the whole
 * record list (/search/records.json) loads and the `more` bundle is merged into Pagefind; results,
 * filter counts and order then come from src/search/rank.ts over all of it.
 *
 * The query, filters and sort live in the URL, so a search can be shared and the back button
 * restores it. Reader input is only ever set as text.
 */
import { FACETS, type Facet } from './facets.ts';
import { arrange, facetCounts, recordsById, unknownKey, type Filters } from './rank.ts';
import { readState, writeState, type SearchState } from './state.ts';
import type { SearchRecord } from './records.ts';
import { MAX_QUERY_WORDS, nameBucket, nameWords, pinsFrom, quickOrder, shardKey, type NameList, type ShownRecord } from './shards.ts';

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
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}


/** Results shown first (each may cost a small request), then per "Show more". */
const FIRST_PAGE = 5;
const PAGE = 10;
const DEBOUNCE_MS = 120;
/** Outside the bundle: Pagefind's own script and its second bundle, written next to the site by the build. */
const PAGEFIND = '/pagefind/pagefind.js';
const PAGEFIND_MORE = '/pagefind-more/';

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
  #pagefind?: Promise<Pagefind>;
  #all?: Promise<{ records: SearchRecord[]; byPf: Map<string, SearchRecord>; byUrl: Map<string, SearchRecord> }>;
  #files = new Map<string, Promise<unknown>>();
  /** Filters or the date order have been asked for: every record and both bundles are loaded, and stay in use. */
  #full = false;

  connectedCallback(): void {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const form = required<HTMLFormElement>(this, 'form');
    const input = required<HTMLInputElement>(this, 'input[name=q]');
    const sortSelect = required<HTMLSelectElement>(this, 'select[name=sort]');
    const status = required<HTMLElement>(this, '[role=status]');
    const list = required<HTMLOListElement>(this, '.results');
    const more = required<HTMLButtonElement>(this, '.more');
    const refine = required<HTMLElement>(this, '.refine');
    const refineButton = required<HTMLButtonElement>(refine, 'button');
    const filterBox = required<HTMLElement>(this, '.filters');
    const base = this.dataset.base ?? '/search/';
    const labels = JSON.parse(filterBox.dataset.labels ?? '{}') as Record<string, string>;

    const resultItem = (type: string, url: string, title: string, facts: string, text: Node[]): HTMLLIElement => {
      const li = el('li', {}, el('span', { className: 'badge' }, type), el('a', { className: 'title', href: url }, title));
      if (facts) li.append(el('p', { className: 'facts' }, facts));
      if (text.length) li.append(el('p', {}, ...text));
      return li;
    };
    const fromRecord = (r: ShownRecord | SearchRecord) => resultItem(r.type, r.url, r.title, r.facts ?? '', r.summary ? [document.createTextNode(r.summary)] : []);

    const showMore = async (): Promise<void> => {
      const mine = this.#seq;
      const next = this.#pending.items.slice(this.#pending.shown, this.#pending.shown + (this.#pending.shown ? PAGE : FIRST_PAGE));
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

    const file = <T,>(url: string): Promise<T> => {
      let p = this.#files.get(url);
      if (!p) {
        p = fetch(url).then((r) => {
          if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
          return r.json();
        });
        // A failed request is not remembered: the next query tries again.
        p.catch(() => this.#files.delete(url));
        this.#files.set(url, p);
      }
      return p as Promise<T>;
    };
    const pagefind = () =>
      (this.#pagefind ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (m) => {
        await m.options({ excerptLength: 22 });
        // Fetch the language's metadata and WebAssembly while the reader is still typing.
        await m.init();
        return m;
      }));
    const everything = () =>
      (this.#all ??= (async () => {
        const [pf, records] = await Promise.all([pagefind(), file<SearchRecord[]>(this.dataset.records ?? '')]);
        await pf.mergeIndex(PAGEFIND_MORE, { language: document.documentElement.lang });
        return { records, byPf: recordsById(records), byUrl: new Map(records.map((r) => [r.url, r])) };
      })());
    /** Pins from the name lists of the query's words (one small file per word). */
    const pins = async (q: string): Promise<ShownRecord[]> => {
      const words = nameWords(q).slice(0, MAX_QUERY_WORDS);
      const lists = await Promise.all(words.map(async (w) => (await file<Record<string, NameList>>(`${base}n/${nameBucket(w)}.json`))[w] ?? { c: true, r: [] }));
      return pinsFrom(q, lists);
    };
    const fromFragment = async (result: Result | undefined): Promise<HTMLLIElement> => {
      const d = await result?.data();
      if (!d) return el('li', { hidden: true });
      return resultItem(d.meta.type ?? '', d.url, d.meta.title ?? d.url, [d.meta.amount, d.meta.date].filter(Boolean).join(' · '), excerptNodes(d.excerpt));
    };
    /** A first query: pins, then the main bundle's results, each from its result shard. */
    const quick = async (pinned: Promise<ShownRecord[]>, results: Result[]) => {
      const byId = new Map(results.map((r) => [r.id, r]));
      const order = quickOrder(await pinned, results.map((r) => r.id));
      return order.map((item) => async () => {
        if (typeof item !== 'string') return fromRecord(item);
        const shard = await file<ShownRecord[]>(`${base}r/${shardKey(item)}.json`).catch(() => []);
        const record = shard.find((r) => r.pf === item);
        return record ? fromRecord(record) : fromFragment(byId.get(item));
      });
    };

    const run = async (): Promise<void> => {
      const mine = ++this.#seq;
      const { q: raw, sort, filters } = this.#state;
      const q = raw.trim();
      input.value = raw;
      sortSelect.value = sort;
      if (!q) {
        list.replaceChildren();
        filterBox.hidden = true;
        refine.hidden = true;
        more.hidden = true;
        status.textContent = '';
        return;
      }
      this.setAttribute('aria-busy', 'true');
      status.textContent = strings.loading ?? '';
      try {
        const started = performance.now();
        // Once filters or the date order have been used, everything stays loaded and in use: a
        // later relevance search without filters still searches both bundles, with the filters shown.
        const full = (this.#full ||= sort === 'date' || Object.values(filters).some((v) => v?.length));
        const pf = await pagefind();
        const all = full ? await everything() : undefined;
        // Keystrokes typed while Pagefind loaded: only the latest query goes on (each call would
        // also preload its own index chunk).
        if (mine !== this.#seq) return;
        // Pagefind debounces the keystrokes; time already spent loading it counts towards the pause.
        const pause = Math.max(0, DEBOUNCE_MS - (performance.now() - started));
        // A first query's name lists load after the same pause, while Pagefind searches.
        const pinned = all ? undefined : new Promise((r) => setTimeout(r, pause)).then(() => (mine === this.#seq ? pins(q) : []));
        pinned?.catch(() => undefined);
        const res = await pf.debouncedSearch(q, {}, pause);
        if (mine !== this.#seq || !res) return;
        let items: (() => Promise<HTMLLIElement>)[];
        if (all) {
          // Every result is a record or a page known only to Pagefind (shown from its fragment).
          const order = arrange(q, res.results.map((r) => r.id), all.records, all.byPf, { filters, sort });
          const unknown = new Map(res.results.filter((r) => !all.byPf.has(r.id)).map((r) => [unknownKey(r.id), r]));
          items = order.map((key) => async () => {
            const record = all.byUrl.get(key);
            return record ? fromRecord(record) : fromFragment(unknown.get(key));
          });
          renderFilters(facetCounts([...new Set(order)].flatMap((key) => all.byUrl.get(key) ?? [])));
        } else {
          items = await quick(pinned ?? pins(q), res.results);
          filterBox.hidden = true;
        }
        if (mine !== this.#seq) return;
        this.#pending = { shown: 0, items };
        list.replaceChildren();
        await showMore();
        if (mine !== this.#seq) return;
        refine.hidden = Boolean(all) || items.length === 0;
        const n = items.length;
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
    refineButton.addEventListener('click', () => {
      this.#full = true;
      void run().then(() => filterBox.querySelector<HTMLInputElement>('input')?.focus());
    });

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
