/**
 * `npm run rates -- --csv <eurofxref-hist.csv> --url <where that copy is published> [--published YYYY-MM-DD] [--write]`:
 * lists the funding amounts in a currency other than the euro that have no ECB rate in
 * content/data/ecb-rates.yaml, and with --write adds, from the given copy of the ECB's historical
 * file, the rate that applies on each announcement day, with the copy as its source. Days after
 * the copy's last row are listed as still missing (find the rate elsewhere and add it by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { validateContent } from '../src/domain/content-files.ts';
import { fixingFor, insertEntries, missingRates, parseEcbCsv, rateEntryYaml } from '../src/domain/ecb-fill.ts';
import type { Announced } from '../src/schemas/common.ts';
import { CONTENT } from './lib/site.ts';

const { values } = parseArgs({
  options: {
    csv: { type: 'string' },
    url: { type: 'string' },
    publisher: { type: 'string', default: 'European Central Bank (verbatim copy of its historical reference-rate file)' },
    title: { type: 'string', default: 'eurofxref-hist.csv (ECB historical euro foreign exchange reference rates)' },
    published: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});

const { entries, problems } = validateContent(CONTENT);
if (problems.length) {
  console.error(`content/ has ${problems.length} problem(s): run npm run check:content and fix them first.`);
  process.exit(1);
}
const ymd = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
// A round known only by its month has no fixing day: it stays out of euro sums (the charts say so).
const amounts = entries.funding.flatMap((e) => {
  const d = e.data as { announced: Announced; amount?: { currency?: string } };
  return d.amount?.currency && d.announced.precision === 'day' ? [{ file: e.filePath, day: ymd(d.announced.date), currency: d.amount.currency }] : [];
});
const ratesFile = path.join(CONTENT, 'data/ecb-rates.yaml');
const current = parse(readFileSync(ratesFile, 'utf8')) as { rates: { date: unknown; currency: string }[] };
const have = new Set(current.rates.map((r) => `${ymd(r.date)} ${r.currency}`));
const needed = missingRates(amounts, have);
if (!needed.length) {
  console.log('Every non-euro funding amount has its ECB rate.');
  process.exit(0);
}
if (!values.csv) {
  console.log(`${needed.length} rate(s) missing:`);
  for (const n of needed) console.log(`  ${n.day} ${n.currency}  (${n.files.join(', ')})`);
  console.log('Give --csv <eurofxref-hist.csv> --url <its public address> --published <its newest row> --write to add them.');
  process.exit(0);
}
if (values.write && (!values.url || !values.published)) {
  console.error('--write needs --url (the public address of the CSV copy, the source cited) and --published (the date of its newest row).');
  process.exit(1);
}
const table = parseEcbCsv(readFileSync(values.csv, 'utf8'));
const added: { day: string; yaml: string }[] = [];
for (const n of needed) {
  const fixing = fixingFor(table, n.day, n.currency);
  if (!fixing) {
    console.log(`  still missing ${n.day} ${n.currency}: not in that copy (its newest row is ${table.days[0]})`);
    continue;
  }
  console.log(`  ${n.day} ${n.currency} ${fixing.cell}${fixing.day === n.day ? '' : ` (fixing of ${fixing.day})`}`);
  added.push({ day: n.day, yaml: rateEntryYaml(n.day, n.currency, fixing, { url: values.url ?? '', publisher: values.publisher, title: values.title, published: values.published ?? '' }) });
}
if (values.write && added.length) {
  writeFileSync(ratesFile, insertEntries(readFileSync(ratesFile, 'utf8'), added));
  console.log(`added ${added.length} rate(s) to content/data/ecb-rates.yaml; run npm run check:content.`);
} else if (added.length) console.log('(dry run: add --write to write them)');
