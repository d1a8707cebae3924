import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cumulativeSteps, stackedBars } from '../../src/charts/charts.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-charts-'));
process.env.ATLAS_CACHE_DIR = dir;
afterAll(() => {
  delete process.env.ATLAS_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});
const files = () => readdirSync(path.join(dir, 'charts'));

describe('chart SVGs are drawn once and then read from the build cache', () => {
  const data = [{ x: '2024', series: 'France', value: 10 }, { x: '2025', series: 'France', value: 20 }];
  const opts = { id: 'c', text: { title: 'Funding', description: 'Bars per year.' }, series: ['France'], yLabel: '€ million', locale: 'en' };

  it('the same chart twice is one file and the same SVG; the second comes from the cache', () => {
    const first = stackedBars(data, opts).svg;
    expect(first).toMatch(/^<svg/);
    expect(stackedBars(data, opts).svg).toBe(first);
    expect(files()).toHaveLength(1);
    writeFileSync(path.join(dir, 'charts', files()[0]!), '<svg>marker</svg>');
    expect(stackedBars(data, opts).svg).toBe('<svg>marker</svg>');
  });

  it('other data, other text, another id or another tick format is another chart', () => {
    stackedBars([...data, { x: '2026', series: 'France', value: 5 }], opts);
    stackedBars(data, { ...opts, text: { ...opts.text, title: 'Financiación' } });
    stackedBars(data, { ...opts, id: 'd' });
    stackedBars(data, { ...opts, tickFormat: (n) => `${n} M€` });
    expect(files()).toHaveLength(5);
    const steps = { id: 's', text: opts.text, yLabel: '€', locale: 'en' };
    const euro = cumulativeSteps([{ date: new Date('2024-01-01'), value: 1e6 }, { date: new Date('2025-01-01'), value: 3e6 }], { ...steps, tickFormat: (n) => `€${n / 1e6}M` }).svg;
    const dollar = cumulativeSteps([{ date: new Date('2024-01-01'), value: 1e6 }, { date: new Date('2025-01-01'), value: 3e6 }], { ...steps, tickFormat: (n) => `$${n / 1e6}M` }).svg;
    expect(dollar).not.toBe(euro);
    expect(dollar).toContain('$3M');
    expect(files().filter((f) => !f.endsWith('.svg'))).toEqual([]);
  });
});
