/**
 * The Nu HTML Checker (vnu, the W3C validator) over built pages: what html-validate does not
 * know, such as attributes the HTML and SVG specifications do not allow (Observable Plot's
 * font-variant on <g>, for instance). Runs the vnu.jar from the `vnu-jar` package with the
 * system's Java, in one JVM for up to BATCH files at a time, and returns its errors only.
 * Used by tests/site/nu.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface NuError {
  file: string;
  line?: number;
  message: string;
}

/** vnu-jar exports the path of vnu.jar as a String object. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** Files per JVM: keeps the command line well under the kernel's argument limit. */
const BATCH = 500;

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  message?: string;
}

function run(files: string[]): Promise<NuError[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // vnu exits 1 when it finds errors; the JSON on stderr is what counts. The JVM may print
        // a line before it (e.g. "Picked up JAVA_TOOL_OPTIONS"), so parse from the first "{".
        let parsed: { messages?: VnuMessage[] };
        try {
          parsed = JSON.parse(stderr.slice(Math.max(0, stderr.indexOf('{')))) as { messages?: VnuMessage[] };
        } catch {
          const why = error ? `${error.message}\n` : '';
          reject(new Error(`vnu did not print JSON (is java installed?)\n${why}${stderr.slice(0, 2000)}`));
          return;
        }
        const errors = (parsed.messages ?? [])
          // "non-document-error": a file vnu could not read, reported rather than passed over.
          .filter((m) => m.type === 'error' || m.type === 'non-document-error')
          .map((m): NuError => {
            const url = m.url ?? '';
            const file = url.startsWith('file:') ? decodeURIComponent(new URL(url).pathname) : url;
            const line = m.lastLine ?? m.firstLine;
            return line === undefined ? { file, message: m.message ?? m.type } : { file, line, message: m.message ?? m.type };
          });
        resolve(errors);
      },
    );
  });
}

/**
 * Every error vnu reports on the given HTML files (absolute or relative paths). vnu passes over
 * a file it cannot find without a word, so a missing file is reported here as an error.
 */
export async function nuCheck(files: string[]): Promise<NuError[]> {
  const errors: NuError[] = files.filter((f) => !existsSync(f)).map((file) => ({ file, message: 'no such file' }));
  const present = files.filter((f) => existsSync(f)).map((f) => path.resolve(f));
  for (let i = 0; i < present.length; i += BATCH) errors.push(...(await run(present.slice(i, i + BATCH))));
  return errors;
}
