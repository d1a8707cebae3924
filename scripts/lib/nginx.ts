/**
 * Serves a built site with nginx and the production server block (src/lib/nginx.ts), on a free
 * port of 127.0.0.1, from a throw-away prefix folder: the browser tests and the search-cost
 * measurement see exactly the headers, encodings, redirects and 404 page that readers will.
 * Needs Debian's nginx and libnginx-mod-http-brotli-static (.ci/run installs them).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nginxServer } from '../../src/lib/nginx.ts';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';

export function nginxMissing(): string | undefined {
  for (const f of [NGINX, BROTLI_MODULE, MIME_TYPES]) {
    if (!existsSync(f)) return `${f} is missing: install nginx with \`apt-get install nginx libnginx-mod-http-brotli-static\` (.ci/run does).`;
  }
  return undefined;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

/** The whole nginx.conf around the site's server block: process settings for a test run only. */
export function testConfig(prefix: string, server: string): string {
  const runAsRoot = process.getuid?.() === 0;
  return `load_module ${BROTLI_MODULE};
${runAsRoot ? 'user root;\n' : ''}worker_processes 2;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
${server.replace(/^/gm, '    ')}
}
`;
}

export async function serveNginx(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-'));
  mkdirSync(path.join(prefix, 'body'));
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, testConfig(prefix, nginxServer({ root: path.resolve(root), listen: `127.0.0.1:${port}` })));
  const test = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the generated configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when it answers; fail fast with its own words if it exits instead.
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}${readLog(prefix)}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${url}: ${stderr}${readLog(prefix)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function readLog(prefix: string): string {
  const f = path.join(prefix, 'error.log');
  return existsSync(f) ? readFileSync(f, 'utf8') : '';
}
