/**
 * Client side of /search/. Pagefind (its JS, WASM and index chunks) is fetched only when the
 * reader starts to search, never on page load. The query is mirrored in the URL (?q=) so that a
 * search can be shared and the back button restores it. Reader input is only ever set as text.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?(q: string, o?: unknown, ms?: number): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  return (pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>);
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Pagefind excerpts are escaped page text with <mark> around hits; keep only that markup. */
function safeExcerpt(html: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '';
      if (marked) {
        const m = document.createElement('mark');
        m.textContent = text;
        frag.append(m);
      } else frag.append(text);
    }
  }
  return frag;
}

export function initSearch(): void {
  const root = document.querySelector('atlas-search');
  if (!root) return;
  const strings = JSON.parse(root.getAttribute('data-strings') ?? '{}') as Record<string, string>;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = root.querySelector<HTMLElement>('.status')!;
  const list = root.querySelector<HTMLOListElement>('.results')!;
  let seq = 0;

  async function run(q: string): Promise<void> {
    const mine = ++seq;
    const query = q.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading ?? '';
    try {
      const pf = await loadPagefind();
      const res = await pf.search(query);
      if (mine !== seq || !res) return;
      const data = await Promise.all(res.results.slice(0, 20).map((r) => r.data()));
      if (mine !== seq) return;
      list.replaceChildren(
        ...data.map((d) => {
          const li = document.createElement('li');
          const badge = document.createElement('span');
          badge.className = 'badge';
          badge.textContent = d.meta.type ?? '';
          const a = document.createElement('a');
          a.className = 'title';
          a.href = d.url;
          a.textContent = d.meta.title ?? d.url;
          const p = document.createElement('p');
          const facts = [d.meta.amount, d.meta.country].filter(Boolean).join(' · ');
          if (facts) {
            const f = document.createElement('p');
            f.className = 'muted';
            f.textContent = facts;
            li.append(badge, document.createElement('br'), a, f);
          } else li.append(badge, document.createElement('br'), a);
          p.append(safeExcerpt(d.excerpt));
          li.append(p);
          return li;
        }),
      );
      const n = res.results.length;
      status.textContent = fill(n === 0 ? strings.none! : n === 1 ? strings.one! : strings.results!, { n, q: query });
    } catch {
      if (mine === seq) status.textContent = strings.error ?? '';
    }
  }

  function syncUrl(q: string, push: boolean): void {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history[push ? 'pushState' : 'replaceState']({ q }, '', url);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      syncUrl(input.value.trim(), false);
      void run(input.value);
    }, 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    syncUrl(input.value.trim(), true);
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    input.value = new URL(location.href).searchParams.get('q') ?? '';
    void run(input.value);
  });

  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
