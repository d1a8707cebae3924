/**
 * axe-core run straight in the page (its source evaluated through the DevTools protocol, which a
 * page's CSP does not block). Several times faster than AxeBuilder, which matters when every
 * URL of the site is checked in two themes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's source, to inject into pages (or into every page of a context with addInitScript). */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on colours: all a colour theme can change, since the themes
 * swap colour tokens only (same DOM, same layout). The second theme is checked with these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface Violation { id: string; targets: string[] }

export async function runAxe(page: Page, only: { tags: string[] } | { rules: string[] } = { tags: WCAG_TAGS }): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: opts, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, runOnly);
}
