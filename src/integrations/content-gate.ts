/**
 * One validation path for editors and the build: before Astro loads a single file, the whole of
 * content/ goes through the editors' validator (src/domain/content-files.ts, the code behind
 * `npm run check:content`). `astro build` stops with exactly the messages `check:content`
 * prints, so nothing the check rejects can reach a page — not a date Astro's YAML loader would
 * roll over, not a stray file, not a Spanish text without its record.
 *
 * In `astro dev` the check runs again whenever a file under content/ changes. While a problem
 * remains, every page answers 500 with the list of problems (file, line, field, fix) instead of a
 * stale or half-built page, and Astro's error overlay shows it on pages already open.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import path from 'node:path';
import { validateContent } from '../domain/content-files.ts';
import { contentRoot } from '../domain/layout.ts';
import { formatProblems, type IntegrityProblem } from '../domain/integrity.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page the dev server shows while content/ has problems. */
export function problemsPage(problems: IntegrityProblem[]): string {
  const items = problems
    .map((p) => `<li><code>${escapeHtml(p.file)}${p.line ? `:${p.line}` : ''}</code> — <code>${escapeHtml(p.field)}</code>: ${escapeHtml(p.message)}</li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>content/ has ${problems.length} problem(s)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}li{margin:.5rem 0}code{background:#f3f0e8;padding:0 .2em}</style></head>
<body><main><h1>content/ has ${problems.length} problem(s)</h1><p>Fix them, save, and reload this page. <code>npm run check:content</code> prints the same list.</p><ul>${items}</ul></main></body></html>`;
}

function devPlugin(): Plugin {
  let problems: IntegrityProblem[] = [];
  const root = path.resolve(contentRoot());
  const recheck = (server: ViteDevServer) => {
    const before = problems.length;
    problems = validateContent(contentRoot()).problems;
    if (problems.length) {
      const message = `content/ has ${problems.length} problem(s):\n${formatProblems(problems)}`;
      server.config.logger.error(message);
      server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'atlas:content' } });
    } else if (before) server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'atlas:content-gate',
    configureServer(server) {
      recheck(server);
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (path.resolve(file).startsWith(root + path.sep)) recheck(server);
      });
      server.middlewares.use((req, res, next) => {
        const accept = req.headers.accept ?? '';
        if (!problems.length || !accept.includes('text/html')) return next();
        res.statusCode = 500;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(problemsPage(problems));
      });
    },
  };
}

export default function contentGate(): AstroIntegration {
  return {
    name: 'atlas:content-gate',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') {
          const { problems } = validateContent(contentRoot());
          if (problems.length) throw new Error(`content/ has ${problems.length} problem(s) (npm run check:content prints the same list):\n${formatProblems(problems)}`);
        }
        if (command === 'dev') updateConfig({ vite: { plugins: [devPlugin()] } });
      },
    },
  };
}
