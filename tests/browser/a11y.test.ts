/**
 * Accessibility and robustness in a real browser, over the URLs in the sitemap (and the 404):
 * axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practice) in both colour themes, in the same
 * visits as a crawl that records CSP violations, console errors, third-party requests and cookies
 * (and a search run in each language);
 * every page readable, and every page reachable by links, without JavaScript.
 *
 * The browser visits one page per distinct structure (tests/helpers/structure.ts): 200 of the
 * 1,341 pages today, and a number that stays near the count of templates and their variants as
 * records are added, where a visit to every page would grow with the content. A test below checks
 * on the largest groups that another page of the group gets the same axe answer, and what is
 * per page (a heading and its main text) is checked on every page from the built HTML.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { AXE_SOURCE, COLOUR_RULES, runAxe } from '../helpers/axe.ts';
import { useLiveSite } from '../helpers/live-site.ts';
import { representatives } from '../helpers/structure.ts';
import { page as parsed, sitemap } from '../../scripts/lib/site.ts';

const live = useLiveSite();
const urls = () => [...sitemap().map((u) => u.loc), '/404.html'];
let grouped: ReturnType<typeof representatives> | undefined;
/** One page per distinct structure, and the groups they stand for (computed once per file). */
const structures = () => (grouped ??= representatives(urls()));

/**
 * What a crawl records on every page it loads: CSP violations (reported by the page), console
 * and page errors, requests to any other origin. The 404 page's own "404" console line is expected.
 */
async function watch(context: BrowserContext, page: Page, problems: string[]): Promise<{ visit(u: string): void; check(): Promise<void> }> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const origin = new URL(live.url).origin;
  let current = '';
  context.on('request', (r) => { if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`${current}: third-party request: ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error' && !(current === '/404.html' && /404/.test(m.text()))) problems.push(`${current}: console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
  return {
    visit: (u) => { current = u; },
    check: async () => {
      const v = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      for (const x of v) problems.push(`${current}: CSP violation: ${x}`);
    },
  };
}


/** Runs `fn` over items with `n` workers at a time, each with its own state (a browser page). */
async function pool<T, S>(items: T[], n: number, open: () => Promise<S>, fn: (state: S, item: T) => Promise<void>, close: (state: S) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: n }, async () => {
    const state = await open();
    try {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(state, item);
    } finally {
      await close(state);
    }
  }));
}

