/** Quality gates over the built files: valid HTML, links and anchors, headers, weight. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { MIN_BYTES } from '../../src/integrations/precompress.ts';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { headersFile } from '../../src/lib/csp.ts';
import { allPages, assertBuilt, DIST, exists, fileFor, page } from '../../scripts/lib/site.ts';
import { ROOT } from '../../scripts/lib/site.ts';

beforeAll(() => assertBuilt());
/** What a compressing server sends for a built file: the build's own brotli copy (src/integrations/precompress.ts). */
const served = (file: string) => {
  const br = `${file}.br`;
  // Files too small to be worth a compressed copy are sent as they are.
  if (statSync(file).size < MIN_BYTES) return statSync(file).size;
  expect(existsSync(br), br).toBe(true);
  expect(brotliDecompressSync(readFileSync(br)).equals(readFileSync(file)), br).toBe(true);
  return statSync(br).size;
};

describe('valid HTML', () => {
  test('every page passes html-validate:recommended with 0 errors', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const failures: string[] = [];
    for (const p of allPages()) {
      const report = await validator.validateString(readFileSync(fileFor(p), 'utf8'), p);
      for (const r of report.results) for (const m of r.messages) failures.push(`${p}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('links', () => {
  const pages = allPages();
  const ids = new Map<string, Set<string>>();
  const idsOf = (p: string) => {
    let set = ids.get(p);
    if (!set) ids.set(p, (set = new Set([...page(p).querySelectorAll('[id]')].map((e) => e.id))));
    return set;
  };
  test('every internal link and #anchor resolves, in both languages', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const a of page(p).querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://x${p}`);
        const target = url.pathname;
        if (!exists(target)) {
          broken.push(`${p} → ${href}`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && target.endsWith('/') && !idsOf(target).has(hash)) broken.push(`${p} → ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });
  test('Spanish pages link to Spanish pages', () => {
    const crossing: string[] = [];
    for (const p of pages.filter((x) => x.startsWith('/es/'))) {
      for (const a of page(p).querySelectorAll('main a[href], header a[href], footer a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|#)/.test(href) || a.classList.contains('lang')) continue;
        if (href.startsWith('/sitemap') || href.startsWith('/data/')) continue; // one file for both languages
        if (!href.startsWith('/es/')) crossing.push(`${p} → ${href}`);
      }
    }
    expect(crossing).toEqual([]);
  });
  test('external links are well-formed http(s) URLs', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const a of page(p).querySelectorAll('a[href^="http"]')) {
        const href = a.getAttribute('href')!;
        try {
          const u = new URL(href);
          if (!/^https?:$/.test(u.protocol) || !u.hostname.includes('.') || /\s/.test(href)) bad.push(`${p} → ${href}`);
        } catch {
          bad.push(`${p} → ${href}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('security headers', () => {
  test('public/_headers is current with src/lib/csp.ts (run `npm run headers`)', () => {
    expect(readFileSync(path.join(ROOT, 'public', '_headers'), 'utf8')).toBe(headersFile());
  });
  test('the policy allows no inline code or eval, only what Pagefind needs', () => {
    const h = readFileSync(path.join(DIST, '_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.*)/.exec(h)![1]!;
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(csp).toMatch(/worker-src 'self' blob:/);
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy']) {
      expect(h, header).toContain(header);
    }
  });
  test('every page carries a CSP meta without unsafe sources', () => {
    for (const p of allPages()) {
      const meta = page(p).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(meta, p).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(meta, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });
});

/** Pages of each template, for the weight budget: articles and record pages, the paged indexes (every page), the search page. */
function recordPages(): string[] {
  return allPages().filter((p) =>
    /^(\/es)?\/(articles|companies|investors|people|funding|models|regulation)\/[^/]+\/$/.test(p) ||
    /^(\/es)?\/(companies|investors|people|funding|models)\/(page\/\d+\/)?$/.test(p) ||
    /^(\/es)?\/search\/$/.test(p));
}

describe('weight', () => {
  test('article, record, index and search pages: HTML ≤ 14 KB brotli, first visit ≤ 35 KB (images aside)', () => {
    const over: string[] = [];
    for (const p of recordPages()) {
      const htmlBr = served(fileFor(p));
      const assets = [...page(p).querySelectorAll('link[rel=stylesheet][href], script[src], link[rel=preload][href]')].map(
        (e) => e.getAttribute('href') ?? e.getAttribute('src')!,
      );
      const assetBr = assets.reduce((n, a) => n + served(path.join(DIST, a)), 0);
      if (htmlBr > 14 * 1024) over.push(`${p}: HTML ${htmlBr} B brotli`);
      if (htmlBr + assetBr > 35 * 1024) over.push(`${p}: first visit ${htmlBr + assetBr} B`);
    }
    expect(recordPages().length).toBeGreaterThan(200);
    expect(over).toEqual([]);
    // The brotli copies the build wrote, which nginx sends (brotli_static): what readers download.
  }, 240_000);
  test('no script on record and index pages but the inline theme snippet (≤ 1 KB)', () => {
    for (const p of recordPages().filter((x) => !/\/search\/$/.test(x))) {
      const scripts = [...page(p).querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts.map((s) => s.getAttribute('src') ?? `inline ${Buffer.byteLength(s.textContent ?? '')} B`), p).toEqual(
        [expect.stringMatching(/^inline (\d{1,3}|10[01]\d|102[0-4]) B$/)],
      );
    }
  });
});

describe('files', () => {
  test('no file in dist/ is unexpectedly large', () => {
    const big: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const f = path.join(d, n);
        if (statSync(f).isDirectory()) walk(f);
        else if (statSync(f).size > 512 * 1024) big.push(path.relative(DIST, f));
      }
    };
    walk(DIST);
    expect(big).toEqual([]);
  });
});
