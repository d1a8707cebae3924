/** `npm run check:translations`: lists every page still shown untranslated, and the file to write. */
import path from 'node:path';
import { untranslated } from '../src/lib/translations.ts';

const list = untranslated(path.resolve(import.meta.dirname, '..', 'content'));
if (list.length === 0) console.log('Every page is translated.');
else {
  console.log(`${list.length} page(s) shown untranslated (with a notice):`);
  for (const u of list) console.log(`  ${u.url}  ← write ${u.missing}`);
}
