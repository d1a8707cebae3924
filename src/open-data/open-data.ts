/**
 * Open data: every collection of the registry as JSON and CSV (its columns are the registry's
 * `openData.columns`), plus the regulations' milestones and the ECB rates. References become
 * slugs, dates YYYY-MM-DD, bilingual texts `{ en, es }` in JSON and two columns in CSV, and every
 * record keeps its sources. Each column is documented from its schema field's description.
 */
import { stringify } from 'csv-stringify/sync';
import type { Atlas } from '../domain/atlas.ts';
import { COLLECTIONS, definitionOf, makeSchemas, sourcesColumn, type CollectionName } from '../domain/registry.ts';
import { plainRef } from '../schemas/common.ts';
import { rateSchema } from '../schemas/rate.ts';
import { checkedDate } from '../domain/freshness.ts';
import { effectiveDate, modelAiAct, modelObligations } from '../domain/ai-act.ts';

export type Cell = string | number | boolean | null;
export interface Dataset {
  name: string;
  /** JSON records (nested where the data is nested). */
  records: Record<string, unknown>[];
  /** CSV rows: one flat row per record. */
  rows: Record<string, Cell>[];
  /** Every column, with what it means. */
  columns: { name: string; description: string }[];
}

/** Columns that are not a schema field of the same name. */
const DERIVED: Record<string, string> = {
  slug: "The record's id: its file name in content/ and its URL segment.",
  acquiredBy: 'For acquired companies: the buyer, as companies/<slug> or investors/<slug>.',
  acquisitionDate: 'Date the acquisition was announced.',
  language: 'Language of the article (en or es).',
  corrections: 'Number of corrections the article makes to a report it builds on.',
  regulation: 'The regulation or review the milestone belongs to (slug).',
  date: 'Date, YYYY-MM-DD.',
  what: 'What happens on that date, in English and Spanish.',
  sources: 'Where the facts come from: URL, publisher, kind (primary, press, secondary), title and publication date (CSV: URLs).',
  amendedApplies: 'When a later act moved the date: the date the obligation applies from after the amendment (YYYY-MM-DD).',
  amendedBy: 'Which amendment moved the date, and for whom, in English and Spanish.',
  model: 'The model (slug).',
  company: 'The company that made it (slug).',
  obligation: 'The AI Act obligation (slug).',
  appliesFrom: 'The date the obligation applies from today, after any amendment (YYYY-MM-DD).',
  generalPurpose: '"stated" when the maker published the training-content summary the Act asks of general-purpose models; otherwise "not disclosed".',
  openSourceExemption: "Whether the model's licence qualifies for the open-source exemption: qualifies, does-not-qualify, unclear (an editor's sourced reading), or no-weights.",
  kind: 'What the money is: equity (shares, convertible notes or both; what "funding raised" counts), debt, grant, or acquisition (a purchase, not money raised).',
};

type Shape = Record<string, { description?: string | undefined }>;
const shapeOf = (schema: unknown): Shape => (schema && typeof schema === 'object' && 'shape' in schema ? (schema.shape as Shape) : {});
const SCHEMAS = makeSchemas(plainRef);

function describe(shape: Shape, column: string): string {
  return DERIVED[column] ?? shape[column]?.description ?? '';
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function flatten(record: Record<string, unknown>): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === 'sources' && Array.isArray(v)) row.sources = v.map((s: { url: string }) => s.url).join(' ');
    else if (Array.isArray(v)) row[k] = v.every((x) => typeof x === 'string') ? v.join(';') : JSON.stringify(v);
    else if (v && typeof v === 'object' && 'en' in v && 'es' in v) Object.assign(row, { [`${k}_en`]: v.en, [`${k}_es`]: v.es });
    else if (v && typeof v === 'object' && 'value' in v && 'currency' in v) Object.assign(row, { [`${k}_value`]: v.value, [`${k}_currency`]: v.currency });
    else if (v && typeof v === 'object') row[k] = JSON.stringify(v);
    else row[k] = v === undefined ? null : (v as Cell);
  }
  return row;
}

function collectionDataset(atlas: Atlas, name: CollectionName): Dataset {
  const { dataset, columns } = definitionOf(name).openData;
  const records = atlas.list(name, 'en').map((e) => {
    const rec: Record<string, unknown> = { slug: e.id.slice(e.id.indexOf('/') + 1) };
    for (const [column, value] of Object.entries(columns)) rec[column] = value(e.data, e.id);
    rec.checked = checkedDate(e.data)?.toISOString().slice(0, 10) ?? null;
    return rec;
  });
  const shape = shapeOf(SCHEMAS[name]);
  return {
    name: dataset,
    records,
    rows: records.map(flatten),
    columns: ['slug', ...Object.keys(columns), 'checked'].map((c) => ({ name: c, description: describe(shape, c) })),
  };
}

export function datasets(atlas: Atlas): Dataset[] {
  const milestones = atlas.list('regulations', 'en').flatMap((r) =>
    r.data.milestones.map((m) => ({ regulation: r.id, date: day(m.date), what: m.what, sources: sourcesColumn(m.sources) })),
  );
  const rates = atlas.rates.all().map((r) => ({ date: day(r.date), currency: r.currency, rate: r.rate }));
  const rateShape = shapeOf(rateSchema);
  const extra = (name: string, records: Record<string, unknown>[], shape: Shape): Dataset => ({
    name,
    records,
    rows: records.map(flatten),
    columns: Object.keys(records[0] ?? {}).map((c) => ({ name: c, description: describe(shape, c) })),
  });
  // Which obligations concern each model, and on what basis, with the sources of each statement.
  const modelObligationRows = atlas.list('models', 'en').flatMap((m) => {
    const status = modelAiAct(m);
    return modelObligations(atlas, m, 'en').map((o) => ({
      model: m.id, company: m.data.company.id, obligation: o.id, appliesFrom: day(effectiveDate(o)),
      generalPurpose: status.gpaiStated ? 'stated' : 'not disclosed', openSourceExemption: status.exemption.verdict,
      sources: sourcesColumn([...o.data.sources, ...(status.trainingSummary?.sources ?? []), ...(status.exemption.assessed ? status.exemption.sources : [])]),
    }));
  });
  return [
    ...COLLECTIONS.map((name) => collectionDataset(atlas, name)),
    extra('milestones', milestones, {}),
    extra('model-obligations', modelObligationRows, {}),
    extra('ecb-rates', rates, rateShape),
  ];
}

/**
 * RFC 4180 CSV (CRLF line ends, every column of every row). Cells that a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) are prefixed with a quote.
 */
export function toCsv(rows: Record<string, Cell>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify(rows, { header: true, columns, record_delimiter: '\r\n', escape_formulas: true, cast: { boolean: (b) => String(b) } });
}
