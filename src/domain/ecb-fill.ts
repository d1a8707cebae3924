/**
 * Filling content/data/ecb-rates.yaml from a copy of the ECB's historical file
 * (eurofxref-hist.csv: one row per fixing day, one column per currency, units per euro).
 *
 * A funding round announced on a day with no fixing (weekend, TARGET holiday) takes the last
 * reference rate published before it, and its note says so; a day after the file's last row, or
 * a currency the file has no figure for, gets nothing (the amount then stays out of euro sums,
 * as for any missing rate). Nothing is interpolated.
 */
import { parse } from 'csv-parse/sync';

export interface EcbTable {
  /** Fixing days, newest first, as YYYY-MM-DD. */
  days: string[];
  rows: Map<string, Record<string, string>>;
}

/** Parses eurofxref-hist.csv; blank cells, "N/A" and the trailing empty column are dropped. */
export function parseEcbCsv(text: string): EcbTable {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const rows = new Map<string, Record<string, string>>();
  for (const r of records) {
    const day = r['Date'];
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`eurofxref-hist.csv: a row has no ISO date in its Date column (${JSON.stringify(day)})`);
    const cells: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) if (k && k !== 'Date' && v && v !== 'N/A') cells[k] = v;
    rows.set(day, cells);
  }
  return { days: [...rows.keys()].sort().reverse(), rows };
}

export interface Fixing {
  /** The ECB fixing day used. */
  day: string;
  /** The figure exactly as the CSV prints it. */
  cell: string;
  rate: number;
}

/** The ECB reference rate that applies on `day`: that day's fixing, else the last one before it (at most 5 days back). */
export function fixingFor(table: EcbTable, day: string, currency: string): Fixing | null {
  const newest = table.days[0];
  if (!newest || day > newest) return null;
  const start = new Date(`${day}T00:00:00Z`);
  for (let back = 0; back <= 5; back++) {
    const d = new Date(start.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    const row = table.rows.get(d);
    if (!row) continue;
    const cell = row[currency];
    if (!cell) return null;
    const rate = Number(cell);
    return Number.isFinite(rate) && rate > 0 ? { day: d, cell, rate } : null;
  }
  return null;
}

export interface RateSource {
  url: string;
  publisher: string;
  title: string;
  published: string;
}

/** One YAML list item for ecb-rates.yaml (two-space indent, as in the file). */
export function rateEntryYaml(day: string, currency: string, fixing: Fixing, source: RateSource): string {
  const q = (s: string) => JSON.stringify(s);
  const row = `Row '${fixing.day},…' of the ECB historical CSV gives ${currency} ${fixing.cell}.`;
  const note = fixing.day === day
    ? row
    : `No ECB fixing on ${day} (a weekend or TARGET holiday): the last reference rate published before it, of ${fixing.day}, applies. ${row}`;
  return [
    `  - date: ${day}`,
    `    currency: ${currency}`,
    `    rate: ${fixing.cell}`,
    '    sources:',
    `      - url: ${source.url}`,
    `        publisher: ${q(source.publisher)}`,
    '        kind: secondary',
    `        title: ${q(source.title)}`,
    `        published: ${source.published}`,
    `    note: ${q(note)}`,
  ].join('\n');
}

export interface Needed {
  day: string;
  currency: string;
  /** The records that need it (for the report). */
  files: string[];
}

/** The (day, currency) pairs of non-euro amounts with no rate yet, oldest first. */
export function missingRates(
  amounts: { file: string; day: string; currency: string }[],
  have: Set<string>,
): Needed[] {
  const out = new Map<string, Needed>();
  for (const a of amounts) {
    if (a.currency === 'EUR') continue;
    const k = `${a.day} ${a.currency}`;
    if (have.has(k)) continue;
    const n = out.get(k) ?? { day: a.day, currency: a.currency, files: [] };
    n.files.push(a.file);
    out.set(k, n);
  }
  return [...out.values()].sort((a, b) => a.day.localeCompare(b.day) || a.currency.localeCompare(b.currency));
}

/**
 * Inserts entries into the text of ecb-rates.yaml so that the list stays in date order: each
 * before the first existing item with a later date, else at the end. Comments and layout of the
 * existing items are kept as they are.
 */
export function insertEntries(text: string, entries: { day: string; yaml: string }[]): string {
  const lines = text.replace(/\n*$/, '\n').split('\n');
  lines.pop();
  const starts: { index: number; day: string }[] = [];
  lines.forEach((l, i) => {
    const m = /^ {2}- date: (\d{4}-\d{2}-\d{2})\s*$/.exec(l);
    if (m?.[1]) starts.push({ index: i, day: m[1] });
  });
  const inserts = new Map<number, string[]>();
  for (const e of [...entries].sort((a, b) => a.day.localeCompare(b.day))) {
    const before = starts.find((s) => s.day > e.day);
    const at = before ? before.index : lines.length;
    const list = inserts.get(at) ?? [];
    list.push(e.yaml, '');
    inserts.set(at, list);
  }
  const out: string[] = [];
  for (let i = 0; i <= lines.length; i++) {
    const add = inserts.get(i);
    if (add) {
      if (i === lines.length && out.length && out[out.length - 1] !== '') out.push('');
      out.push(...add);
    }
    if (i < lines.length) out.push(lines[i] ?? '');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