describe('axe: 0 violations on every page', () => {
  // Every rule, on every page, in the light theme; then the rules that depend on colour in the
  // dark one (same page, the dark colour scheme emulated, which is what the theme follows: the
  // themes swap colour tokens only, so the other rules cannot give another answer). Each worker
  // keeps one page and has axe injected into every document it loads: about three times faster
  // than a context per URL. The test below checks that the DOM is indeed the same in both themes.
  // The same visits are the crawl: every page is loaded once, with the production headers
  // (nginx), and checked for CSP violations, console errors, third-party requests and cookies too.
  test('a page of every structure, both themes; and on each, the headers, no CSP violation, console error, third-party request or cookie', async () => {
    const violations: string[] = [];
    const problems: string[] = [];
    const cookies: string[] = [];
    // Every kind of page is among the visits (a page of each section and language).
    const visited = structures().urls;
    for (const section of new Set(urls().map((u) => u.split('/').slice(0, u.startsWith('/es/') ? 3 : 2).join('/')))) {
      expect(visited.some((u) => u.startsWith(section)), section).toBe(true);
    }
    await pool(
      visited,
      2,
      async () => {
        const context = await live.browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce' });
        await context.addInitScript({ content: AXE_SOURCE });
        const page = await context.newPage();
        return { context, page, watcher: await watch(context, page, problems) };
      },
      async ({ page, watcher }, u) => {
        watcher.visit(u);
        await page.emulateMedia({ colorScheme: 'light' });
        const res = await page.goto(live.url + u);
        if (!/frame-ancestors 'none'/.test(res?.headers()['content-security-policy'] ?? '')) problems.push(`${u}: no CSP header`);
        for (const v of await runAxe(page)) violations.push(`${u} [light] ${v.id}: ${v.targets.slice(0, 3).join(' | ')}`);
        await page.emulateMedia({ colorScheme: 'dark' });
        for (const v of await runAxe(page, { rules: COLOUR_RULES })) violations.push(`${u} [dark] ${v.id}: ${v.targets.slice(0, 3).join(' | ')}`);
        await watcher.check();
      },
      async ({ context }) => {
        cookies.push(...(await context.cookies()).map((c) => c.name));
        await context.close();
      },
    );
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(cookies).toEqual([]);
  }, 1_800_000);

  test('pages that share a structure get the same answer: a second page of each of the largest groups', async () => {
    const groups = [...structures().groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length).slice(0, 12);
    expect(groups.length).toBeGreaterThan(5);
    const context = await live.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const answers: string[] = [];
    for (const g of groups) {
      for (const u of [g[0]!, g[g.length - 1]!]) {
        await page.goto(live.url + u);
        answers.push(`${g[0]} (${g.length} pages) via ${u === g[0] ? 'first' : 'last'}: ${(await runAxe(page)).map((v) => v.id).join(' ') || 'none'}`);
      }
    }
    await context.close();
    const strip = (a: string) => a.replace(/ via \w+:/, ':');
    for (let i = 0; i < answers.length; i += 2) expect(strip(answers[i + 1]!), answers[i + 1]).toBe(strip(answers[i]!));
  }, 300_000);

  test('the search page with results, then with filters shown, in both themes and languages', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const p of ['/search/?q=mistral', '/es/search/?q=inversion']) {
        const context = await live.browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(live.url + p);
        await page.locator('.results li').first().waitFor();
        // A first query's results, with the button that asks for the filters…
        await page.locator('.refine button').waitFor();
        expect((await runAxe(page)).map((v) => `${p} [${scheme}] first results: ${v.id}`)).toEqual([]);
        // …then the filters, once asked for.
        await page.locator('.refine button').click();
        await page.locator('.filters fieldset').first().waitFor();
        expect((await runAxe(page)).map((v) => `${p} [${scheme}] ${v.id}`)).toEqual([]);
        await context.close();
      }
    }
  });

  test('the dark theme changes colours only: every rule gives the same answer on a page of each kind', async () => {
    // What lets the sweep above check the dark theme with the colour rules alone.
    for (const p of ['/', '/companies/mistral-ai/', '/es/articles/where-europes-ai-money-went/', '/countries/de/', '/funding/', '/search/']) {
      const results: string[][] = [];
      for (const scheme of ['light', 'dark'] as const) {
        const context = await live.browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(live.url + p);
        results.push([
          // Same elements, and the same ones hidden or shown.
          await page.evaluate(() => {
            const all = [...document.querySelectorAll('body *')];
            return `${all.length} elements, ${all.filter((e) => getComputedStyle(e).display === 'none' || getComputedStyle(e).visibility === 'hidden').length} hidden`;
          }),
          ...(await runAxe(page)).filter((v) => !COLOUR_RULES.includes(v.id)).map((v) => v.id),
        ]);
        await context.close();
      }
      expect(results[1], p).toEqual(results[0]);
    }
  });

  test('the theme chosen with the toggle is checked too', async () => {
    const context = await live.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(live.url + '/companies/mistral-ai/');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect((await runAxe(page)).map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('keyboard and motion', () => {
  test('the skip link is the first stop and moves focus to the content', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    await page.goto(live.url + '/es/companies/mistral-ai/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido');
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
  test('focus is visible on links, buttons and inputs', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    await page.goto(live.url + '/search/');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(outline.style, `tab stop ${i}`).not.toBe('none');
      expect(outline.width, `tab stop ${i}`).toBeGreaterThanOrEqual(2);
    }
    await context.close();
  });
  test('prefers-reduced-motion stops any transition or animation the site may add', async () => {
    // The site has no motion today, so a probe element with a transition and an animation is
    // added; the site's stylesheet must neutralise both under reduced motion (and only then).
    const probe = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await live.browser.newContext({ reducedMotion, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(live.url + '/');
      await page.addStyleTag({ content: '@keyframes probe { to { opacity: .5 } } #motion-probe { transition: color 2s; animation: probe 2s infinite; scroll-behavior: smooth; }' });
      const result = await page.evaluate(() => {
        const el = document.createElement('button');
        el.id = 'motion-probe';
        document.body.append(el);
        const s = getComputedStyle(el);
        return `${s.transitionDuration}|${s.animationName}|${s.scrollBehavior}`;
      });
      await context.close();
      return result;
    };
    expect(await probe('no-preference')).toBe('2s|probe|smooth');
    expect(await probe('reduce')).toBe('0s|none|auto');
  });
});

describe('themes', () => {
  test('a saved choice applies before first paint, and is remembered across pages', async () => {
    const context = await live.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      // The theme attribute at the moment <body> starts: what the first paint uses (the
      // stylesheet blocks rendering, so no paint happens before it applies the tokens).
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'system';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(live.url + '/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('system');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('false');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await page.goto(live.url + '/es/models/mistral-7b/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 19, 24)');
    await context.close();
  });
  test('with no saved choice, the system setting decides', async () => {
    const context = await live.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(live.url + '/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 19, 24)');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await context.close();
  });
  test('articles print as content only, dark on white', async () => {
    const context = await live.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(live.url + '/articles/microsoft-mistral-partnership/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(22, 25, 31)');
    await context.close();
  });
});

describe('crawl: CSP, console, third parties, cookies', () => {
  // Every page is crawled by the axe sweep above; here, what only a search brings: Pagefind's
  // worker and WebAssembly, the name lists and result shards, then the search records, the second
  // bundle and the filters, under the production policy.
  test('a search in each language, with the production headers', async () => {
    const problems: string[] = [];
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const watcher = await watch(context, page, problems);
    for (const [u, q] of [['/search/', 'Mistral'], ['/es/search/', 'regulacion']]) {
      watcher.visit(`${u}?q=${q}`);
      const res = await page.goto(live.url + u);
      expect(res?.headers()['content-security-policy'], u).toMatch(/frame-ancestors 'none'/);
      await page.fill('#q', q!);
      await page.locator('.results li').first().waitFor();
      // The filters bring the record list and the second Pagefind bundle.
      await page.locator('.refine button').click();
      await page.locator('.filters fieldset').first().waitFor();
      await watcher.check();
    }
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  test('every page is reachable by links from the home pages', () => {
    const seen = new Set<string>();
    const queue = ['/', '/es/'];
    while (queue.length) {
      const p = queue.shift()!;
      if (seen.has(p)) continue;
      seen.add(p);
      for (const a of parsed(p).querySelectorAll('a[href^="/"]')) {
        const target = new URL(a.getAttribute('href')!, 'http://x').pathname;
        if (target.endsWith('/') && !seen.has(target)) queue.push(target);
      }
    }
    expect(sitemap().map((u) => u.loc).filter((u) => !seen.has(u))).toEqual([]);
  });
  test('every page has a heading and main text in its HTML', () => {
    const bare = urls().filter((u) => {
      const doc = parsed(u);
      return !doc.querySelector('main h1')?.textContent?.trim() || (doc.querySelector('main')?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0) <= 80;
    });
    expect(bare).toEqual([]);
  });
  test('a page of every structure is readable: its heading visible and its main text shown', async () => {
    const unreadable: string[] = [];
    await pool(
      structures().urls,
      2,
      async () => {
        const context = await live.browser.newContext({ javaScriptEnabled: false });
        return { context, page: await context.newPage() };
      },
      async ({ page }, u) => {
        await page.goto(live.url + u);
        const ok = await page.evaluate(() => {
          const h1 = document.querySelector('main h1');
          const main = document.querySelector('main');
          return !!h1 && (h1 as HTMLElement).offsetHeight > 0 && (main?.innerText.length ?? 0) > 80;
        });
        if (!ok) unreadable.push(u);
      },
      ({ context }) => context.close(),
    );
    expect(unreadable).toEqual([]);
  }, 300_000);
});
