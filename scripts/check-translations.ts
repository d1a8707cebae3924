/** `npm run check:translations`: lists every page still shown untranslated, and the file to write. */
import { untranslated } from '../src/domain/translations.ts';
import { CONTENT } from './lib/site.ts';

const list = untranslated(CONTENT);
if (list.length === 0) console.log('Every page is translated.');
else {
  console.log(`${list.length} page(s) shown untranslated (with a notice):`);
  for (const u of list) console.log(`  ${u.url}  ← write ${u.missing}`);
}
