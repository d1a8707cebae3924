/**
 * Client side of /search/. Pagefind (its JS, WASM and index chunks) is fetched only when the
 * reader starts to search, never on page load. The query, filters and sort live in the URL, so a
 * search can be shared and the back button restores it. Reader input is only ever set as text.
 */
import { pinnedMatches, type NamedRecord } from '../lib/rank.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(q: string): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<SearchResponse | null>;
}

export const FILTER_KEYS = ['type', 'country', 'sector', 'year', 'stage'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Partial<Record<FilterKey, string[]>>;
interface State { q: string; sort: 'relevance' | 'date'; filters: Filters }

const PAGE = 8;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  return (pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 22 });
    // Loading the (tiny) filter indexes up front makes every response carry filter counts.
    await pf.filters();
    return pf;
  }));
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e] ?? m,
  );
}

/** Pagefind excerpts are escaped page text with <mark> around hits; keep only that markup. */
function excerptNodes(html: string): Node[] {
  const out: Node[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decodeEntities(part);
      if (marked) {
        const m = document.createElement('mark');
        m.textContent = text;
        out.push(m);
      } else out.push(document.createTextNode(text));
    }
  }
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

export function readState(url: URL): State {
  const p = url.searchParams;
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.getAll(k).filter(Boolean);
    if (v.length) filters[k] = v;
  }
  return { q: p.get('q') ?? '', sort: p.get('sort') === 'date' ? 'date' : 'relevance', filters };
}

export function writeState(base: URL, s: State): URL {
  const url = new URL(base.pathname, base.origin);
  if (s.q) url.searchParams.set('q', s.q);
  if (s.sort === 'date') url.searchParams.set('sort', 'date');
  for (const k of FILTER_KEYS) for (const v of s.filters[k] ?? []) url.searchParams.append(k, v);
  return url;
}

