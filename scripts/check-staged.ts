/**
 * The pre-commit check (installed by `npm install` through simple-git-hooks): when a commit
 * touches content/, it runs the editors' check on the whole folder (a staged change can break a
 * reference in another file) and stops the commit with the same messages as
 * `npm run check:content`. Commits that touch nothing in content/ pass at once. To commit
 * anyway, on purpose: `git commit --no-verify`.
 */
import { execFileSync } from 'node:child_process';
import { validateContent } from '../src/domain/content-files.ts';
import { formatProblems } from '../src/domain/integrity.ts';
import { CONTENT } from './lib/site.ts';

const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMRD'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.startsWith('content/'));
if (staged.length) {
  const { problems } = validateContent(CONTENT);
  if (problems.length) {
    console.error(`The commit touches ${staged.length} file(s) in content/, and content/ has ${problems.length} problem(s):\n${formatProblems(problems)}\nFix them and commit again (or, on purpose, git commit --no-verify).`);
    process.exit(1);
  }
  console.log(`content/ is valid (${staged.length} staged file(s) in content/).`);
}
