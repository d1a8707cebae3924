/** Every key of the interface dictionary is used by the code: no dead strings to translate. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? files(f) : /\.(ts|astro)$/.test(n) && !f.includes(`${path.sep}i18n${path.sep}`) ? [f] : [];
  });
}
const code = files(SRC).map((f) => readFileSync(f, 'utf8')).join('\n');

test('every dictionary key appears in src/ (literally, as a plural base, or under a `prefix.${…}` template)', () => {
  const unused = Object.keys(en).filter((key) => {
    if (code.includes(`'${key}'`) || code.includes(`"${key}"`)) return false;
    const plural = /^(.*)\.(one|other)$/.exec(key);
    if (plural && code.includes(`'${plural[1]}'`)) return false;
    // `stage.${r.stage}`, `data.${d.name}`: every key under a prefix used in a template.
    const prefix = key.slice(0, key.lastIndexOf('.') + 1);
    return !(prefix && code.includes('`' + prefix + '${'));
  });
  expect(unused).toEqual([]);
});
