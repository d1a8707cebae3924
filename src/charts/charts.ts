/**
 * Charts rendered to SVG at build time with Observable Plot (a maintained charting library)
 * and a server-side DOM from linkedom: no client JavaScript. Each function returns the SVG
 * markup plus the rows of the accessible data table shown beside it. Colours that must work
 * in both themes come from a palette readable on white and on the dark background; text and
 * axes use currentColor, so they follow the theme.
 */
import { CHART_PALETTE, CHART_PRIMARY } from '../lib/brand.ts';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cachedSync } from '../lib/build-cache.ts';

let recipe: string | undefined;
/** What draws every chart besides its data: this module's code and the Plot and linkedom versions. */
function recipeHash(): string {
  const require = createRequire(import.meta.url);
  // Some packages do not export their package.json: find it above the resolved entry point.
  const version = (name: string): string => {
    for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '';
      }
    }
    throw new Error(`no package.json found for ${name}`);
  };
  recipe ??= createHash('sha256')
    .update([render, finishSvg, stackedBars, cumulativeSteps, timeline, europeMap, wholePixelPaths, withLinkLabels, marginFor].map(String).join('\n'))
    .update(JSON.stringify([PRIMARY, PALETTE, newDocument.toString()]))
    .update(`${version('@observablehq/plot')} ${version('linkedom')}`)
    .digest('hex');
  return recipe;
}

/** A tick formatter stands in the cache key as what it prints for a range of values. */
const probe = (format: ((n: number) => string) | undefined): string[] | undefined =>
  format && [0, 0.5, 1, 12.5, 150, 1e3, 2.5e4, 1.5e6, 3.2e7, 2.5e9, 1.2e11].map(format);

/**
 * A chart's SVG from the build cache (src/lib/build-cache.ts) when the same chart, from the same
 * data and text with the same code, was drawn before: rebuilding a site with one record changed
 * redraws only the charts that record is part of.
 */
function cachedChart(kind: string, inputs: unknown, draw: () => Rendered): Rendered {
  const key = createHash('sha256').update(recipeHash()).update(kind).update(JSON.stringify(inputs)).digest('hex').slice(0, 40);
  return { svg: cachedSync('charts', `${key}.svg`, () => draw().svg) };
}

/** The colour of single-series charts, and the series colours: the Atlas's palette (src/lib/brand.ts). */
export const PRIMARY: string = CHART_PRIMARY;
export const PALETTE: readonly string[] = CHART_PALETTE;

export interface ChartText {
  /** Short title (also the SVG's <title>). */
  title: string;
  /** One or two sentences saying what the chart shows (the SVG's <desc>). */
  description: string;
}

export interface Rendered {
  svg: string;
}

function newDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * Attributes Plot emits that the Nu HTML Checker rejects in SVG: `font-variant="tabular-nums"`
 * (on the groups of axis labels) is not a valid value there. Tabular figures come from the site
 * stylesheet instead (`.chart-svg text { font-variant-numeric: tabular-nums }` in global.css).
 * tests/site/nu.test.ts fails if Plot starts emitting another such attribute.
 */
const INVALID_SVG_ATTRIBUTES = new Set(['font-variant']);

/**
 * Plot's SVG, made fit for this site: its <style> (which a strict CSP would need to hash) is
 * dropped in favour of the site stylesheet; aria attributes on inner groups (which axe reports)
 * and attributes the Nu checker rejects are removed, and the <svg> itself becomes one image
 * with a title and description.
 */
export function finishSvg(svg: Element, id: string, text: ChartText): string {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  // Style attributes would need 'unsafe-inline' under the CSP; the site stylesheet styles charts.
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) {
      if (a.name.startsWith('aria-') || a.name === 'role' || a.name === 'style' || INVALID_SVG_ATTRIBUTES.has(a.name)) el.removeAttribute(a.name);
    }
  }
  svg.removeAttribute('class');
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  svg.setAttribute('id', id);
  const doc = svg.ownerDocument;
  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${id}-title`);
  title.textContent = text.title;
  const desc = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${id}-desc`);
  desc.textContent = text.description;
  svg.prepend(title, desc);
  return svg.outerHTML;
}

function render(options: Plot.PlotOptions, id: string, text: ChartText): Rendered {
  // Plot is typed for the browser's DOM; linkedom's elements are what it returns here.
  const el = Plot.plot({ document: newDocument(), ...options }) as unknown as Element;
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (!svg) throw new Error(`chart ${id}: Observable Plot returned no <svg>`);
  return { svg: finishSvg(svg, id, text) };
}

export interface StackedDatum { x: string; series: string; value: number }

