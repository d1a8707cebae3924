/**
 * Where the editors' files live, for "Edit this page" links and "last changed" dates. The
 * repository's web address is `ATLAS_REPO_URL`, else package.json's `repository.url`; its branch is
 * `ATLAS_REPO_BRANCH` (default `main`). Dates come from git history, read once per build; in a
 * shallow clone, or outside git, there is no history to trust and no date is shown.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The project's root: builds and scripts run from it (a bundled module cannot locate it from its own path).
const ROOT = process.cwd();

function packageRepository(): string | undefined {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository?: string | { url?: string } };
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return url?.replace(/^git\+/, '').replace(/\.git$/, '');
}

const repoUrl = (process.env.ATLAS_REPO_URL ?? packageRepository())?.replace(/\/$/, '');
const branch = process.env.ATLAS_REPO_BRANCH ?? 'main';

/** The web page that edits a file of the repository (e.g. content/companies/mistral-ai.mdx), if a repository is configured. */
export const editUrl = (file: string): string | undefined => (repoUrl ? `${repoUrl}/edit/${branch}/${file}` : undefined);

let history: Map<string, Date> | undefined;

/** The date of the last commit that changed each file under content/, from one `git log`. */
function readHistory(): Map<string, Date> {
  const out = new Map<string, Date>();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return out;
    let date: Date | undefined;
    for (const line of git('log', '--format=%x00%cI', '--name-only', '--', 'content').split('\n')) {
      if (line.startsWith('\0')) date = new Date(line.slice(1));
      else if (line && date && !out.has(line)) out.set(line, date);
    }
  } catch {
    // Not a git checkout (a tarball, a CI cache): no dates.
  }
  return out;
}

/** When a file (path from the repository root) was last changed in git, if known. */
export function lastChanged(file: string): Date | undefined {
  history ??= readHistory();
  return history.get(file);
}
