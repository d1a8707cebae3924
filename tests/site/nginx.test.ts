/**
 * The built site as nginx serves it with the production configuration (src/lib/nginx.ts): the
 * same headers as public/_headers on every kind of response, the precompressed copies sent by
 * what the browser accepts, caching by kind of file, trailing-slash redirects and the 404 page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { request } from 'node:http';
import { serveNginx, testConfig } from '../../scripts/lib/nginx.ts';
import { assertBuilt, DIST } from '../../scripts/lib/site.ts';
import { IMMUTABLE_CACHE, securityHeaders } from '../../src/lib/csp.ts';
import { COMPRESSIBLE, MIN_BYTES } from '../../src/integrations/precompress.ts';
import { nginxServer, SHORT_CACHE } from '../../src/lib/nginx.ts';

let site: Awaited<ReturnType<typeof serveNginx>>;
beforeAll(async () => {
  assertBuilt();
  site = await serveNginx(DIST);
});
afterAll(() => site?.close());

/** A raw GET: no decoding, no redirect following (fetch would hide both). */
function get(urlPath: string, acceptEncoding = ''): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(site.url + urlPath, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const astroAsset = () => `/_astro/${readdirSync(path.join(DIST, '_astro')).find((f) => f.endsWith('.css'))}`;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) yield* files(abs);
    else yield abs;
  }
}

describe('the nginx configuration', () => {
  test('nginx accepts the generated server block (nginx -t)', () => {
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-t-'));
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(conf, testConfig(prefix, nginxServer({ root: '/srv/atlas/dist', listen: '8080', serverName: 'atlas.example.org' })));
    const r = spawnSync('/usr/sbin/nginx', ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/syntax is ok/);
    expect(r.status).toBe(0);
  });

  test('a root with a space or a semicolon is refused, not written into the file', () => {
    expect(() => nginxServer({ root: '/srv/my site', listen: '80' })).toThrow(/plain path/);
    expect(() => nginxServer({ root: '/srv/a;b', listen: '80' })).toThrow(/plain path/);
  });
});

describe('served by nginx', () => {
  test.each([
    ['a page', '/', 200],
    ['a Spanish page', '/es/', 200],
    ['a missing page (the 404 page)', '/no-such-page/', 404],
    ['a fingerprinted stylesheet', 'ASTRO', 200],
    ['a search index chunk', '/pagefind/pagefind-entry.json', 200],
    ['an open-data table', '/data/companies.csv', 200],
  ])('%s carries every security header', async (_, p, status) => {
    const r = await get(p === 'ASTRO' ? astroAsset() : p);
    expect(r.status).toBe(status);
    for (const [name, value] of securityHeaders()) expect(r.headers[name.toLowerCase()], name).toBe(value);
  });

  test('caching: a year for fingerprinted files, five minutes then revalidation for the rest', async () => {
    expect((await get(astroAsset())).headers['cache-control']).toBe(IMMUTABLE_CACHE);
    const chunk = readdirSync(path.join(DIST, 'pagefind', 'fragment'))[0]!;
    expect((await get(`/pagefind/fragment/${chunk}`)).headers['cache-control']).toBe(IMMUTABLE_CACHE);
    for (const p of ['/', '/companies/mistral-ai/', '/pagefind/pagefind.js', '/no-such-page/']) {
      expect((await get(p)).headers['cache-control'], p).toBe(SHORT_CACHE);
    }
  });

  test('a folder without its trailing slash is redirected to it, relative to the host', async () => {
    const r = await get('/companies');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/companies/');
    const es = await get('/es/companies/mistral-ai');
    expect(es.status).toBe(301);
    expect(es.headers.location).toBe('/es/companies/mistral-ai/');
  });

  test('the 404 page is the site\'s own, in HTML', async () => {
    const r = await get('/no-such-page/');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body.toString()).toBe(readFileSync(path.join(DIST, '404.html'), 'utf8'));
  });

  test('brotli when the browser accepts it, else gzip, else the file itself; each the same bytes', async () => {
    const original = readFileSync(path.join(DIST, 'companies', 'mistral-ai', 'index.html'));
    const br = await get('/companies/mistral-ai/', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 3);
    const gz = await get('/companies/mistral-ai/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await get('/companies/mistral-ai/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  test('types: HTML, CSS, JSON and CSV in UTF-8, WebAssembly as itself', async () => {
    expect((await get('/')).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get(astroAsset())).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/search/records.json')).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await get('/data/companies.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
  });
});

describe('the precompressed copies written by the build', () => {
  test('every text file of 512 bytes or more has a .br and a .gz copy that decode to it; nothing else has one', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const f of files(DIST)) {
      const ext = path.extname(f);
      if (ext === '.br' || ext === '.gz') {
        const source = f.slice(0, -ext.length);
        if (!existsSync(source) || !COMPRESSIBLE.has(path.extname(source))) problems.push(`stray copy ${path.relative(DIST, f)}`);
        continue;
      }
      if (!COMPRESSIBLE.has(ext) || statSync(f).size < MIN_BYTES) continue;
      const body = readFileSync(f);
      for (const [suffix, decode] of [['.br', zlib.brotliDecompressSync], ['.gz', zlib.gunzipSync]] as const) {
        if (!existsSync(f + suffix)) problems.push(`no ${suffix} for ${path.relative(DIST, f)}`);
        else if (!decode(readFileSync(f + suffix)).equals(body)) problems.push(`${path.relative(DIST, f)}${suffix} does not decode to the file (stale copy?)`);
      }
      checked++;
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