/** Stacked bars: one bar per x (a year), one segment per series (a country, a licence type). */
export function stackedBars(data: StackedDatum[], opts: { id: string; text: ChartText; series: string[]; yLabel: string; tickFormat?: (n: number) => string; locale: string }): Rendered {
  return cachedChart('stackedBars', [data, { ...opts, tickFormat: probe(opts.tickFormat) }], () => {
    const xs = [...new Set(data.map((d) => d.x))].sort();
    return render(
      {
        width: 640,
        height: 320,
        marginLeft: 64,
        x: { domain: xs, label: null, tickSize: 0 },
        y: { grid: true, label: opts.yLabel, ...(opts.tickFormat ? { tickFormat: opts.tickFormat } : {}) },
        color: { domain: opts.series, range: PALETTE },
        marks: [
          Plot.barY(data, { x: 'x', y: 'value', fill: 'series', stroke: 'currentColor', strokeOpacity: 0.25, order: opts.series }),
          Plot.ruleY([0]),
        ],
      },
      opts.id,
      opts.text,
    );
  });
}

export interface StepDatum { date: Date; value: number }

/** A running total over time, as a step line with a dot per event. */
/**
 * Room on the left for the y-axis tick labels: their width depends on the locale's formatting
 * ("€2.5B" against "6000 M US$"), so it is measured on the longest label the axis can show.
 */
function marginFor(maxValue: number, tickFormat: (n: number) => string): number {
  const longest = Math.max(tickFormat(maxValue).length, tickFormat(maxValue / 2).length);
  return Math.max(48, Math.ceil(longest * 7.5) + 16);
}

export function cumulativeSteps(data: StepDatum[], opts: { id: string; text: ChartText; yLabel: string; tickFormat: (n: number) => string; locale: string }): Rendered {
  return cachedChart('cumulativeSteps', [data, { ...opts, tickFormat: probe(opts.tickFormat) }], () => {
    const month = new Intl.DateTimeFormat(opts.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    let top = 0;
    for (const d of data) top = Math.max(top, d.value);
    return render(
      {
        width: 640,
        height: 260,
        marginLeft: marginFor(top, opts.tickFormat),
        x: { type: 'utc', label: null, ticks: 5, tickFormat: (d: Date) => month.format(d) },
        y: { grid: true, label: opts.yLabel, tickFormat: opts.tickFormat, zero: true },
        marks: [
          Plot.lineY(data, { x: 'date', y: 'value', curve: 'step-after', stroke: PRIMARY, strokeWidth: 2.5 }),
          Plot.dot(data, { x: 'date', y: 'value', fill: PRIMARY, r: 4 }),
          Plot.ruleY([0]),
        ],
      },
      opts.id,
      opts.text,
    );
  });
}

export interface TimelineDatum { date: Date; label: string; future: boolean }

/** Milestones on a time axis, numbered to match the table beside the chart. */
export function timeline(data: TimelineDatum[], opts: { id: string; text: ChartText; locale: string }): Rendered {
  return cachedChart('timeline', [data, opts], () => {
    const year = new Intl.DateTimeFormat(opts.locale, { year: 'numeric', timeZone: 'UTC' });
    const rows = data.map((d, i) => ({ ...d, n: String(i + 1), lane: i % 3 }));
    return render(
      {
        width: 640,
        height: 170,
        marginLeft: 16,
        marginRight: 24,
        x: { type: 'utc', label: null, grid: true, ticks: 'year', tickFormat: (d: Date) => year.format(d) },
        y: { axis: null, domain: [-0.6, 2.6] },
        marks: [
          Plot.ruleY([-0.6], { stroke: 'currentColor', strokeOpacity: 0.4 }),
          Plot.ruleX(rows, { x: 'date', y1: -0.6, y2: 'lane', stroke: 'currentColor', strokeOpacity: 0.35 }),
          Plot.dot(rows.filter((r) => !r.future), { x: 'date', y: 'lane', r: 9, fill: PRIMARY }),
          Plot.dot(rows.filter((r) => r.future), { x: 'date', y: 'lane', r: 9, fill: 'none', stroke: PRIMARY, strokeWidth: 2 }),
          Plot.text(rows.filter((r) => !r.future), { x: 'date', y: 'lane', text: 'n', fill: '#ffffff', fontWeight: 700, fontSize: 10 }),
          Plot.text(rows.filter((r) => r.future), { x: 'date', y: 'lane', text: 'n', fill: 'currentColor', fontWeight: 700, fontSize: 10 }),
        ],
      },
      opts.id,
      opts.text,
    );
  });
}

/** One country on the map: where its circle goes comes from its shape; its size from `value`. */
export interface MapDatum {
  /** ISO 3166-1 numeric code, as Natural Earth's shapes are keyed. */
  numeric: string;
  value: number;
  label: string;
  href: string;
  /** What the link says to a screen reader, e.g. "France: €5.8 billion". */
  ariaLabel: string;
}

/**
 * Proportional symbols on a map of Europe: a circle per country, its area proportional to the
 * value, each a link to the country's page. Shapes come from Natural Earth (world-atlas, 1:110m);
 * overseas territories are left out so that circles sit on the European mainland. The SVG is a
 * group of links (not one image), so that each country can be reached with the keyboard and is
 * announced by name and value; the table beside it holds the same figures.
 */
export function europeMap(data: MapDatum[], opts: { id: string; text: ChartText; shapes: GeoJSON.FeatureCollection; europe: ReadonlySet<string> }): Rendered {
  return cachedChart('europeMap', [data, { ...opts, europe: [...opts.europe] }], () => {
    const document = newDocument();
    const inEurope = (lon: number, lat: number) => lon > -25 && lon < 45 && lat > 34 && lat < 72;
    const mainland = (f: GeoJSON.Feature): GeoJSON.Feature => {
      const g = f.geometry;
      if (g.type !== 'MultiPolygon') return f;
      const kept = g.coordinates.filter((poly) => poly[0]?.some(([lon, lat]) => inEurope(lon ?? 0, lat ?? 0)));
      return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
    };
    const europe = opts.shapes.features.filter((f) => opts.europe.has(String(f.id))).map(mainland);
    const byCode = new Map(data.map((d) => [d.numeric, d]));
    const withData = europe.filter((f) => byCode.has(String(f.id)));
    const domain: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: europe.filter((f) => String(f.id) !== '643') };
    const datum = (f: GeoJSON.Feature) => byCode.get(String(f.id));
    const svg = Plot.plot({
      document,
      width: 640,
      height: 600,
      projection: { type: 'conic-equal-area', parallels: [43, 62], rotate: [-10, 0], domain, inset: 10 },
      r: { range: [4, 34] },
      marks: [
        Plot.geo(europe, { fill: 'currentColor', fillOpacity: 0.07, stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 0.5, clip: 'frame' }),
        Plot.dot(withData, Plot.centroid({ r: (f: GeoJSON.Feature) => datum(f)?.value ?? 0, fill: PRIMARY, fillOpacity: 0.55, stroke: PRIMARY, strokeWidth: 1.5, href: (f: GeoJSON.Feature) => datum(f)?.href })),
        Plot.text(withData, Plot.centroid({ text: (f: GeoJSON.Feature) => datum(f)?.label, fill: 'currentColor', fontWeight: 600, fontSize: 13, dy: -2 })),
      ],
    }) as unknown as Element;
    const out = finishSvg(svg, opts.id, opts.text);
    return { svg: wholePixelPaths(withLinkLabels(out, withData.map((f) => datum(f)?.ariaLabel ?? ''))) };
  });
}

