/**
 * The one script that runs before the reader interacts, inline and under 1 KB: it applies the
 * saved theme before first paint (no flash of the wrong theme), wires the theme toggle, and the
 * "/" and Ctrl/Cmd+K shortcuts that open search from any page (the search page's URL is read from
 * <html data-search>).
 *
 * Written readably below and minified with esbuild when the module loads, so the build, the
 * header file and the tests all hash the same bytes: its SHA-256 is allowed by the
 * Content-Security-Policy (astro.config.mjs and public/_headers, which `npm run headers`
 * rewrites; a test fails when they disagree).
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

const SOURCE = String.raw`
(() => {
  const root = document.documentElement;
  const KEY = 'atlas-theme';
  const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark());

  // A remembered choice wins over the system setting; storage may be blocked.
  let saved;
  try {
    saved = localStorage.getItem(KEY);
  } catch {}
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  root.classList.add('js');

  const syncToggle = () => {
    const button = document.querySelector('[data-theme-toggle]');
    if (button) button.setAttribute('aria-pressed', String(isDark()));
  };
  document.addEventListener('DOMContentLoaded', syncToggle);

  document.addEventListener('click', (event) => {
    if (!event.target.closest('[data-theme-toggle]')) return;
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {}
    syncToggle();
  });

  // "/" or Ctrl/Cmd+K: focus the search box here, or go to the search page.
  document.addEventListener('keydown', (event) => {
    if (event.target.closest('input,textarea,select,[contenteditable]')) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    event.preventDefault();
    const box = document.getElementById('q');
    if (box) box.focus();
    else location.href = root.dataset.search + '#q';
  });
})();
`;

export const THEME_SNIPPET = transformSync(SOURCE, { minify: true, target: 'es2020', legalComments: 'none' }).code.trim();

export const THEME_SNIPPET_HASH = `'sha256-${createHash('sha256').update(THEME_SNIPPET).digest('base64')}'`;
