/**
 * `npm run new -- <collection> <slug>`: a new record's files, generated from the collection's
 * schema so they always match it. Required fields get a placeholder and optional ones are shown
 * as comments; every field carries its description. Placeholders start with "TODO", and the
 * editors' check refuses any value still starting with it, naming the file and the field, so a
 * scaffold cannot be published half-filled.
 */
import { z } from 'astro/zod';
import { plainRef } from '../schemas/common.ts';
import { COLLECTIONS, REGISTRY, makeSchemas, type CollectionName } from './registry.ts';
import { LOCALES } from '../i18n/index.ts';

export const PLACEHOLDER = 'TODO';

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minItems?: number;
}

const quote = (s: string) => JSON.stringify(s);

/** A placeholder value for a field, as YAML text (one line, or a block after the key). */
function placeholder(s: JsonSchema, name: string, ctx: ScaffoldContext): string {
  if (s.anyOf) return placeholder(s.anyOf.findLast((o) => o.type === 'object') ?? s.anyOf.find((o) => o.const === undefined) ?? s.anyOf[0] ?? {}, name, ctx);
  if (name === 'founded') return quote(`${PLACEHOLDER}: year founded, e.g. 2023`);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return String(s.enum[0]);
  if (s.type === 'string' && s.pattern?.includes('\\d{4}-\\d{2}')) return ctx.today;
  if (name === 'company' && ctx.company) return ctx.company;
  if (s.type === 'string' && s.pattern?.startsWith('^[a-z0-9]')) return `${PLACEHOLDER.toLowerCase()}-${name}`;
  if (name === 'url' || name === 'website') return 'https://TODO.example/replace-with-the-page-url';
  if (name === 'currency') return 'EUR';
  if (s.type === 'number' || s.type === 'integer') return '1';
  if (s.type === 'boolean') return 'false';
  if (s.type === 'array') return s.minItems && s.items ? '' : '[]';
  if (s.type === 'object') return '';
  return quote(`${PLACEHOLDER}: ${name}`);
}

interface ScaffoldContext {
  today: string;
  company?: string | undefined;
}

function fields(s: JsonSchema, indent: string, ctx: ScaffoldContext): string[] {
  const lines: string[] = [];
  const props = s.properties ?? {};
  for (const [name, prop] of Object.entries(props)) {
    const required = (s.required ?? []).includes(name);
    const real = prop.anyOf?.findLast((o) => o.type === 'object') ?? prop;
    const options = prop.enum ? ` One of: ${prop.enum.join(', ')}.` : '';
    const doc = `${prop.description ?? real.description ?? ''}${options}`.trim();
    lines.push(`${indent}# ${required ? 'required' : 'optional'}${doc ? `: ${doc}` : ''}`);
    if (!required) {
      lines.push(`${indent}# ${name}: ${real.type === 'object' || real.type === 'array' ? '…' : placeholder(prop, name, ctx)}`);
      continue;
    }
    const value = placeholder(prop, name, ctx);
    if (value !== '') {
      lines.push(`${indent}${name}: ${value}`);
    } else if (real.type === 'object') {
      lines.push(`${indent}${name}:`, ...fields(real, `${indent}  `, ctx));
    } else if (real.type === 'array' && real.items) {
      const item = real.items.anyOf?.find((o) => o.type === 'object') ?? real.items;
      if (item.type === 'object') {
        const inner = fields(item, `${indent}    `, ctx).filter((l) => !l.trimStart().startsWith('#'));
        const [first = '', ...rest] = inner;
        lines.push(`${indent}${name}:`, `${indent}  - ${first.trimStart()}`, ...rest);
      } else lines.push(`${indent}${name}: [${placeholder(item, name, ctx)}]`);
    }
  }
  return lines;
}

export interface ScaffoldFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

/** The files of a new record. `companies` lists existing company slugs (a round is named after its company). */
export function scaffold(collection: CollectionName, slug: string, companies: readonly string[], today = new Date().toISOString().slice(0, 10)): ScaffoldFile[] {
  const { folder, format } = REGISTRY[collection];
  const company = [...companies].sort((a, b) => b.length - a.length).find((c) => slug.startsWith(`${c}-`));
  const json = z.toJSONSchema(makeSchemas(plainRef)[collection] as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const header = `# New ${collection} record, made by npm run new. Replace every TODO (npm run check:content lists those left),\n# and see content/README.md for what each field means.`;
  const yaml = [header, ...fields(json, '', { today, company })].join('\n');
  if (format === 'yaml') return [{ path: `${folder}/${slug}.yaml`, text: `${yaml}\n` }];
  const body = (lang: string) => (lang === 'es' ? `${PLACEHOLDER}: escribe aquí el texto en español.\n` : `${PLACEHOLDER}: write the English text here.\n`);
  if (format === 'mdx-twin') {
    return [
      { path: `${folder}/${slug}.mdx`, text: `---\n${yaml}\n---\n${body('en')}` },
      { path: `${folder}/${slug}.es.mdx`, text: `---\n---\n${body('es')}` },
    ];
  }
  return LOCALES.map((lang) => ({ path: `${folder}/${lang}/${slug}.mdx`, text: `---\n${yaml}\n---\n${body(lang)}` }));
}

export const isCollectionName = (s: string): s is CollectionName => (COLLECTIONS as readonly string[]).includes(s);

/** Every string value still holding a scaffold placeholder, with its field path. */
export function* placeholdersIn(data: unknown, path = ''): Generator<string> {
  if (typeof data === 'string') {
    if (data.startsWith(PLACEHOLDER) || data.includes('TODO.example') || /^todo-/.test(data)) yield path || '(value)';
  } else if (Array.isArray(data)) {
    for (const [i, v] of data.entries()) yield* placeholdersIn(v, `${path}.${i}`);
  } else if (data && typeof data === 'object' && !(data instanceof Date)) {
    for (const [k, v] of Object.entries(data)) yield* placeholdersIn(v, path ? `${path}.${k}` : k);
  }
}
