/**
 * Accessibility and robustness in a real browser, over every URL in the sitemap (and the 404):
 * axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practice) in both colour themes; a crawl that
 * records CSP violations, console errors, third-party requests and cookies, with a search run;
 * every page readable, and every page reachable by links, without JavaScript.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from './helpers/browser.ts';
import { serve } from './helpers/server.ts';
import { assertBuilt, DIST, page as parsed, sitemap } from './helpers/site.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
const urls = () => [...sitemap().map((u) => u.loc), '/404.html'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

beforeAll(async () => {
  assertBuilt();
  site = await serve(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Runs `fn` over items with `n` pages at a time. */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: n }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  }));
}

describe('axe: 0 violations on every page', () => {
  test.each(['light', 'dark'] as const)('%s theme', async (scheme) => {
    const violations: string[] = [];
    const contexts: BrowserContext[] = [];
    await pool(urls(), 2, async (u) => {
      const context = await browser.newContext({ colorScheme: scheme, reducedMotion: 'reduce' });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(site.url + u);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) violations.push(`${u} [${scheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      await context.close();
    });
    expect(violations).toEqual([]);
  }, 900_000);

  test('the search page with results and filters shown, in both themes and languages', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const p of ['/search/?q=mistral', '/es/search/?q=inversion']) {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(site.url + p);
        await page.locator('.results li').first().waitFor();
        await page.locator('.filters fieldset').first().waitFor();
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(result.violations.map((v) => `${p} [${scheme}] ${v.id}`)).toEqual([]);
        await context.close();
      }
    }
  });

  test('the theme chosen with the toggle is checked too', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.url + '/companies/mistral-ai/');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('keyboard and motion', () => {
  test('the skip link is the first stop and moves focus to the content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/es/companies/mistral-ai/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido');
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
  test('focus is visible on links, buttons and inputs', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/search/');
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
  test('prefers-reduced-motion turns transitions and smooth scrolling off', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.url + '/');
    const styles = await page.evaluate(() => [...document.querySelectorAll('a, button, input')].map((e) => {
      const s = getComputedStyle(e);
      return `${s.transitionDuration}|${s.animationName}|${getComputedStyle(document.documentElement).scrollBehavior}`;
    }));
    expect(new Set(styles)).toEqual(new Set(['0s|none|auto']));
    await context.close();
  });
});

describe('themes', () => {
  test('a saved choice applies before first paint, and is remembered across pages', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      // Record the theme at the moment <body> first exists: what the first paint would use.
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(site.url + '/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('#ffffff');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('false');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await page.goto(site.url + '/es/models/mistral-7b/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('#111318');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await context.close();
  });
  test('with no saved choice, the system setting decides', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.url + '/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 19, 24)');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await context.close();
  });
  test('articles print as content only, dark on white', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.url + '/articles/microsoft-mistral-partnership/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await context.close();
  });
});

describe('crawl: CSP, console, third parties, cookies', () => {
  test('every page, and a search in each language, with the production headers', async () => {
    const problems: string[] = [];
    const context = await browser.newContext();
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const origin = new URL(site.url).origin;
    context.on('request', (r) => { if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`third-party request: ${r.url()}`); });
    const page = await context.newPage();
    let current = '';
    page.on('console', (m) => { if (m.type() === 'error' && !(current === '/404.html' && /404/.test(m.text()))) problems.push(`${current}: console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
    const check = async () => {
      const v = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      for (const x of v) problems.push(`${current}: CSP violation: ${x}`);
    };
    for (const u of urls()) {
      current = u;
      const res = await page.goto(site.url + u);
      expect(res?.headers()['content-security-policy'], u).toMatch(/frame-ancestors 'none'/);
      await check();
    }
    for (const [u, q] of [['/search/', 'Mistral'], ['/es/search/', 'regulacion']]) {
      current = `${u}?q=${q}`;
      await page.goto(site.url + u);
      await page.fill('#q', q!);
      await page.locator('.results li').first().waitFor();
      await page.locator('.filters fieldset').first().waitFor();
      await check();
    }
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  }, 600_000);
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
  test('every page is readable: a visible heading and its main text', async () => {
    const unreadable: string[] = [];
    await pool(urls(), 3, async (u) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.url + u);
      const ok = await page.evaluate(() => {
        const h1 = document.querySelector('main h1');
        const main = document.querySelector('main');
        return !!h1 && (h1 as HTMLElement).offsetHeight > 0 && (main?.innerText.length ?? 0) > 80;
      });
      if (!ok) unreadable.push(u);
      await context.close();
    });
    expect(unreadable).toEqual([]);
  }, 300_000);
});