export function initSearch(): void {
  const found = document.querySelector<HTMLElement>('atlas-search');
  if (!found) return;
  const root: HTMLElement = found;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name=q]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const list = root.querySelector<HTMLOListElement>('.results')!;
  const more = root.querySelector<HTMLButtonElement>('.more')!;
  const filterBox = root.querySelector<HTMLElement>('.filters')!;

  // Records from the A–Z index on this page: their names pin exact matches first, and a result
  // whose Pagefind id is known (data-pf) is shown from here, without fetching its fragment.
  type Known = NamedRecord & { type: string; summary?: string; facts?: string };
  const named: Known[] = [];
  const byId = new Map<string, Known>();
  for (const ul of document.querySelectorAll<HTMLElement>('.browse ul[data-kind]')) {
    for (const a of ul.querySelectorAll<HTMLAnchorElement>('a')) {
      const rec: Known = {
        title: a.textContent ?? '', url: a.getAttribute('href') ?? '', kind: ul.dataset.kind ?? '', type: ul.dataset.type ?? '',
        ...(a.dataset.summary ? { summary: a.dataset.summary } : {}), ...(a.dataset.facts ? { facts: a.dataset.facts } : {}),
      };
      named.push(rec);
      if (a.dataset.pf) byId.set(a.dataset.pf, rec);
    }
  }
  const fromDom = (r: Known) => resultItem(r.type, r.url, r.title, r.facts ?? '', r.summary ? [document.createTextNode(r.summary)] : []);

  let state: State = readState(new URL(location.href));
  let seq = 0;
  let pending: { items: (() => Promise<HTMLLIElement>)[]; shown: number } = { items: [], shown: 0 };

  function resultItem(type: string, url: string, title: string, facts: string, text: Node[]): HTMLLIElement {
    const li = el('li');
    li.append(el('span', { className: 'badge' }, type), el('a', { className: 'title', href: url }, title));
    if (facts) li.append(el('p', { className: 'facts' }, facts));
    if (text.length) li.append(el('p', {}, ...text));
    return li;
  }

  async function showMore(): Promise<void> {
    const mine = seq;
    const next = pending.items.slice(pending.shown, pending.shown + PAGE);
    const nodes = await Promise.all(next.map((f) => f()));
    if (mine !== seq) return;
    list.append(...nodes);
    pending.shown += next.length;
    more.hidden = pending.shown >= pending.items.length;
  }

  function renderFilters(counts: Record<string, Record<string, number>>): void {
    const labels = JSON.parse(filterBox.dataset.labels ?? '{}') as Record<string, string>;
    // A group shows only values with results (or already chosen); a group with none is left out.
    const groups = FILTER_KEYS.map((k) => {
      const values = Object.entries(counts[k] ?? {})
        .filter(([v, n]) => n > 0 || state.filters[k]?.includes(v))
        .sort((a, b) => (k === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
      return { k, values };
    }).filter((g) => g.values.length > 0);
    filterBox.replaceChildren(
      ...groups.map(({ k, values }) => {
        const fs = el('fieldset', {}, el('legend', {}, labels[k] ?? k));
        for (const [value, n] of values) {
          const box = el('input', { type: 'checkbox', name: k, value, checked: state.filters[k]?.includes(value) ?? false });
          fs.append(el('label', {}, box, ` ${value} `, el('span', { className: 'count' }, `(${n})`)));
        }
        return fs;
      }),
    );
    filterBox.hidden = groups.length === 0;
  }

  async function run(): Promise<void> {
    const mine = ++seq;
    const q = state.q.trim();
    input.value = state.q;
    sortSelect.value = state.sort;
    if (!q) {
      list.replaceChildren();
      filterBox.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    status.textContent = strings.loading ?? '';
    try {
      const pf = await loadPagefind();
      const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
      const res = await pf.search(q, { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) });
      if (mine !== seq || !res) return;
      const filtered = Object.keys(state.filters).length > 0 || state.sort === 'date';
      const pins = filtered ? [] : pinnedMatches(q, named);
      const pinned = new Set(pins.map((p) => p.url));
      const items: (() => Promise<HTMLLIElement>)[] = pins.map((p) => async () => fromDom(p as Known));
      for (const r of res.results) {
        const known = byId.get(r.id);
        if (known && pinned.has(known.url)) continue;
        items.push(async () => {
          if (known) return fromDom(known);
          const d = await r.data();
          if (pinned.has(d.url)) return el('li', { hidden: true });
          const facts = [d.meta.amount, d.meta.date, d.meta.country].filter(Boolean).join(' · ');
          return resultItem(d.meta.type ?? '', d.url, d.meta.title ?? d.url, facts, excerptNodes(d.excerpt));
        });
      }
      pending = { items, shown: 0 };
      list.replaceChildren();
      await showMore();
      if (mine !== seq) return;
      renderFilters(res.filters);
      const n = res.results.length;
      status.textContent = fill(n === 0 ? strings.none! : n === 1 ? strings.one! : strings.results!, { n, q });
    } catch {
      if (mine === seq) status.textContent = strings.error ?? '';
    } finally {
      if (mine === seq) root.removeAttribute('aria-busy');
    }
  }

  function commit(push: boolean): void {
    const url = writeState(new URL(location.href), state);
    if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    void loadPagefind().then((pf) => pf.preload(input.value.trim())).catch(() => undefined);
    timer = setTimeout(() => {
      // A new query keeps the sort but starts with no filters: their values depend on the query.
      const first = !state.q;
      state = { q: input.value, sort: state.sort, filters: {} };
      commit(first);
    }, 120);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value };
    commit(true);
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' };
    commit(true);
  });
  filterBox.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.name as FilterKey;
    const current = new Set(state.filters[key] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    const filters = { ...state.filters, [key]: [...current] };
    if (!current.size) delete filters[key];
    state = { ...state, filters };
    commit(true);
  });
  more.addEventListener('click', () => void showMore());

  // Arrow keys move between the search box and the results.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li:not([hidden]) a.title')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && e.key === 'ArrowDown' && links[0]) links[0].focus();
    else if (i >= 0) (e.key === 'ArrowDown' ? links[i + 1] : links[i - 1] ?? input)?.focus();
    else return;
    e.preventDefault();
  });

  window.addEventListener('popstate', () => {
    state = readState(new URL(location.href));
    void run();
  });

  if (state.q) void run();
  else if (root.dataset.focus !== undefined || new URL(location.href).hash === '#q') input.focus();
}