/**
 * Country outlines to the whole pixel: at 640 px wide, 1:110m shapes gain nothing from Plot's
 * three decimals, and rounding them takes about a third off the page's weight. Points that fall
 * on the same pixel as the one before are dropped.
 */
export function wholePixelPaths(svg: string): string {
  return svg.replace(/ d="([^"]*)"/g, (_m, d: string) => {
    const rounded = d.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n))));
    let previous = '';
    const kept = (rounded.match(/[A-Za-z][^A-Za-z]*/g) ?? []).filter((command) => {
      const repeat = command.startsWith('L') && command === previous;
      previous = command;
      return !repeat;
    });
    return ` d="${relativeLines(kept)}"`;
  });
}

/**
 * A path of straight lines only (M, L, Z: the map's borders) written with relative line-tos
 * ("l-16,3" rather than "L324,288"): the same shape in about a fifth fewer bytes. Any other path
 * is left as it is.
 */
function relativeLines(commands: string[]): string {
  if (!commands.every((c) => /^(?:[ML]-?\d+,-?\d+|Z)$/.test(c))) return commands.join('');
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  return commands
    .map((c) => {
      if (c === 'Z') {
        [x, y] = [startX, startY];
        return c;
      }
      const [px = 0, py = 0] = c.slice(1).split(',').map(Number);
      const out = c[0] === 'M' ? c : `l${px - x},${py - y}`;
      if (c[0] === 'M') [startX, startY] = [px, py];
      [x, y] = [px, py];
      return out;
    })
    .join('')
    .replace(/,-/g, '-');
}

/** The map's links carry their country's name and value; the SVG is a group of links, not an image. */
function withLinkLabels(svg: string, labels: string[]): string {
  let i = 0;
  const labelled = svg.replace(/<a\b([^>]*)>/g, (_m, attrs: string) => `<a${attrs} aria-label="${(labels[i++] ?? '').replace(/"/g, '&quot;')}">`);
  return labelled.replace('role="img"', 'role="group"');
}
