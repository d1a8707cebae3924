/**
 * JSON Schemas of the editors' files, generated from the same zod schemas the check and the build
 * use, for editors' tools: VS Code's YAML extension reads them through .vscode/settings.json and
 * gives completion, hover help (the schema descriptions) and red squiggles while typing.
 * `npm run docs:content` writes them to .vscode/schemas/; a unit test keeps them current.
 */
import { z } from 'astro/zod';
import { plainRef } from '../schemas/common.ts';
import { rateSchema } from '../schemas/rate.ts';
import { blockedFileSchema } from './source-policy.ts';
import { COLLECTIONS, REGISTRY, makeSchemas } from './registry.ts';

/** Folder of the generated schemas, relative to the repository. */
export const SCHEMA_DIR = '.vscode/schemas';

const toJson = (schema: z.ZodType, title: string) => ({
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
  title,
});

/** File name → JSON Schema, and the glob of content files each one describes. */
export function jsonSchemas(): { file: string; glob: string; schema: object }[] {
  const schemas = makeSchemas(plainRef);
  const out = COLLECTIONS.map((c) => {
    const { folder, format } = REGISTRY[c];
    const glob = format === 'yaml' ? `content/${folder}/*.yaml` : format === 'mdx-twin' ? `content/${folder}/*.mdx` : `content/${folder}/*/*.mdx`;
    return { file: `${c}.schema.json`, glob, schema: toJson(schemas[c] as z.ZodType, `${c} record (${glob}${format === 'yaml' ? '' : ', front matter'})`) };
  });
  out.push({ file: 'ecb-rates.schema.json', glob: 'content/data/ecb-rates.yaml', schema: toJson(z.object({ source: z.unknown().optional(), rates: z.array(rateSchema) }), 'ECB reference rates (content/data/ecb-rates.yaml)') });
  out.push({ file: 'blocked-domains.schema.json', glob: 'content/data/blocked-domains.yaml', schema: toJson(blockedFileSchema, 'Sites and pages that may not be cited (content/data/blocked-domains.yaml)') });
  return out;
}

/** The VS Code settings that map each schema to its files (YAML files only: the extension does not read MDX front matter). */
export function vscodeSettings(): object {
  return {
    'yaml.schemas': Object.fromEntries(jsonSchemas().filter((s) => s.glob.endsWith('.yaml')).map((s) => [`./${SCHEMA_DIR}/${s.file}`, s.glob])),
    'yaml.validate': true,
    'yaml.completion': true,
    'yaml.hover': true,
    'files.associations': { '*.mdx': 'mdx' },
  };
}

export const serialise = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
