/**
 * `npm run new -- <collection> <slug>`: scaffolds a new record (and its Spanish text where the
 * collection has one) with every required field, a placeholder in each and a comment per field.
 * `npm run check:content` then lists the placeholders left to fill.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, REGISTRY } from '../src/domain/registry.ts';
import { isCollectionName, scaffold } from '../src/domain/scaffold.ts';
import { CONTENT } from './lib/site.ts';

const [collection = '', slug = ''] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`${message}\nUsage: npm run new -- <collection> <slug>, e.g. npm run new -- companies acme-ai\nCollections: ${COLLECTIONS.join(', ')}`);
  process.exit(1);
};
if (!isCollectionName(collection)) fail(`"${collection}" is not a collection.`);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`"${slug}" is not a slug: use lowercase letters, digits and hyphens, e.g. mistral-ai-series-e-2026.`);
if (!isCollectionName(collection)) process.exit(1); // narrows the type for the lines below

const companies = readdirSync(path.join(CONTENT, REGISTRY.companies.folder)).filter((f) => f.endsWith('.mdx') && !f.endsWith('.es.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const files = scaffold(collection, slug, companies);
const taken = files.filter((f) => existsSync(path.join(CONTENT, f.path)));
if (taken.length) fail(`${taken.map((f) => `content/${f.path}`).join(', ')} already exist${taken.length === 1 ? 's' : ''}: choose another slug, or edit ${taken.length === 1 ? 'that file' : 'those files'}.`);
for (const f of files) {
  mkdirSync(path.dirname(path.join(CONTENT, f.path)), { recursive: true });
  writeFileSync(path.join(CONTENT, f.path), f.text);
  console.log(`created content/${f.path}`);
}
console.log('Fill in every TODO, then run npm run check:content: it lists the placeholders left, with their lines.');
